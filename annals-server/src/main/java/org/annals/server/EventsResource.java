package org.annals.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.annals.model.Json;
import org.annals.store.CanonicalEvent;
import org.annals.store.CanonicalEventDetail;
import org.annals.store.EventStore;
import org.annals.store.Mention;
import org.annals.store.Page;
import org.annals.store.StoredArticle;

/** {@code GET /api/events} and {@code GET /api/events/{id}}. Stateless over the store; thread-safe. */
final class EventsResource {
  private final EventStore store;

  EventsResource(EventStore store) {
    this.store = store;
  }

  void list(Context ctx) {
    var q = EventFilters.parse(ctx);
    Page<CanonicalEvent> page = EventFilters.run(store, q);
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.set("items", Json.MAPPER.valueToTree(page.items()));
    body.put("total", page.total());
    body.put("page", page.page() + 1);
    body.put("size", page.size());
    ctx.json(body);
  }

  void one(Context ctx) {
    ctx.json(detailJson(find(store, ctx.pathParam("id")), store));
  }

  static CanonicalEventDetail find(EventStore store, String id) {
    return store.event(id).orElseThrow(() -> new ApiException.NotFound("no event with id '" + id + "'"));
  }

  /** The event, its mentions each with the sentence it came from, and the merge explanation. */
  static ObjectNode detailJson(CanonicalEventDetail d, EventStore store) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.set("event", Json.MAPPER.valueToTree(d.event()));
    ArrayNode mentions = body.putArray("mentions");
    Map<String, Optional<StoredArticle>> articles = new HashMap<>();
    for (Mention m : d.mentions()) {
      ObjectNode n = Json.MAPPER.valueToTree(m);
      articles.computeIfAbsent(m.articleId(), store::article).ifPresent(a -> {
        String text = a.coded().article().text();
        var ev = m.event().evidence();
        if (ev != null && ev.end() <= text.length()) {
          n.put("sentence", text.substring(ev.start(), ev.end()));
        }
        n.put("title", a.coded().article().title());
      });
      mentions.add(n);
    }
    body.put("explanation", store.explain(d.event().id()));
    return body;
  }
}
