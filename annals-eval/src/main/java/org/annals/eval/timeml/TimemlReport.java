package org.annals.eval.timeml;

import java.util.List;

/**
 * The result of one {@code annals eval timeml} run: Annals' tagger and the plain SUTime baseline
 * on the same annotation, the documents skipped (file and reason), Annals' errors and the time
 * taken. Immutable.
 */
public record TimemlReport(
    int documents, List<String> skipped, TimexCounts annals, TimexCounts baseline,
    List<TimexMiss> errors, double seconds) {
  public TimemlReport {
    skipped = List.copyOf(skipped);
    errors = List.copyOf(errors);
  }
}
