package org.annals.server;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Locale;
import org.annals.model.BadInputException;
import org.annals.store.Area;
import org.annals.store.CanonicalEvent;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import org.annals.store.Page;
import org.annals.store.Since;

/**
 * The event filters shared by {@code GET /api/events} and the search page: {@code actor, with,
 * type, mode, from, to, min_sources, q, country, near, bbox, since, page} (from 1),
 * {@code size}, {@code sort}. Stateless.
 */
final class EventFilters {
  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 1000;

  private EventFilters() {}

  static EventQuery parse(Context ctx) {
    int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
    int size = Params.integer(ctx, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    String mode = Params.code(ctx, "mode");
    return EventQuery.all()
        .withActor(Params.upperIfCode(Params.code(ctx, "actor")))
        .withPartner(Params.upperIfCode(Params.code(ctx, "with")))
        .withType(Params.upper(Params.code(ctx, "type")))
        .withMode(mode == null ? null : mode.toLowerCase(Locale.ROOT))
        .withDates(Params.date(ctx, "from"), Params.date(ctx, "to"))
        .withMinSources(Params.integer(ctx, "min_sources", 0, 0, 10_000))
        .withText(Params.text(ctx, "q"))
        .withCountry(Params.upper(Params.code(ctx, "country")))
        .withArea(area(ctx))
        .withSince(since(ctx))
        .withPage(page - 1, size)
        .withSort(Params.sort(ctx));
  }

  /** {@code near=lat,lon,km} or {@code bbox=west,south,east,north} (not both), or null. */
  private static Area area(Context ctx) {
    String near = Params.text(ctx, "near");
    String bbox = Params.text(ctx, "bbox");
    if (near != null && bbox != null) {
      throw new BadInputException("give 'near' or 'bbox', not both");
    }
    return near != null ? Area.parse("parameter 'near'", near)
        : bbox != null ? Area.parse("parameter 'bbox'", bbox) : null;
  }

  private static Instant since(Context ctx) {
    String v = Params.text(ctx, "since");
    return v == null ? null : Since.parse("parameter 'since'", v);
  }

  /**
   * Runs the query; when nothing matches, checks that the named actors exist (so that an unknown
   * actor is an error, not an empty list); a page past the end is an error.
   */
  static Page<CanonicalEvent> run(EventStore store, EventQuery q) {
    Page<CanonicalEvent> page = store.events(q);
    if (page.total() == 0) {
      requireActor(store, q.actor(), "actor");
      requireActor(store, q.partner(), "with");
    }
    if (q.page() > 0 && page.items().isEmpty()) {
      long pages = (page.total() + q.size() - 1) / q.size();
      throw new BadInputException("page " + (q.page() + 1) + " is out of range: " + page.total()
          + " events make " + pages + " page(s) of " + q.size());
    }
    return page;
  }

  private static void requireActor(EventStore store, String actor, String param) {
    if (actor != null && store.actor(actor).isEmpty()) {
      throw new BadInputException("parameter '" + param + "': unknown actor '" + actor
          + "' (no stored event has this participant; see /api/actors)");
    }
  }
}
