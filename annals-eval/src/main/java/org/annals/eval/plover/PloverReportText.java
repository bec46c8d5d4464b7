package org.annals.eval.plover;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annals.eval.common.Listing;
import org.annals.eval.common.Ratio;
import org.annals.eval.common.TextTable;

/** The readable form of a {@link PloverReport}. Stateless and thread-safe. */
public final class PloverReportText {
  private PloverReportText() {}

  /** The summary, per-type scores, confusion matrix, gold problems and the first {@code errors} misses. */
  public static String format(PloverReport r, String file, int errors) {
    StringBuilder sb = new StringBuilder();
    sb.append("PLOVER gold records: ").append(file).append(" (").append(r.records())
        .append(" records scored, ").append(r.problems().size()).append(" gold problems)\n\n");
    sb.append(new TextTable("measure", "score")
        .row("event type accuracy", r.eventType().format())
        .row("macro-F1 over types", r.macroF1() == null ? "n/a" : Ratio.decimal(r.macroF1()))
        .row("mode accuracy (gold has a mode)", r.mode().format())
        .row("source-country accuracy", r.sourceCountry().format())
        .row("target-country accuracy", r.targetCountry().format())
        .row("sector accuracy (per gold actor)", r.sector().format())
        .row("no event produced", r.noEvent().format())
        .row("false events (gold: no event)", r.falseEvents().format()));
    sb.append("\nPer type:\n").append(perType(r.perType()));
    sb.append("\nConfusion matrix (rows: gold, columns: produced):\n").append(confusion(r.confusion()));
    Listing.problemsAndMisses(sb, "Gold problems (reported, not scored on the field named)", r.problems(),
        r.misses(), errors, PloverReportText::miss);
    return sb.toString();
  }

  private static String perType(List<PloverReport.TypeScore> scores) {
    TextTable t = new TextTable("type", "gold", "produced", "correct", "P", "R", "F1");
    for (PloverReport.TypeScore s : scores) {
      t.row(s.type(), s.gold(), s.predicted(), s.correct(), Ratio.decimal(s.precision()),
          Ratio.decimal(s.recall()), Ratio.decimal(s.f1()));
    }
    return t.toString();
  }

  static String confusion(Map<String, Map<String, Integer>> confusion) {
    Set<String> produced = new TreeSet<>();
    confusion.values().forEach(row -> produced.addAll(row.keySet()));
    List<String> cols = new ArrayList<>(produced);
    List<String> header = new ArrayList<>(List.of("gold \\ produced"));
    cols.forEach(c -> header.add(c.length() > 6 ? c.substring(0, 6) : c));
    TextTable t = new TextTable(header.toArray(String[]::new));
    for (Map.Entry<String, Map<String, Integer>> row : confusion.entrySet()) {
      List<Object> cells = new ArrayList<>(List.of(row.getKey()));
      cols.forEach(c -> cells.add(row.getValue().getOrDefault(c, 0) == 0 ? "." : row.getValue().get(c)));
      t.row(cells.toArray());
    }
    return t.toString();
  }

  private static String miss(PloverReport.Miss m) {
    return "- " + m.id() + " (differs: " + String.join(", ", m.differs()) + ")\n"
        + "    sentence: " + m.text() + "\n"
        + "    gold:     " + m.gold() + "\n"
        + "    produced: " + m.produced() + "\n";
  }
}
