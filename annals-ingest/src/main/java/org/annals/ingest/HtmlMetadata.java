package org.annals.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.model.Json;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's title, URL, outlet, publication date and declared language from standard metadata:
 * Open Graph ({@code og:title}, {@code og:url}, {@code og:site_name}), {@code
 * article:published_time}, schema.org JSON-LD ({@code headline}, {@code datePublished}, {@code
 * publisher.name}), {@code itemprop=datePublished}, {@code pubdate}, Dublin Core ({@code dc.date},
 * {@code dcterms.created}), {@code <time pubdate>}, the canonical link and {@code <title>}.
 * Immutable; {@link #of} is pure.
 */
public record HtmlMetadata(String title, String url, String outlet, LocalDate published, String language) {
  private static final String[] DATE_META = {
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
      "meta[name=publish-date]", "meta[name=date]", "meta[name~=(?i)^dc\\.date(\\.issued)?$]",
      "meta[name~=(?i)^dcterms\\.(created|issued|date)$]", "meta[name=sailthru.date]",
      "meta[property=og:published_time]"};

  static HtmlMetadata of(Document doc, String baseUri) {
    List<JsonNode> ld = jsonLd(doc);
    String title = first(meta(doc, "meta[property=og:title]"), ldText(ld, "headline"), doc.title(),
        doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text());
    String url = first(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "meta[property=og:url]"),
        ldText(ld, "url"), baseUri);
    String outlet = first(meta(doc, "meta[property=og:site_name]"), ldPublisher(ld),
        meta(doc, "meta[name=application-name]"));
    return new HtmlMetadata(title, url, outlet, published(doc, ld), language(doc));
  }

  private static LocalDate published(Document doc, List<JsonNode> ld) {
    for (String q : DATE_META) {
      LocalDate d = Dates.parse(meta(doc, q));
      if (d != null) {
        return d;
      }
    }
    LocalDate d = Dates.parse(ldText(ld, "datePublished"));
    if (d != null) {
      return d;
    }
    return Dates.parse(first(attr(doc, "time[pubdate]", "datetime"), attr(doc, "article time[datetime]", "datetime")));
  }

  private static String language(Document doc) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").strip();
    if (lang.isEmpty()) {
      return null;
    }
    return lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  private static String meta(Document doc, String query) {
    return attr(doc, query, "content");
  }

  private static String attr(Document doc, String query, String attr) {
    Element e = doc.selectFirst(query);
    if (e == null) {
      return null;
    }
    String v = e.attr(attr).strip();
    return v.isEmpty() ? null : v;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** The JSON-LD objects of the page ({@code @graph} members flattened); bad JSON is ignored. */
  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        flatten(Json.MAPPER.readTree(s.data()), out);
      } catch (JsonProcessingException e) {
        // metadata is optional: a page with broken JSON-LD still has its text and meta tags
      }
    }
    return out;
  }

  private static void flatten(JsonNode n, List<JsonNode> out) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      n.forEach(x -> flatten(x, out));
    } else if (n.isObject()) {
      out.add(n);
      flatten(n.get("@graph"), out);
    }
  }

  private static String ldText(List<JsonNode> ld, String field) {
    for (JsonNode n : ld) {
      JsonNode v = n.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }

  private static String ldPublisher(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode p = n.get("publisher");
      if (p != null && p.isObject() && p.path("name").isTextual()) {
        return p.path("name").asText();
      }
    }
    return null;
  }
}
