package org.annals.server.pages;

import static org.annals.server.pages.Html.esc;

import org.annals.store.EventQuery;

/** The network page: actors as nodes, event counts as edges, filtered by type and period. Pure; thread-safe. */
public final class NetworkPage {
  private NetworkPage() {}

  public static String render(EventQuery q) {
    String from = q.from() == null ? "" : q.from().toString();
    String to = q.to() == null ? "" : q.to().toString();
    String body = "<form class=\"filters\" method=\"get\" action=\"/network\">"
        + "<label>Type <input name=\"type\" value=\"" + esc(q.type()) + "\" placeholder=\"CONSULT\"></label>"
        + "<label>Mode <input name=\"mode\" value=\"" + esc(q.mode()) + "\" placeholder=\"phone\"></label>"
        + "<label>From <input name=\"from\" value=\"" + esc(from) + "\" placeholder=\"YYYY-MM-DD\"></label>"
        + "<label>To <input name=\"to\" value=\"" + esc(to) + "\" placeholder=\"YYYY-MM-DD\"></label>"
        + "<button type=\"submit\">Show</button></form>"
        + "<div class=\"chart tall\" id=\"network-chart\" data-chart=\"network\" data-type=\"" + esc(q.type())
        + "\" data-mode=\"" + esc(q.mode()) + "\" data-from=\"" + esc(from) + "\" data-to=\"" + esc(to) + "\"></div>";
    return Html.page("Network", body, Html.chartScripts());
  }
}
