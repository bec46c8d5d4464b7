package org.annals.server.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annals.model.ActorRef;
import org.annals.server.ArticleSpans;
import org.annals.server.ArticleSpans.HSpan;

/**
 * HTML building blocks. Every string that may come from an article or a request goes through
 * {@link #esc}; pages contain no inline scripts (the Content-Security-Policy forbids them), and
 * scripts read their parameters from escaped {@code data-} attributes. Pure; thread-safe.
 */
public final class Html {
  /** The chart library from its WebJar. */
  public static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

  private Html() {}

  /** Escapes text for element content and quoted attribute values. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Encodes a URL path segment or query value. */
  public static String url(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A whole page; {@code body} must already be escaped HTML, {@code scripts} a list of script tags. */
  public static String page(String title, String body, String scripts) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + esc(title) + " · Annals</title>"
        + "<link rel=\"stylesheet\" href=\"/static/annals.css\"></head><body>"
        + "<header><a class=\"brand\" href=\"/\">Annals</a><nav><a href=\"/\">Search</a>"
        + "<a href=\"/network\">Network</a><a href=\"/map\">Map</a><a href=\"/actors\">Actors</a>"
        + "<a href=\"/api/openapi.json\">API</a></nav></header>"
        + "<main><h1>" + esc(title) + "</h1>" + body + "</main>"
        + "<footer class=\"credits\">Places: <a href=\"https://www.geonames.org\">GeoNames</a>"
        + " (CC BY 4.0). Country outlines: <a href=\"https://www.naturalearthdata.com\">Natural"
        + " Earth</a> (public domain). Event coding: PLOVER 2.0 and CAMEO.</footer>" + scripts
        + "</body></html>";
  }

  /** Script tags for pages with charts. */
  public static String chartScripts() {
    return "<script src=\"" + ECHARTS + "\"></script><script src=\"/static/annals.js\"></script>";
  }

  /** Participants as links to actor pages, e.g. "Vladimir Putin (RUS), Donald Trump (USA)". */
  public static String actors(List<ActorRef> refs) {
    StringBuilder b = new StringBuilder();
    for (ActorRef a : refs) {
      if (b.length() > 0) {
        b.append(", ");
      }
      String id = actorId(a);
      String label = (a.name() != null ? a.name() : a.text()) + (a.country() != null ? " (" + a.country() + ")" : "");
      b.append(id == null ? esc(label) : "<a href=\"/actors/" + esc(id) + "\">" + esc(label) + "</a>");
    }
    return b.toString();
  }

  /** The id the store knows an actor by: KB entity, else country. */
  public static String actorId(ActorRef a) {
    return a.entity() != null ? a.entity() : a.country();
  }

  /**
   * The text {@code [from, to)} with the given spans marked up ({@code <mark class="hl-KIND">}),
   * everything escaped. Overlapping spans are dropped after the first.
   */
  public static String highlight(String text, List<HSpan> spans, int from, int to) {
    StringBuilder b = new StringBuilder();
    int pos = from;
    for (HSpan s : ArticleSpans.nonOverlapping(spans)) {
      if (s.start() < from || s.end() > to) {
        continue;
      }
      b.append(esc(text.substring(pos, s.start())));
      b.append("<mark class=\"hl-").append(s.kind().label()).append("\" title=\"")
          .append(esc(s.kind().label() + ": " + s.label())).append("\">")
          .append(esc(text.substring(s.start(), s.end()))).append("</mark>");
      pos = s.end();
    }
    b.append(esc(text.substring(pos, to)));
    return b.toString();
  }

  /** A small definition list row. */
  public static String row(String term, String escapedValue) {
    return "<dt>" + esc(term) + "</dt><dd>" + escapedValue + "</dd>";
  }
}
