package org.annals.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.Location;

/**
 * Recomputes, inside the caller's transaction, the canonical events that a batch's asserted
 * mentions (of primary articles, not yet inserted) can change, and nothing else.
 *
 * <p>Mentions of one bucket meet only through their days: a day's mentions merge, a mention with
 * an imprecise date (a month, "before D", unknown) attaches to the day events inside its span,
 * and mentions of one imprecise date group together. So the writer reads back only the stored
 * mentions whose day span ({@code mentions.day_lo..day_hi}) overlaps a batch mention's, then those
 * overlapping the read-back ones' spans, until nothing new is found: that closed set holds every
 * member of every canonical event it touches, so re-merging it and replacing exactly those
 * canonical events gives the same rows as re-merging the whole bucket, while a busy dyad (a
 * bucket with thousands of mentions) costs only the days the batch touches. Mentions stored
 * before migration 005 have no span and are read as dateless (always re-merged; correct, only
 * slower). Buckets whose primary article changed ({@code fullBuckets}: a near-duplicate became
 * primary) are re-merged whole.
 *
 * <p>Three steps: {@link #plan} (read back and delete, on the connection), {@link #merge} (pure;
 * the writer runs it on the common pool while it appends the batch's own rows) and
 * {@link #insert}. An instance is not thread-safe; {@link #merge} is.
 */
final class Recompute {
  private final Connection c;

  Recompute(Connection c) {
    this.c = c;
  }

  /** A stored mention read back, with the canonical event it belongs to (or null). */
  private record Stored(MentionRow row, String canonicalId) {}

  /**
   * What a batch changes, read from the store: the mentions to merge by bucket (the batch's and
   * the stored ones that can meet them) and the canonical events they replace (already deleted).
   */
  record Plan(Map<String, List<MentionRow>> byBucket, Set<String> old) {}

  /** The canonical rows of a plan, built without the store. */
  record Merged(List<Object[]> canonical, List<Object[]> actors, List<Object[]> members,
      List<Object[]> pairs, Map<String, Integer> fresh) {}

  /**
   * Reads back the stored mentions that {@code batchRows} (the batch's asserted mentions of
   * primary articles by bucket) and {@code fullBuckets} can merge with, and deletes the canonical
   * events they belonged to (their replacements come from {@link #merge} and {@link #insert}).
   */
  Plan plan(Map<String, List<MentionRow>> batchRows, Set<String> fullBuckets)
      throws SQLException {
    return plan(batchRows, fullBuckets, Map.of(), Set.of());
  }

  /**
   * As {@link #plan(Map, Set)}, after mentions were removed (a re-coded article's old ones):
   * {@code removed} holds their dates by bucket, so that the stored mentions that could meet them
   * are re-merged, and {@code removedCanonical} the canonical events they belonged to, which are
   * replaced (or dropped, when only removed mentions formed them).
   */
  Plan plan(Map<String, List<MentionRow>> batchRows, Set<String> fullBuckets,
      Map<String, List<DateFit>> removed, Set<String> removedCanonical) throws SQLException {
    Map<String, List<MentionRow>> byBucket = new TreeMap<>();
    batchRows.forEach((b, rows) -> byBucket.put(b, new ArrayList<>(rows)));
    fullBuckets.forEach(b -> byBucket.computeIfAbsent(b, k -> new ArrayList<>()));
    removed.keySet().forEach(b -> byBucket.computeIfAbsent(b, k -> new ArrayList<>()));
    Set<String> old = new HashSet<>(Sql.queryIn(c, "SELECT id FROM canonical WHERE bucket IN"
        + " IN_LIST", fullBuckets, rs -> rs.getString(1)));
    old.addAll(removedCanonical);
    if (byBucket.isEmpty()) {
      return new Plan(byBucket, old);
    }
    for (Stored s : readBack(batchRows, fullBuckets, removed)) {
      byBucket.get(s.row().bucket()).add(s.row());
      if (s.canonicalId() != null) {
        old.add(s.canonicalId());
      }
    }
    Sql.updateIn(c, "DELETE FROM canonical_actors WHERE canonical_id IN IN_LIST", old);
    Sql.updateIn(c, "DELETE FROM canonical_pairs WHERE canonical_id IN IN_LIST", old);
    Sql.updateIn(c, "DELETE FROM canonical WHERE id IN IN_LIST", old);
    Sql.updateIn(c, "DELETE FROM canonical_members WHERE canonical_id IN IN_LIST", old);
    return new Plan(byBucket, old);
  }

  /**
   * Merges every bucket of the plan into canonical rows (buckets in parallel, rows in bucket
   * order); counts, for articles of {@code batchArticles}, the canonical events they created
   * (each new event credited to the first batch article among its members). Pure: touches no
   * connection, so the writer can append the batch's other rows meanwhile.
   */
  static Merged merge(Plan plan, Collection<String> batchArticles) {
    Set<String> batch = new HashSet<>(batchArticles);
    List<List<CanonicalMerger.Group>> groups = plan.byBucket().entrySet().parallelStream()
        .filter(e -> !e.getValue().isEmpty())
        .map(e -> CanonicalMerger.merge(e.getKey(), e.getValue())).toList();
    Merged out = new Merged(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), new HashMap<>());
    for (List<CanonicalMerger.Group> bucket : groups) {
      for (CanonicalMerger.Group g : bucket) {
        CanonicalEvent ce = CanonicalMerger.toCanonical(g);
        out.canonical().add(canonicalRow(g, ce));
        actorRows(ce, out.actors());
        pairRows(ce, out.pairs());
        for (CanonicalMerger.Member m : g.members()) {
          out.members().add(new Object[] {m.mention().id(), g.id(), g.bucket(), m.reason()});
        }
        if (!plan.old().contains(g.id())) {
          credit(g, batch, out.fresh());
        }
      }
    }
    return out;
  }

  /** Inserts merged canonical rows; returns the new events per batch article. */
  Map<String, Integer> insert(Merged m) throws SQLException {
    Sql.insert(c, "canonical", CANONICAL_COLUMNS, m.canonical());
    Sql.insert(c, "canonical_actors", "canonical_id, ord, side, country, sector, cameo, entity,"
        + " name", m.actors());
    Sql.insert(c, "canonical_members", "mention_id, canonical_id, bucket, reason", m.members());
    Sql.insert(c, "canonical_pairs", "canonical_id, pair", m.pairs());
    return m.fresh();
  }

  /**
   * The stored asserted mentions of primary articles that can merge with the batch's, read back
   * in rounds until their day spans add no new days.
   */
  private List<Stored> readBack(Map<String, List<MentionRow>> batchRows, Set<String> fullBuckets,
      Map<String, List<DateFit>> removed) throws SQLException {
    Map<String, DaySpans> seen = new HashMap<>();
    List<Sql.Window> first = new ArrayList<>();
    batchRows.forEach((b, rows) -> rows.forEach(r -> cover(seen, first, b, r.fit())));
    removed.forEach((b, fits) -> fits.forEach(f -> cover(seen, first, b, f)));
    fullBuckets.forEach(b -> cover(seen, first, b, DateFit.of(null)));
    Map<String, Stored> out = new LinkedHashMap<>();
    Set<String> tried = new HashSet<>();
    List<Sql.Window> todo = first;
    while (!todo.isEmpty()) {
      List<String[]> hits = hits(todo);
      todo = new ArrayList<>();
      List<String[]> fresh = hits.stream().filter(h -> tried.add(h[0])).toList();
      for (Stored s : complete(fresh)) {
        if (out.putIfAbsent(s.row().id(), s) == null) {
          cover(seen, todo, s.row().bucket(), s.row().fit());
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The hits (mention id, bucket, article) that are mentions of primary articles, with their
   * bodies, articles' metadata and canonical events: look-ups by key, only when there are hits
   * (the search for hits reads no body).
   */
  private List<Stored> complete(List<String[]> hits) throws SQLException {
    if (hits.isEmpty()) {
      return List.of();
    }
    Map<String, Object[]> articles = new HashMap<>();
    // the key alone in the condition: DuckDB looks keys up in the index only without other filters
    for (Object[] a : Sql.queryIn(c, "SELECT id, outlet, url, published, near_dup_of FROM"
        + " articles WHERE id IN IN_LIST", hits.stream().map(h -> h[2]).distinct().toList(),
        rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
            Sql.date(rs, "published"), rs.getString(5)})) {
      if (a[4] == null) {
        articles.put((String) a[0], a);
      }
    }
    List<String> ids = hits.stream().map(h -> h[0]).toList();
    Map<String, String> bodies = new HashMap<>();
    for (String[] m : Sql.queryIn(c, "SELECT id, body FROM mentions WHERE id IN IN_LIST", ids,
        rs -> new String[] {rs.getString(1), rs.getString(2)})) {
      bodies.put(m[0], m[1]);
    }
    Map<String, String> canonicalOf = new HashMap<>();
    for (String[] m : Sql.queryIn(c, "SELECT mention_id, canonical_id FROM canonical_members"
        + " WHERE mention_id IN IN_LIST", ids,
        rs -> new String[] {rs.getString(1), rs.getString(2)})) {
      canonicalOf.put(m[0], m[1]);
    }
    List<Stored> out = new ArrayList<>();
    for (String[] h : hits) {
      Object[] a = articles.get(h[2]);
      if (a != null) {
        String body = bodies.get(h[0]);
        out.add(new Stored(new MentionRow(h[1], h[2], (String) a[1], (String) a[2],
            (java.time.LocalDate) a[3], Codec.event(body), body), canonicalOf.get(h[0])));
      }
    }
    return out;
  }

  /** Adds the date's span to the bucket's covered days, and what was new to {@code todo}. */
  private static void cover(Map<String, DaySpans> seen, List<Sql.Window> todo, String bucket,
      DateFit fit) {
    for (long[] gap : seen.computeIfAbsent(bucket, k -> new DaySpans()).add(fit.lo(), fit.hi())) {
      todo.add(new Sql.Window(bucket, (int) gap[0], (int) gap[1]));
    }
  }

  /**
   * The stored asserted mentions (id, bucket, article) whose day span meets a window of their
   * bucket. A window of up to {@link #KEYED_DAYS} days is looked up by key ({@code day_key},
   * migration 010): its days' keys and its bucket's key of imprecise dates, then the spans are
   * checked here; so the cost follows the batch, not the store. Wider windows (imprecise batch
   * dates, whole buckets) are joined with the mentions of their buckets.
   */
  private List<String[]> hits(List<Sql.Window> windows) throws SQLException {
    Map<String, List<Sql.Window>> narrow = new HashMap<>();
    List<Sql.Window> wide = new ArrayList<>();
    Set<String> keys = new java.util.LinkedHashSet<>();
    for (Sql.Window w : windows) {
      if ((long) w.hi() - w.lo() >= KEYED_DAYS) {
        wide.add(w);
        continue;
      }
      narrow.computeIfAbsent(w.bucket(), k -> new ArrayList<>()).add(w);
      keys.add(w.bucket() + "@*");
      for (int d = w.lo(); d <= w.hi(); d++) {
        keys.add(w.bucket() + "@" + d);
      }
    }
    List<String[]> out = new ArrayList<>(Sql.queryWindows(c, HITS, wide,
        rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}));
    for (Object[] r : Sql.queryIn(c, "SELECT id, bucket, article_id, day_lo, day_hi FROM mentions"
        + " WHERE day_key IN IN_LIST", keys, rs -> new Object[] {rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getObject(4), rs.getObject(5)})) {
      long lo = r[3] == null ? DateFit.OPEN_LO : ((Number) r[3]).longValue();
      long hi = r[4] == null ? DateFit.OPEN_HI : ((Number) r[4]).longValue();
      if (narrow.get((String) r[1]).stream().anyMatch(w -> lo <= w.hi() && hi >= w.lo())) {
        out.add(new String[] {(String) r[0], (String) r[1], (String) r[2]});
      }
    }
    return out;
  }

  /** The widest window (in days) looked up by day keys rather than by joining its bucket. */
  static final int KEYED_DAYS = 62;

  /** Stored asserted mentions whose day span meets a window of their bucket. */
  private static final String HITS = "SELECT m.id, m.bucket, m.article_id FROM WINDOWS w"
      + " JOIN mentions m ON m.bucket = w.bucket AND COALESCE(m.day_lo, " + DateFit.OPEN_LO
      + ") <= w.hi AND COALESCE(m.day_hi, " + DateFit.OPEN_HI + ") >= w.lo"
      + " WHERE m.modality = 'asserted'";

  /**
   * The look-up key of an asserted mention of {@code bucket} with date span {@code fit}: the
   * bucket and its day when the date denotes one day, else the bucket's key of imprecise dates.
   */
  static String dayKey(String bucket, DateFit fit) {
    boolean oneDay = fit.lo() == fit.hi() && fit.lo() != DateFit.OPEN_LO
        && fit.hi() != DateFit.OPEN_HI;
    return bucket + "@" + (oneDay ? String.valueOf(fit.lo()) : "*");
  }

  static final String CANONICAL_COLUMNS = "id, bucket, event, mode, cameo, quad_class, goldstein,"
      + " date_value, date_precision, day, a1_country, a1_sector, a1_cameo, a1_entity, a1_name,"
      + " a2_country, a2_sector, a2_cameo, a2_entity, a2_name, mentions, sources, articles,"
      + " first_seen, last_seen, rep_mention, source_url, body, dyad_country, dyad_cameo,"
      + " dyad_entity, loc_country, loc_lat, loc_lon";

  private static void credit(CanonicalMerger.Group g, Set<String> batch,
      Map<String, Integer> fresh) {
    g.members().stream().map(m -> m.mention().articleId()).filter(batch::contains).sorted()
        .findFirst().ifPresent(a -> fresh.merge(a, 1, Integer::sum));
  }

  private static Object[] canonicalRow(CanonicalMerger.Group g, CanonicalEvent ce) {
    ActorRef a1 = ce.actors().isEmpty() ? null : ce.actors().get(0);
    ActorRef a2 = second(ce);
    CodedEvent rep = g.rep().event();
    Location loc = ce.location();
    return new Object[] {g.id(), g.bucket(), ce.event(), ce.mode(), ce.cameo(), ce.quadClass(),
        ce.goldstein(), ce.date().value(), DateFit.precisionOf(ce.date()).label(),
        DateFit.of(ce.date()).firstDay(),
        f(a1, 0), f(a1, 1), f(a1, 2), f(a1, 3), f(a1, 4),
        f(a2, 0), f(a2, 1), f(a2, 2), f(a2, 3), f(a2, 4),
        ce.mentions(), ce.sources(), ce.articles(), ce.firstSeen(), ce.lastSeen(), rep.id(),
        g.rep().url(), ce.coded() == rep ? g.rep().body() : Codec.write(ce.coded()),
        ActorQueries.dyadKey(f(a1, 0), f(a2, 0)),
        ActorQueries.dyadKey(f(a1, 2), f(a2, 2)), ActorQueries.dyadKey(f(a1, 3), f(a2, 3)),
        loc == null ? null : loc.country(), loc == null ? null : loc.lat(),
        loc == null ? null : loc.lon()};
  }

  /** The other side: first recipient, or for a symmetric event the second actor. */
  static ActorRef second(CanonicalEvent ce) {
    if (!ce.recipients().isEmpty()) {
      return ce.recipients().get(0);
    }
    return ce.actors().size() > 1 ? ce.actors().get(1) : null;
  }

  private static String f(ActorRef a, int field) {
    if (a == null) {
      return null;
    }
    return switch (field) {
      case 0 -> a.country();
      case 1 -> a.sector();
      case 2 -> a.cameo();
      case 3 -> a.entity();
      default -> a.name();
    };
  }

  /** Every pair of distinct participant countries, sorted ("AAA|BBB"; migration 010). */
  private static void pairRows(CanonicalEvent ce, List<Object[]> out) {
    java.util.TreeSet<String> countries = new java.util.TreeSet<>();
    for (List<ActorRef> side : List.of(ce.actors(), ce.recipients())) {
      side.stream().map(ActorRef::country).filter(java.util.Objects::nonNull)
          .forEach(countries::add);
    }
    List<String> list = new ArrayList<>(countries);
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        out.add(new Object[] {ce.id(), list.get(i) + "|" + list.get(j)});
      }
    }
  }

  private static void actorRows(CanonicalEvent ce, List<Object[]> out) {
    int ord = 0;
    for (ActorRef a : ce.actors()) {
      out.add(new Object[] {ce.id(), ord++, "actor", a.country(), a.sector(), a.cameo(),
          a.entity(), a.name()});
    }
    for (ActorRef a : ce.recipients()) {
      out.add(new Object[] {ce.id(), ord++, "recipient", a.country(), a.sector(), a.cameo(),
          a.entity(), a.name()});
    }
  }
}
