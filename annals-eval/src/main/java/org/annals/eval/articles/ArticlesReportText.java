package org.annals.eval.articles;

import java.util.Map;
import org.annals.eval.common.Listing;
import org.annals.eval.common.Ratio;
import org.annals.eval.common.TextTable;

/** The readable form of an {@link ArticlesReport}. Stateless and thread-safe. */
public final class ArticlesReportText {
  private ArticlesReportText() {}

  /**
   * Summary, fields, error classes, date rules, per-type and per-article counts, warnings,
   * problems, the first {@code errors} misses.
   */
  public static String format(ArticlesReport r, String file, int errors) {
    StringBuilder sb = new StringBuilder();
    sb.append("Article gold: ").append(file).append(" (").append(r.articles()).append(" articles, ")
        .append(r.goldEvents()).append(" gold events, ").append(r.producedEvents())
        .append(" produced, ").append(r.matched()).append(" matched)\n\n");
    TextTable t = new TextTable("measure", "score")
        .row("strict precision (all fields right)", r.precision().format())
        .row("strict recall (all fields right)", r.recall().format())
        .row("strict F1", r.f1() == null ? "n/a" : Ratio.decimal(r.f1()));
    for (Map.Entry<String, Ratio> f : r.fields().entrySet()) {
      t.row(f.getKey() + " (among matched)", f.getValue().format());
    }
    if (r.quietArticles() > 0) {
      t.row("false events on articles with no political event",
          r.quietEvents() + " in " + r.quietArticles() + " articles");
    }
    sb.append(t);
    TextTable c = new TextTable("error class", "events");
    r.errorClasses().forEach(c::row);
    sb.append("\nError classes:\n").append(c);
    sb.append("\nDate rules:\n")
        .append(ratios("date rule", "date right (among matched)", r.dateRules()));
    sb.append("\nSource rules (what gave the source its country):\n")
        .append(ratios("source rule", "source right (among matched)", r.sourceRules()));
    sb.append("\nTarget rules (what gave the target its country):\n")
        .append(ratios("target rule", "target right (among matched)", r.targetRules()));
    TextTable k = new TextTable("trigger", "produced", "spurious", "strict");
    r.perTrigger().forEach(l -> k.row(l.kind(), l.produced(), l.spurious(), l.strict()));
    sb.append("\nTriggers:\n").append(k);
    TextTable y = new TextTable("produced type", "produced", "spurious", "strict", "type wrong",
        "source wrong", "target wrong", "date wrong");
    r.perType().forEach(l -> y.row(l.type(), l.produced(), l.spurious(), l.strict(), l.typeWrong(),
        l.sourceWrong(), l.targetWrong(), l.dateWrong()));
    sb.append("\nPer produced type (fields wrong among its matched events):\n").append(y);
    TextTable g = new TextTable("gold type", "gold", "no trigger", "matched", "strict");
    r.perGoldType().forEach(l -> g.row(l.type(), l.gold(), l.noTrigger(), l.matched(), l.strict()));
    sb.append("\nPer gold type:\n").append(g);
    TextTable x = new TextTable("type gold -> produced", "events");
    r.confusions().forEach(x::row);
    sb.append("\nType confusions (among matched):\n").append(x);
    TextTable m = new TextTable("modality gold -> produced", "events");
    r.modalities().forEach(m::row);
    sb.append("\nModality wrong (among matched):\n").append(m);
    TextTable fw = new TextTable("fields wrong", "matched events");
    r.wrongFields().entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
        .forEach(e -> fw.row(e.getKey(), e.getValue()));
    sb.append("\nFields wrong per matched event (\"none\": right in every field):\n").append(fw);
    TextTable a = new TextTable("article", "published", "gold", "produced", "matched", "strict");
    r.perArticle().forEach(l -> a.row(l.article(), l.published(), l.gold(), l.produced(), l.matched(),
        l.strict()));
    sb.append("\nPer article:\n").append(a);
    sb.append("\nOffice-holder warnings: ").append(r.officeWarnings().size()).append('\n');
    r.officeWarnings().forEach(w -> sb.append("  ").append(w).append('\n'));
    Listing.problemsAndMisses(sb, "Gold problems", r.problems(), r.misses(), errors,
        ArticlesReportText::miss);
    return sb.toString();
  }

  private static TextTable ratios(String key, String value, Map<String, Ratio> rows) {
    TextTable t = new TextTable(key, value);
    rows.forEach((k, v) -> t.row(k, v.format()));
    return t;
  }

  private static String miss(ArticlesReport.Miss m) {
    return "- article " + m.article() + (m.goldId() == null ? "" : " " + m.goldId())
        + " (" + String.join(", ", m.differs()) + ")\n"
        + "    sentence: " + m.sentence() + "\n"
        + (m.gold() == null ? "" : "    gold:     " + m.gold() + "\n")
        + (m.produced() == null ? "" : "    produced: " + m.produced() + "\n");
  }
}
