package org.annals.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.annals.model.BadInputException;

/** Actor and dyad queries over canonical events. Not thread-safe: the caller serialises. */
final class ActorQueries {
  private final Connection c;

  ActorQueries(Connection c) {
    this.c = c;
  }

  List<ActorSummary> actors(String text, int limit) throws SQLException {
    if (limit < 1) {
      throw new BadInputException("limit must be >= 1, got " + limit);
    }
    List<Object> params = new ArrayList<>();
    String where = "";
    if (text != null && !text.isBlank()) {
      String like = Sql.containing(text);
      where = " WHERE lower(id) LIKE ? ESCAPE '\\' OR lower(name) LIKE ? ESCAPE '\\'";
      params.add(like);
      params.add(like);
    }
    params.add(limit);
    return Sql.query(c, "SELECT id, name, country, cameo, n FROM ("
        + " SELECT entity AS id, max(name) AS name, max(country) AS country, max(cameo) AS cameo,"
        + " count(DISTINCT canonical_id) AS n FROM canonical_actors WHERE entity IS NOT NULL"
        + " GROUP BY entity UNION ALL"
        + " SELECT country, country, country, CAST(NULL AS VARCHAR), count(DISTINCT canonical_id)"
        + " FROM canonical_actors WHERE country IS NOT NULL GROUP BY country) t" + where
        + " ORDER BY n DESC, id LIMIT ?", params,
        rs -> new ActorSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getLong(5)));
  }

  Optional<ActorDetail> actor(String id) throws SQLException {
    String col = EventFilter.column(id);
    ActorSummary s = Sql.query(c, "SELECT max(name), max(country), max(cameo),"
        + " count(DISTINCT canonical_id) FROM canonical_actors WHERE " + col + " = ?",
        List.of(id), rs -> new ActorSummary(id, col.equals("country") ? id : rs.getString(1),
            rs.getString(2), col.equals("cameo") ? id : rs.getString(3), rs.getLong(4))).get(0);
    if (s.events() == 0) {
      return Optional.empty();
    }
    String key = col.equals("country") ? "o.country" : "COALESCE(o.entity, o.country, o.name)";
    List<ActorDetail.Count> partners = Sql.query(c, "SELECT " + key + " AS k,"
        + " count(DISTINCT o.canonical_id) AS n FROM canonical_actors s JOIN canonical_actors o"
        + " ON o.canonical_id = s.canonical_id AND o.ord <> s.ord WHERE s." + col + " = ? AND "
        + key + " IS NOT NULL AND " + key + " <> ? GROUP BY " + key + " ORDER BY n DESC, k"
        + " LIMIT 20", List.of(id, id),
        rs -> new ActorDetail.Count(rs.getString(1), rs.getLong(2)));
    List<ActorDetail.Count> activity = Sql.query(c, "SELECT EXTRACT(YEAR FROM c.day) AS y,"
        + " EXTRACT(MONTH FROM c.day) AS m, count(*) FROM canonical c WHERE c.day IS NOT NULL"
        + " AND c.id IN (SELECT canonical_id FROM canonical_actors WHERE " + col + " = ?)"
        + " GROUP BY EXTRACT(YEAR FROM c.day), EXTRACT(MONTH FROM c.day) ORDER BY y, m",
        List.of(id), rs -> new ActorDetail.Count(
            String.format("%04d-%02d", rs.getInt(1), rs.getInt(2)), rs.getLong(3)));
    return Optional.of(new ActorDetail(s, partners, activity));
  }

  /**
   * The normalised key of a dyad of two identifiers of one kind (both countries, CAMEO codes or
   * entity ids): the two sorted by code point, joined by '|'; null when either is missing. Stored
   * in {@code canonical.dyad_*} for the first two participants.
   */
  static String dyadKey(String x, String y) {
    if (x == null || y == null) {
      return null;
    }
    return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
  }

  /** One equality on the dyad key when both sides are of one kind, else both orders. */
  private static String dyadCondition(String ca, String cb) {
    if (ca.equals(cb)) {
      return "dyad_" + ca + " = ?";
    }
    return "((a1_" + ca + " = ? AND a2_" + cb + " = ?) OR (a1_" + cb + " = ? AND a2_" + ca
        + " = ?))";
  }

  DyadTimeline dyad(String a, String b, String interval) throws SQLException {
    boolean month = interval == null || interval.equalsIgnoreCase("month");
    if (!month && !interval.equalsIgnoreCase("year")) {
      throw new BadInputException("interval must be month or year, got '" + interval + "'");
    }
    // grouped by expressions only: a constant in GROUP BY ("..., 0") is read as a column position
    String period = month ? "EXTRACT(YEAR FROM day), EXTRACT(MONTH FROM day)" : "EXTRACT(YEAR FROM day)";
    String columns = month ? period : period + ", CAST(NULL AS INTEGER)";
    String ca = EventFilter.column(a);
    String cb = EventFilter.column(b);
    boolean oneKey = ca.equals(cb);
    String sql = "SELECT " + columns + ", event, quad_class, count(*), sum(goldstein)"
        + " FROM canonical WHERE " + dyadCondition(ca, cb) + " AND day IS NOT NULL GROUP BY "
        + period + ", event, quad_class";
    List<Object> params = oneKey ? List.of(dyadKey(a, b)) : List.of(a, b, b, a);
    Map<String, long[]> totals = new TreeMap<>();
    Map<String, double[]> sums = new TreeMap<>();
    Map<String, Map<String, Long>> types = new TreeMap<>();
    Map<String, Map<Integer, Long>> quads = new TreeMap<>();
    for (Object[] r : Sql.query(c, sql, params, rs -> new Object[] {
        month ? String.format("%04d-%02d", rs.getInt(1), rs.getInt(2))
            : String.format("%04d", rs.getInt(1)),
        rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getDouble(6)})) {
      String p = (String) r[0];
      long n = (Long) r[3];
      totals.computeIfAbsent(p, k -> new long[1])[0] += n;
      sums.computeIfAbsent(p, k -> new double[1])[0] += (Double) r[4];
      types.computeIfAbsent(p, k -> new TreeMap<>()).merge((String) r[1], n, Long::sum);
      quads.computeIfAbsent(p, k -> new TreeMap<>()).merge((Integer) r[2], n, Long::sum);
    }
    List<DyadTimeline.Bucket> buckets = new ArrayList<>();
    for (String p : totals.keySet()) {
      long n = totals.get(p)[0];
      buckets.add(new DyadTimeline.Bucket(p, n, types.get(p), quads.get(p), sums.get(p)[0] / n));
    }
    return new DyadTimeline(a, b, month ? "month" : "year", buckets);
  }
}
