package org.annals.eval.article;

import org.annals.eval.common.TextTable;

/** The readable form of an {@link ArticleReport}. Stateless and thread-safe. */
public final class ArticleReportText {
  private ArticleReportText() {}

  public static String format(ArticleReport r, String gold, String text) {
    StringBuilder sb = new StringBuilder();
    sb.append("Article reference coding: ").append(gold).append(" (text: ").append(text).append(")\n\n");
    TextTable summary = new TextTable("section", "passed");
    for (String section : new String[] {"must", "should", "forbidden", "claim", "verdict"}) {
      long total = r.total(section);
      long produced = r.items().stream().filter(i -> i.section().equals(section)
          && i.status() != ArticleReport.Status.NOT_PRODUCED).count();
      summary.row(section, total > 0 && produced == 0 ? "not produced (" + total + " items)"
          : r.passed(section) + "/" + total);
    }
    sb.append(summary).append('\n');
    for (ArticleReport.Item i : r.items()) {
      sb.append(i.status().name().replace('_', ' ')).append("  ").append(i.section()).append(' ')
          .append(i.id());
      if (i.matched() != null) {
        sb.append("  ").append(i.matched());
      }
      sb.append('\n');
      i.reasons().forEach(x -> sb.append("    - ").append(x).append('\n'));
      i.notes().forEach(x -> sb.append("    note: ").append(x).append('\n'));
    }
    if (!r.problems().isEmpty()) {
      sb.append("\nGold problems (items skipped):\n");
      r.problems().forEach(p -> sb.append("  ").append(p).append('\n'));
    }
    return sb.toString();
  }
}
