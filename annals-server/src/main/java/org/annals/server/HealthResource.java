package org.annals.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.annals.model.Json;
import org.annals.store.EventStore;
import org.annals.store.IngestStats;

/** {@code GET /api/health}: status and store counts. Thread-safe. */
final class HealthResource {
  private final EventStore store;

  HealthResource(EventStore store) {
    this.store = store;
  }

  void health(Context ctx) {
    IngestStats s = store.stats();
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("status", "ok");
    body.put("articles", s.articles());
    body.put("events", s.events());
    body.put("canonical_events", s.canonicalEvents());
    ctx.json(body);
  }
}
