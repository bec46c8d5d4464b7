package org.annals.server.pages;

import static org.annals.server.pages.Html.esc;

import org.annals.store.EventQuery;

/**
 * The map page: located events as points coloured by quad class, clustered, over country
 * outlines and a graticule (nothing is fetched from the internet: Leaflet and its clusters come
 * from the app's WebJars, the outlines — Natural Earth, public domain — from its static files,
 * the points from {@code /api/events}). Filters as on the search page. Pure; thread-safe.
 */
public final class MapPage {
  static final String LEAFLET = "/webjars/leaflet/1.9.4/dist/";
  static final String CLUSTER = "/webjars/leaflet-markercluster/1.4.1/";

  private MapPage() {}

  public static String render(EventQuery q, String query) {
    String from = q.from() == null ? "" : q.from().toString();
    String to = q.to() == null ? "" : q.to().toString();
    String body = "<form class=\"filters\" method=\"get\" action=\"/map\">"
        + field("Actor", "actor", q.actor(), "RUS") + field("Type", "type", q.type(), "CONSULT")
        + field("Country", "country", q.country(), "UKR") + field("From", "from", from,
            "YYYY-MM-DD") + field("To", "to", to, "YYYY-MM-DD")
        + "<button type=\"submit\">Show</button></form>"
        + "<p class=\"legend\"><span class=\"q1\">verbal cooperation</span>"
        + " <span class=\"q2\">material cooperation</span> <span class=\"q3\">verbal"
        + " conflict</span> <span class=\"q4\">material conflict</span> <span class=\"muted\""
        + " id=\"map-count\"></span></p>"
        + "<div class=\"map\" id=\"event-map\" data-query=\"" + esc(query) + "\"></div>";
    String scripts = "<link rel=\"stylesheet\" href=\"" + LEAFLET + "leaflet.css\">"
        + "<link rel=\"stylesheet\" href=\"" + CLUSTER + "MarkerCluster.css\">"
        + "<link rel=\"stylesheet\" href=\"" + CLUSTER + "MarkerCluster.Default.css\">"
        + "<script src=\"" + LEAFLET + "leaflet.js\"></script>"
        + "<script src=\"" + CLUSTER + "leaflet.markercluster.js\"></script>"
        + "<script src=\"/static/map.js\"></script>";
    return Html.page("Map", body, scripts);
  }

  private static String field(String label, String name, String value, String hint) {
    return "<label>" + label + " <input name=\"" + name + "\" value=\"" + esc(value)
        + "\" placeholder=\"" + hint + "\"></label>";
  }
}
