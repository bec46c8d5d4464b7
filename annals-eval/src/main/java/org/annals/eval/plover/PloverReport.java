package org.annals.eval.plover;

import java.util.List;
import java.util.Map;
import org.annals.eval.common.Problem;
import org.annals.eval.common.Ratio;

/**
 * The result of scoring PLOVER gold records. Immutable; its JSON form is the output of
 * {@code annals eval plover --json}.
 *
 * @param records event records scored (records whose gold is {@code NONE} are counted in
 *     {@code falseEvents} only)
 * @param noEvent records for which no event was produced
 * @param eventType records whose chosen event has the gold type
 * @param macroF1 mean F1 over the types in gold or prediction (as scikit-learn's macro average);
 *     null when there are no types
 * @param confusion gold type → produced type ({@value PloverScorer#NONE} for no event) → count
 * @param mode over records whose gold has a mode: type and mode both right
 * @param sourceCountry over records whose gold sources all resolve: the set of source countries equals
 * @param targetCountry likewise for targets (an empty gold target must get no recipients)
 * @param sector over gold actors with a sector and a resolved country: an actor of that country
 *     with that sector on the same side
 * @param falseEvents over records whose gold is {@code NONE} (no political event): those with an
 *     asserted event produced
 * @param problems what was wrong with gold records (skipped records, unresolved codes)
 * @param misses records where something differed, in file order
 */
public record PloverReport(
    int records, Ratio noEvent, Ratio eventType, Double macroF1, List<TypeScore> perType,
    Map<String, Map<String, Integer>> confusion, Ratio mode, Ratio sourceCountry,
    Ratio targetCountry, Ratio sector, Ratio falseEvents, List<Problem> problems,
    List<Miss> misses) {

  /** Precision, recall and F1 of one event type. */
  public record TypeScore(String type, int gold, int predicted, int correct, double precision,
      double recall, double f1) {}

  /** One record where the produced coding differs from the gold. */
  public record Miss(String id, String text, String gold, String produced, List<String> differs) {}

  public PloverReport {
    perType = List.copyOf(perType);
    confusion = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(confusion));
    problems = List.copyOf(problems);
    misses = List.copyOf(misses);
  }
}
