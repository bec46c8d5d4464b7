package org.annals.eval.plover;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.annals.eval.common.Problem;
import org.annals.eval.common.Ratio;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.Modality;

/**
 * Scores produced events against PLOVER gold records: a pure function of the gold records and the
 * events produced for each (no pipeline here, so it is tested without CoreNLP). The event compared
 * with a record is chosen by {@link EventChoice}. A record with no event produced counts as wrong
 * on every measure it is scored on. Stateless and thread-safe.
 */
public final class PloverScorer {
  /** The produced type recorded in the confusion matrix when no event was produced. */
  public static final String NONE = "(none)";

  /** A gold record with the events the system produced for its text. */
  public record Case(PloverGold gold, List<CodedEvent> produced) {
    public Case {
      produced = List.copyOf(produced);
    }
  }

  private PloverScorer() {}

  public static PloverReport score(List<Case> cases, List<Problem> problems) {
    Tally t = new Tally();
    List<PloverReport.Miss> misses = new ArrayList<>();
    int events = 0;
    int quiet = 0;
    int falseEvents = 0;
    for (Case c : cases) {
      if (c.gold().noEvent()) {
        quiet++;
        Optional<CodedEvent> asserted = c.produced().stream()
            .filter(e -> e.modality() == null || e.modality() == Modality.ASSERTED).findFirst();
        if (asserted.isPresent()) {
          falseEvents++;
          misses.add(new PloverReport.Miss(c.gold().id(), c.gold().text(), "no event",
              describe(asserted.get()), List.of("false event")));
        }
        continue;
      }
      events++;
      Optional<CodedEvent> chosen = EventChoice.choose(c.produced(), c.gold().articleTriggers());
      List<String> differs = t.add(c.gold(), chosen.orElse(null));
      if (!differs.isEmpty()) {
        misses.add(new PloverReport.Miss(c.gold().id(), c.gold().text(), describe(c.gold()),
            chosen.map(PloverScorer::describe).orElse(NONE), differs));
      }
    }
    List<PloverReport.TypeScore> perType = perType(t.confusion);
    Double macro = perType.isEmpty() ? null
        : perType.stream().mapToDouble(PloverReport.TypeScore::f1).average().orElseThrow();
    return new PloverReport(events, Ratio.of(t.none, events),
        Ratio.of(t.typeHits, events), macro, perType, t.confusion,
        Ratio.of(t.modeHits, t.modeTotal), Ratio.of(t.sourceHits, t.sourceTotal),
        Ratio.of(t.targetHits, t.targetTotal), Ratio.of(t.sectorHits, t.sectorTotal),
        Ratio.of(falseEvents, quiet), problems, misses);
  }

  /** Per-type precision/recall/F1 from the confusion matrix; types in gold or prediction. */
  static List<PloverReport.TypeScore> perType(Map<String, Map<String, Integer>> confusion) {
    Set<String> types = new TreeSet<>(confusion.keySet());
    confusion.values().forEach(row -> types.addAll(row.keySet()));
    types.remove(NONE);
    List<PloverReport.TypeScore> out = new ArrayList<>();
    for (String type : types) {
      int gold = confusion.getOrDefault(type, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
      int predicted = confusion.values().stream().mapToInt(row -> row.getOrDefault(type, 0)).sum();
      int correct = confusion.getOrDefault(type, Map.of()).getOrDefault(type, 0);
      double p = predicted == 0 ? 0 : (double) correct / predicted;
      double r = gold == 0 ? 0 : (double) correct / gold;
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      out.add(new PloverReport.TypeScore(type, gold, predicted, correct, p, r, f1));
    }
    return out;
  }

  /** Running counts over the records. */
  private static final class Tally {
    final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    int none;
    int typeHits;
    int modeHits;
    int modeTotal;
    int sourceHits;
    int sourceTotal;
    int targetHits;
    int targetTotal;
    int sectorHits;
    int sectorTotal;

    /** Adds one record; returns the names of the fields that differ. */
    List<String> add(PloverGold g, CodedEvent e) {
      List<String> differs = new ArrayList<>();
      String produced = e == null ? NONE : e.event();
      confusion.computeIfAbsent(g.event(), k -> new TreeMap<>()).merge(produced, 1, Integer::sum);
      boolean typeOk = g.event().equals(produced);
      none += e == null ? 1 : 0;
      typeHits += typeOk ? 1 : 0;
      check(typeOk, "event", differs);
      if (g.mode() != null) {
        modeTotal++;
        boolean ok = typeOk && g.mode().equals(e.mode());
        modeHits += ok ? 1 : 0;
        check(ok, "mode", differs);
      }
      if (PloverGold.scorable(g.sources())) {
        sourceTotal++;
        boolean ok = e != null && PloverGold.countries(g.sources()).equals(countries(e.actors()));
        sourceHits += ok ? 1 : 0;
        check(ok, "source", differs);
      }
      if (PloverGold.scorable(g.targets())) {
        targetTotal++;
        boolean ok = e != null && PloverGold.countries(g.targets()).equals(countries(e.recipients()));
        targetHits += ok ? 1 : 0;
        check(ok, "target", differs);
      }
      boolean sectorsOk = sectors(g.sources(), e == null ? List.of() : e.actors())
          & sectors(g.targets(), e == null ? List.of() : e.recipients());
      check(sectorsOk, "sector", differs);
      return differs;
    }

    /** Scores the sectors of one side; true when all scored actors match. */
    boolean sectors(List<GoldActor> gold, List<ActorRef> produced) {
      boolean all = true;
      for (GoldActor a : gold == null ? List.<GoldActor>of() : gold) {
        if (a.sector() == null || a.country() == null) {
          continue;
        }
        sectorTotal++;
        boolean ok = produced.stream().anyMatch(r -> a.country().equals(r.country())
            && a.sector().equals(r.sector()));
        sectorHits += ok ? 1 : 0;
        all &= ok;
      }
      return all;
    }

    private static void check(boolean ok, String field, List<String> differs) {
      if (!ok) {
        differs.add(field);
      }
    }
  }

  static Set<String> countries(List<ActorRef> refs) {
    return refs.stream().map(ActorRef::country).filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static String describe(PloverGold g) {
    return g.event() + (g.mode() == null ? "" : "/" + g.mode())
        + (g.originalEvent().equals(g.event()) ? "" : " (gold " + g.originalEvent() + ")")
        + " source=" + side(g.sources()) + " target=" + side(g.targets());
  }

  private static String side(List<GoldActor> actors) {
    if (actors == null) {
      return "(unusable)";
    }
    return actors.stream().map(a -> (a.country() == null ? a.code() + "?" : a.country())
        + (a.sector() == null ? "" : "/" + a.sector())).collect(Collectors.joining(",", "[", "]"));
  }

  static String describe(CodedEvent e) {
    String trigger = e.evidence() == null || e.evidence().trigger() == null ? "?"
        : e.evidence().trigger().text();
    return e.event() + (e.mode() == null ? "" : "/" + e.mode()) + " actors=" + refs(e.actors())
        + " recipients=" + refs(e.recipients()) + " trigger='" + trigger + "'"
        + (e.modality() == null ? "" : " (" + e.modality().label() + ")");
  }

  private static String refs(List<ActorRef> refs) {
    return refs.stream().map(r -> (r.country() == null ? "?" : r.country())
        + (r.sector() == null ? "" : "/" + r.sector())).collect(Collectors.joining(",", "[", "]"));
  }
}
