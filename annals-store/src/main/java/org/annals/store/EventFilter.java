package org.annals.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Translates an {@link EventQuery} into a WHERE clause over {@code canonical c} with bound
 * parameters. Immutable.
 */
record EventFilter(String where, List<Object> params, String orderBy) {

  /** The canonical_actors column an actor identifier refers to: country, cameo or entity. */
  static String column(String actor) {
    if (actor.matches("[A-Z]{3}")) {
      return "country";
    }
    if (actor.matches("[A-Z]{4,}[A-Z0-9]*")) {
      return "cameo";
    }
    return "entity";
  }

  static EventFilter of(EventQuery q) {
    return of(q, true);
  }

  /**
   * The filter; without the actor and partner conditions when {@code participants} is false (the
   * caller selects the events between the two itself).
   */
  static EventFilter of(EventQuery q, boolean participants) {
    List<String> conds = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (String actor : participants ? new String[] {q.actor(), q.partner()} : new String[0]) {
      if (actor != null && !actor.isBlank()) {
        conds.add("c.id IN (SELECT canonical_id FROM canonical_actors WHERE "
            + column(actor.strip()) + " = ?)");
        params.add(actor.strip());
      }
    }
    add(conds, params, "c.event = ?", q.type() == null ? null : q.type().toUpperCase(Locale.ROOT));
    add(conds, params, "c.mode = ?", q.mode());
    add(conds, params, "c.day >= ?", q.from());
    add(conds, params, "c.day <= ?", q.to());
    if (q.minSources() > 0) {
      add(conds, params, "c.sources >= ?", q.minSources());
    }
    if (q.text() != null && !q.text().isBlank()) {
      String like = Sql.containing(q.text());
      conds.add("c.id IN (SELECT cm.canonical_id FROM canonical_members cm JOIN mentions m"
          + " ON m.id = cm.mention_id WHERE m.sentence LIKE ? ESCAPE '\\'"
          + " OR lower(m.trigger_text) LIKE ? ESCAPE '\\')");
      params.add(like);
      params.add(like);
    }
    place(q, conds, params);
    if (q.since() != null) {
      conds.add("c.id IN (SELECT cm.canonical_id FROM canonical_members cm JOIN mentions m"
          + " ON m.id = cm.mention_id JOIN articles a ON a.id = m.article_id"
          + " GROUP BY cm.canonical_id HAVING min(a.ingested_at) > ?)");
      params.add(Ingest.timestamp(q.since()));
    }
    String where = conds.isEmpty() ? "" : " WHERE " + String.join(" AND ", conds);
    String order = switch (q.sort()) {
      case DATE -> " ORDER BY c.day ASC NULLS LAST, c.id";
      case DATE_DESC -> " ORDER BY c.day DESC NULLS LAST, c.id";
      case SOURCES -> " ORDER BY c.sources DESC, c.day ASC NULLS LAST, c.id";
      case MENTIONS -> " ORDER BY c.mentions DESC, c.day ASC NULLS LAST, c.id";
    };
    return new EventFilter(where, params, order);
  }

  /** {@code country}, and {@code area} as a box or a great-circle distance (km). */
  private static void place(EventQuery q, List<String> conds, List<Object> params) {
    add(conds, params, "c.loc_country = ?", q.country());
    Area a = q.area();
    if (a == null) {
      return;
    }
    if (!a.circle()) {
      conds.add("c.loc_lat BETWEEN ? AND ? AND c.loc_lon BETWEEN ? AND ?");
      params.addAll(List.of(a.minLat(), a.maxLat(), a.minLon(), a.maxLon()));
      return;
    }
    conds.add("c.loc_lat IS NOT NULL AND 2 * 6371.0088 * asin(sqrt(power(sin(radians(c.loc_lat"
        + " - ?) / 2), 2) + cos(radians(?)) * cos(radians(c.loc_lat))"
        + " * power(sin(radians(c.loc_lon - ?) / 2), 2))) <= ?");
    params.addAll(List.of(a.minLat(), a.minLat(), a.minLon(), a.radiusKm()));
  }

  private static void add(List<String> conds, List<Object> params, String cond, Object v) {
    if (v != null && !(v instanceof String s && s.isBlank())) {
      conds.add(cond);
      params.add(v);
    }
  }
}
