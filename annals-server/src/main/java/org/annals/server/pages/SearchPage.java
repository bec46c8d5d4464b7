package org.annals.server.pages;

import static org.annals.server.pages.Html.esc;

import java.util.List;
import org.annals.store.CanonicalEvent;
import org.annals.store.EventQuery;
import org.annals.store.Page;

/** The search page: the filter form and the matching canonical events. Pure; thread-safe. */
public final class SearchPage {
  private SearchPage() {}

  /** Renders the form filled from {@code q} and the result page. */
  public static String render(EventQuery q, Page<CanonicalEvent> page, String query) {
    StringBuilder b = new StringBuilder();
    b.append("<form class=\"filters\" method=\"get\" action=\"/\" id=\"search\">")
        .append(field("actor", "Actor", q.actor(), "RUS, USA, person/..."))
        .append(field("with", "Partner", q.partner(), "USA"))
        .append(field("type", "Type", q.type(), "CONSULT"))
        .append(field("mode", "Mode", q.mode(), "phone"))
        .append(field("from", "From", q.from() == null ? null : q.from().toString(), "YYYY-MM-DD"))
        .append(field("to", "To", q.to() == null ? null : q.to().toString(), "YYYY-MM-DD"))
        .append(field("min_sources", "Min. sources", q.minSources() == 0 ? null : String.valueOf(q.minSources()), "1"))
        .append(field("q", "Text", q.text(), "words"))
        .append("<button type=\"submit\" id=\"go\">Search</button></form>");
    b.append("<p class=\"count\" id=\"total\">").append(page.total()).append(" events</p>");
    if (q.actor() != null && q.partner() != null) {
      b.append("<p><a id=\"dyad-link\" href=\"/dyads/").append(esc(Html.url(q.actor()))).append('/')
          .append(esc(Html.url(q.partner()))).append("\">Timeline of ").append(esc(q.actor()))
          .append(" – ").append(esc(q.partner())).append("</a></p>");
    }
    b.append(table(page.items()));
    b.append(pager(q, page, query));
    return Html.page("Events", b.toString(), "");
  }

  static String table(List<CanonicalEvent> events) {
    StringBuilder b = new StringBuilder("<table class=\"events\" id=\"results\"><thead><tr><th>Date</th>"
        + "<th>Participants</th><th>Type</th><th>Modality</th><th>Sources</th></tr></thead><tbody>");
    for (CanonicalEvent e : events) {
      b.append("<tr><td><a class=\"event-link\" href=\"/events/").append(esc(Html.url(e.id()))).append("\">")
          .append(esc(e.date().value() == null ? "undated" : e.date().value())).append("</a></td><td>")
          .append(Html.actors(e.actors()));
      if (!e.recipients().isEmpty()) {
        b.append(" → ").append(Html.actors(e.recipients()));
      }
      b.append("</td><td>").append(esc(e.event())).append(e.mode() == null ? "" : "/" + esc(e.mode()))
          .append(" <span class=\"muted\">CAMEO ").append(esc(e.cameo())).append("</span></td><td>")
          .append(esc(e.modality() == null ? "" : e.modality().label())).append("</td><td>")
          .append(e.sources()).append("</td></tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  private static String pager(EventQuery q, Page<CanonicalEvent> page, String query) {
    long pages = (page.total() + q.size() - 1) / q.size();
    if (pages <= 1) {
      return "";
    }
    String base = query == null ? "" : query.replaceAll("(^|&)page=[^&]*", "");
    StringBuilder b = new StringBuilder("<p class=\"pager\">Page ").append(q.page() + 1).append(" of ").append(pages);
    if (q.page() > 0) {
      b.append(" <a href=\"/?").append(esc(base)).append("&amp;page=").append(q.page()).append("\">previous</a>");
    }
    if (q.page() + 1 < pages) {
      b.append(" <a href=\"/?").append(esc(base)).append("&amp;page=").append(q.page() + 2).append("\">next</a>");
    }
    return b.append("</p>").toString();
  }

  private static String field(String name, String label, String value, String placeholder) {
    return "<label>" + esc(label) + " <input name=\"" + name + "\" id=\"f-" + name + "\" value=\""
        + esc(value) + "\" placeholder=\"" + esc(placeholder) + "\"></label>";
  }
}
