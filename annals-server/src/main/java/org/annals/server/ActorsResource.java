package org.annals.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.Role;
import org.annals.model.Json;
import org.annals.store.ActorDetail;
import org.annals.store.EventStore;

/**
 * {@code GET /api/actors} and {@code GET /api/actors/{id}} (roles over time from the knowledge
 * base, top partners and monthly activity from the store). Thread-safe.
 */
final class ActorsResource {
  private final EventStore store;
  private final KnowledgeBase kb;

  ActorsResource(EventStore store, KnowledgeBase kb) {
    this.store = store;
    this.kb = kb;
  }

  void list(Context ctx) {
    int limit = Params.integer(ctx, "limit", 100, 1, 10_000);
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.set("items", Json.MAPPER.valueToTree(store.actors(Params.text(ctx, "q"), limit)));
    ctx.json(body);
  }

  void one(Context ctx) {
    String id = Params.upperIfCode(ctx.pathParam("id"));
    ActorDetail d = find(store, id);
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.set("actor", Json.MAPPER.valueToTree(d.actor()));
    body.set("roles", Json.MAPPER.valueToTree(roles(d)));
    body.set("partners", Json.MAPPER.valueToTree(d.partners()));
    body.set("activity", Json.MAPPER.valueToTree(d.activity()));
    ctx.json(body);
  }

  static ActorDetail find(EventStore store, String id) {
    return store.actor(id).orElseThrow(() -> new ApiException.NotFound(
        "unknown actor '" + id + "' (no stored event has this participant; see /api/actors)"));
  }

  /** The actor's dated roles when it is a person the knowledge base knows; else none. */
  List<Role> roles(ActorDetail d) {
    String id = d.actor().id();
    if (kb == null || id == null || !id.startsWith("person/")) {
      return List.of();
    }
    return kb.roles(id);
  }
}
