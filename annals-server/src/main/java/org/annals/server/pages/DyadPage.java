package org.annals.server.pages;

import static org.annals.server.pages.Html.esc;

import java.util.List;
import org.annals.store.CanonicalEvent;

/**
 * The dyad page: monthly events by quad class with mean Goldstein (chart from the timeline API),
 * every event on a time axis, and the list of events in date order. Pure; thread-safe.
 */
public final class DyadPage {
  private DyadPage() {}

  public static String render(String a, String b, List<CanonicalEvent> events, long total) {
    StringBuilder h = new StringBuilder("<p class=\"meta\">").append(total).append(" events between ")
        .append(esc(a)).append(" and ").append(esc(b)).append(", in either direction.</p>")
        .append("<h2>By month: quad class and mean Goldstein</h2>")
        .append("<div class=\"chart\" id=\"dyad-chart\" data-chart=\"dyad\" data-a=\"").append(esc(a))
        .append("\" data-b=\"").append(esc(b)).append("\"></div>")
        .append("<h2>Sequence</h2><div class=\"chart short\" id=\"sequence-chart\" data-chart=\"sequence\" data-a=\"")
        .append(esc(a)).append("\" data-b=\"").append(esc(b)).append("\"></div>")
        .append("<h2>Events</h2>").append(SearchPage.table(events));
    return Html.page(a + " – " + b, h.toString(), Html.chartScripts());
  }
}
