package org.annals.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;

/**
 * Recomputes the canonical events of some buckets, inside the caller's transaction, from the
 * stored asserted mentions of primary articles plus the batch's own (not yet inserted) ones:
 * delete the buckets' old canonical rows, merge, insert. Only buckets that already have canonical
 * rows are read back from the store (a bucket without any has no stored asserted mention of a
 * primary article), and the batch's mentions are merged as they are, without a JSON round trip.
 * Not thread-safe.
 */
final class Recompute {
  private final Connection c;

  Recompute(Connection c) {
    this.c = c;
  }

  /**
   * Recomputes {@code buckets}, given the batch's asserted mentions of primary articles by bucket;
   * returns, for articles of {@code batchArticles}, how many canonical events they created (each
   * new event credited to the first batch article among its members).
   */
  Map<String, Integer> run(Set<String> buckets, Map<String, List<MentionRow>> batchRows,
      Collection<String> batchArticles) throws SQLException {
    Map<String, Integer> fresh = new HashMap<>();
    if (buckets.isEmpty()) {
      return fresh;
    }
    Set<String> old = new HashSet<>();
    Set<String> oldBuckets = new TreeSet<>();
    for (String[] r : Sql.queryIn(c, "SELECT id, bucket FROM canonical WHERE bucket IN IN_LIST",
        buckets, rs -> new String[] {rs.getString(1), rs.getString(2)})) {
      old.add(r[0]);
      oldBuckets.add(r[1]);
    }
    Map<String, List<MentionRow>> byBucket = new TreeMap<>();
    for (String b : buckets) {
      byBucket.put(b, new ArrayList<>(batchRows.getOrDefault(b, List.of())));
    }
    for (MentionRow m : stored(oldBuckets)) {
      byBucket.get(m.bucket()).add(m);
    }
    deleteOld(old, oldBuckets);
    insertMerged(byBucket, old, new HashSet<>(batchArticles), fresh);
    return fresh;
  }

  /** Merges every bucket and inserts its canonical rows, actors and members. */
  private void insertMerged(Map<String, List<MentionRow>> byBucket, Set<String> old,
      Set<String> batch, Map<String, Integer> fresh) throws SQLException {
    List<Object[]> canon = new ArrayList<>();
    List<Object[]> actors = new ArrayList<>();
    List<Object[]> members = new ArrayList<>();
    for (Map.Entry<String, List<MentionRow>> e : byBucket.entrySet()) {
      for (CanonicalMerger.Group g : CanonicalMerger.merge(e.getKey(), e.getValue())) {
        CanonicalEvent ce = CanonicalMerger.toCanonical(g);
        canon.add(canonicalRow(g, ce));
        actorRows(ce, actors);
        for (CanonicalMerger.Member m : g.members()) {
          members.add(new Object[] {m.mention().id(), g.id(), g.bucket(), m.reason()});
        }
        if (!old.contains(g.id())) {
          credit(g, batch, fresh);
        }
      }
    }
    Sql.insert(c, "canonical", CANONICAL_COLUMNS, canon);
    Sql.insert(c, "canonical_actors", "canonical_id, ord, side, country, sector, cameo, entity,"
        + " name", actors);
    Sql.insert(c, "canonical_members", "mention_id, canonical_id, bucket, reason", members);
  }

  /** The stored asserted mentions of primary articles in {@code buckets}. */
  private List<MentionRow> stored(Set<String> buckets) throws SQLException {
    return Sql.queryIn(c, "SELECT m.bucket, m.article_id, a.outlet, a.url, a.published, m.body"
        + " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.near_dup_of IS NULL"
        + " AND m.modality = 'asserted' AND m.bucket IN IN_LIST", buckets,
        rs -> new MentionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            Sql.date(rs, "published"), Codec.event(rs.getString(6)), rs.getString(6)));
  }

  private void deleteOld(Set<String> oldIds, Set<String> oldBuckets) throws SQLException {
    Sql.updateIn(c, "DELETE FROM canonical_actors WHERE canonical_id IN IN_LIST", oldIds);
    Sql.updateIn(c, "DELETE FROM canonical WHERE bucket IN IN_LIST", oldBuckets);
    Sql.updateIn(c, "DELETE FROM canonical_members WHERE bucket IN IN_LIST", oldBuckets);
  }

  static final String CANONICAL_COLUMNS = "id, bucket, event, mode, cameo, quad_class, goldstein,"
      + " date_value, date_precision, day, a1_country, a1_sector, a1_cameo, a1_entity, a1_name,"
      + " a2_country, a2_sector, a2_cameo, a2_entity, a2_name, mentions, sources, articles,"
      + " first_seen, last_seen, rep_mention, source_url, body, dyad_country, dyad_cameo,"
      + " dyad_entity";

  private static void credit(CanonicalMerger.Group g, Set<String> batch,
      Map<String, Integer> fresh) {
    g.members().stream().map(m -> m.mention().articleId()).filter(batch::contains).sorted()
        .findFirst().ifPresent(a -> fresh.merge(a, 1, Integer::sum));
  }

  private static Object[] canonicalRow(CanonicalMerger.Group g, CanonicalEvent ce) {
    ActorRef a1 = ce.actors().isEmpty() ? null : ce.actors().get(0);
    ActorRef a2 = second(ce);
    CodedEvent rep = g.rep().event();
    return new Object[] {g.id(), g.bucket(), ce.event(), ce.mode(), ce.cameo(), ce.quadClass(),
        ce.goldstein(), ce.date().value(), DateFit.precisionOf(ce.date()).label(),
        DateFit.of(ce.date()).firstDay(),
        f(a1, 0), f(a1, 1), f(a1, 2), f(a1, 3), f(a1, 4),
        f(a2, 0), f(a2, 1), f(a2, 2), f(a2, 3), f(a2, 4),
        ce.mentions(), ce.sources(), ce.articles(), ce.firstSeen(), ce.lastSeen(), rep.id(),
        g.rep().url(), ce.coded() == rep ? g.rep().body() : Codec.write(ce.coded()),
        ActorQueries.dyadKey(f(a1, 0), f(a2, 0)),
        ActorQueries.dyadKey(f(a1, 2), f(a2, 2)), ActorQueries.dyadKey(f(a1, 3), f(a2, 3))};
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
