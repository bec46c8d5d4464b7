package org.annals.model.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Json;

/**
 * The public JSON shape of a coded article (one line of {@code annals code} output):
 * {@code {"article": {...}, "events": [...], "claims": [...], "warnings": [...], "provenance": {...}}}.
 * The article's text is not repeated. Pure and thread-safe.
 */
public final class ArticleJson {
  private ArticleJson() {}

  public static ObjectNode toJson(CodedArticle coded) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.set("article", article(coded.article()));
    root.set("events", Json.MAPPER.valueToTree(coded.events()));
    root.set("claims", Json.MAPPER.valueToTree(coded.claims()));
    root.set("warnings", Json.MAPPER.valueToTree(coded.warnings()));
    ObjectNode stats = root.putObject("stats");
    stats.put("sentences", coded.sentenceCount());
    stats.put("tokens", coded.tokenCount());
    root.set("provenance", Json.MAPPER.valueToTree(coded.provenance()));
    return root;
  }

  public static ObjectNode article(Article a) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("file", a.file());
    n.put("published", a.published() == null ? null : a.published().toString());
    n.put("title", a.title());
    n.put("url", a.url());
    n.put("outlet", a.outlet());
    n.put("language", a.language());
    return n;
  }

  /** An empty array node, for callers that assemble lists. */
  public static ArrayNode array() {
    return Json.MAPPER.createArrayNode();
  }
}
