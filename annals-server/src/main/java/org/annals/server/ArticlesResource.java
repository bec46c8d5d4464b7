package org.annals.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.CodedArticle;
import org.annals.model.Json;
import org.annals.model.format.ArticleJson;
import org.annals.store.DateBounds;
import org.annals.store.EventStore;
import org.annals.store.PutResult;
import org.annals.store.StoredArticle;
import org.annals.verify.ClaimLedger;

/**
 * {@code GET /api/articles/{id}} (text, highlight spans, events, warnings, claims with their
 * verdicts) and {@code POST /api/articles} (code and store one article, verify its claims and
 * re-verify stored claims its events may change). Thread-safe when the store and coder are.
 */
final class ArticlesResource {
  private final EventStore store;
  private final ArticleCoder coder;
  private final long maxBody;
  private final ClaimLedger claims;

  ArticlesResource(EventStore store, ArticleCoder coder, long maxBody, ClaimLedger claims) {
    this.store = store;
    this.coder = coder;
    this.maxBody = maxBody;
    this.claims = claims;
  }

  void one(Context ctx) {
    StoredArticle a = find(store, ctx.pathParam("id"));
    ctx.json(json(a, ArticleClaims.of(a, store)));
  }

  static StoredArticle find(EventStore store, String id) {
    return store.article(id).orElseThrow(() -> new ApiException.NotFound("no article with id '" + id + "'"));
  }

  static ObjectNode json(StoredArticle a, java.util.List<ArticleClaims.Checked> checked) {
    CodedArticle coded = a.coded();
    ObjectNode body = Json.MAPPER.createObjectNode();
    ObjectNode meta = ArticleJson.article(coded.article());
    meta.put("text", coded.article().text());
    body.set("article", meta);
    body.put("near_duplicate_of", a.nearDuplicateOf());
    body.set("spans", Json.MAPPER.valueToTree(ArticleSpans.of(coded.events())));
    body.set("events", Json.MAPPER.valueToTree(a.mentions()));
    body.set("warnings", Json.MAPPER.valueToTree(coded.warnings()));
    body.set("claims", Json.MAPPER.valueToTree(checked));
    return body;
  }

  /** Body: {@code {"text": "...", "published": "YYYY-MM-DD", "title", "url", "outlet"}}. */
  void post(Context ctx) {
    if (coder == null) {
      throw new ApiException.Unavailable("this server was started without a coder; POST /api/articles is off");
    }
    Article article = parse(readBody(ctx));
    CodedArticle coded = coder.code(article);
    PutResult put = store.put(coded);
    claims.record(store, put);
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("id", put.articleId());
    body.put("status", put.status().name().toLowerCase(java.util.Locale.ROOT));
    body.put("merged_into", put.mergedInto());
    body.set("events", Json.MAPPER.valueToTree(coded.events()));
    body.set("warnings", Json.MAPPER.valueToTree(coded.warnings()));
    store.article(put.articleId()).ifPresent(a -> body.set("claims",
        Json.MAPPER.valueToTree(ArticleClaims.of(a, store))));
    ctx.status(201).json(body);
  }

  private String readBody(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBody) {
      throw tooLarge(declared);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
      if (bytes.length > maxBody) {
        throw tooLarge(bytes.length);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("could not read the request body: " + e.getMessage(), e);
    }
  }

  private ApiException tooLarge(long size) {
    return new ApiException.TooLarge("request body too large: " + size + " bytes; the limit is " + maxBody);
  }

  static Article parse(String body) {
    JsonNode n;
    try {
      n = Json.MAPPER.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadInputException("body is not JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject() || !n.path("text").isTextual() || n.path("text").asText().isBlank()) {
      throw new BadInputException("body must be a JSON object with a non-empty \"text\" field");
    }
    LocalDate published = null;
    String p = n.path("published").asText(null);
    if (p != null) {
      try {
        published = DateBounds.check(LocalDate.parse(p), "field 'published'");
      } catch (DateTimeParseException e) {
        throw new BadInputException("field 'published': '" + p + "' is not a date of the form YYYY-MM-DD");
      }
    }
    return new Article(null, null, n.path("url").asText(null), n.path("title").asText(null),
        n.path("outlet").asText(null), published, "en", n.path("text").asText());
  }
}
