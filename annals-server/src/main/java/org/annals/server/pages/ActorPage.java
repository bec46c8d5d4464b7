package org.annals.server.pages;

import static org.annals.server.pages.Html.esc;

import java.util.List;
import org.annals.kb.Role;
import org.annals.store.ActorDetail;
import org.annals.store.ActorSummary;

/** The actor pages: the list of actors, and one actor's roles, partners and activity. Pure; thread-safe. */
public final class ActorPage {
  private ActorPage() {}

  public static String list(List<ActorSummary> actors) {
    StringBuilder b = new StringBuilder("<table id=\"actors\"><thead><tr><th>Actor</th><th>Country</th>"
        + "<th>CAMEO</th><th>Events</th></tr></thead><tbody>");
    for (ActorSummary a : actors) {
      b.append("<tr><td><a href=\"/actors/").append(esc(a.id())).append("\">").append(esc(a.name()))
          .append("</a></td><td>").append(esc(a.country())).append("</td><td>").append(esc(a.cameo()))
          .append("</td><td>").append(a.events()).append("</td></tr>");
    }
    return Html.page("Actors", b.append("</tbody></table>").toString(), "");
  }

  public static String render(ActorDetail d, List<Role> roles) {
    ActorSummary a = d.actor();
    StringBuilder b = new StringBuilder("<p class=\"meta\">").append(esc(a.id())).append(" · ")
        .append(esc(a.country())).append(" · CAMEO ").append(esc(a.cameo())).append(" · ")
        .append(a.events()).append(" events · <a href=\"/?actor=").append(esc(Html.url(a.id())))
        .append("\">list them</a></p>");
    b.append("<h2>Roles over time</h2>");
    if (roles.isEmpty()) {
      b.append("<p class=\"muted\">No dated roles in the knowledge base.</p>");
    } else {
      b.append("<table id=\"roles\"><thead><tr><th>Office</th><th>Country</th><th>From</th><th>To</th></tr></thead><tbody>");
      for (Role r : roles) {
        b.append("<tr><td>").append(esc(r.title())).append("</td><td>").append(esc(r.country())).append("</td><td>")
            .append(esc(String.valueOf(r.from()))).append("</td><td>").append(esc(r.to() == null ? "in office" : r.to().toString()))
            .append("</td></tr>");
      }
      b.append("</tbody></table>");
    }
    b.append("<h2>Most frequent partners</h2><ol id=\"partners\">");
    for (ActorDetail.Count c : d.partners()) {
      b.append("<li><a href=\"/actors/").append(esc(c.key())).append("\">").append(esc(c.key())).append("</a> ")
          .append(c.count());
      if (a.country() != null && !c.key().contains("/")) {
        b.append(" · <a href=\"/dyads/").append(esc(Html.url(a.country()))).append('/').append(esc(Html.url(c.key())))
            .append("\">timeline</a>");
      }
      b.append("</li>");
    }
    b.append("</ol><h2>Activity</h2><div class=\"chart\" id=\"activity-chart\" data-chart=\"activity\" data-actor=\"")
        .append(esc(a.id())).append("\"></div>");
    return Html.page(a.name() == null ? a.id() : a.name(), b.toString(), Html.chartScripts());
  }
}
