package org.annals.server;

import io.javalin.http.Context;
import org.annals.store.DyadTimeline;
import org.annals.store.EventStore;

/** {@code GET /api/dyads/{a}/{b}/timeline?interval=month|year}. Thread-safe. */
final class DyadsResource {
  private final EventStore store;

  DyadsResource(EventStore store) {
    this.store = store;
  }

  void timeline(Context ctx) {
    ctx.json(timeline(store, ctx.pathParam("a"), ctx.pathParam("b"), Params.interval(ctx)));
  }

  static DyadTimeline timeline(EventStore store, String a, String b, String interval) {
    String ua = Params.upperIfCode(a);
    String ub = Params.upperIfCode(b);
    ActorsResource.find(store, ua);
    ActorsResource.find(store, ub);
    return store.dyad(ua, ub, interval);
  }
}
