package org.annals.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.annals.model.ActorRef;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedEvent;

/**
 * The claim ledger's index (migration 008): what each stored claim is about, and the queue of
 * claims a write may have changed. A write queues, in its own transaction, its articles' claims and
 * the stored claims its events can reach: for every asserted mention it merged (its own and the
 * stored ones it read back, so both the new canonical events and those they replaced), each pair
 * of its participants' countries, its event type and the first day it may denote. A claim is
 * reached when it names that pair, names that event type or none, speaks of no day or of a day
 * not before the mention's, and (a count, migration 010) counts from no day or from a day not after
 * the mention's: a count's verdict rests only on the events of its window. This is a coarse filter (the claim ledger decides what a claim's
 * verdict depends on): it must only never miss a claim that {@code Verifier.mayChange} would
 * accept, so it is wider where in doubt (an open or unknown date reaches every day; "after D"
 * counts from D). Stateless; thread-safe.
 */
final class ClaimKeys {
  /** One look-up: a sorted pair of countries, an event type, and the first day (epoch day). */
  record Probe(String a, String b, String event, int day) {}

  static final Sql.Relation PROBES = new Sql.Relation("annals_probes",
      List.of("a", "b", "event", "day"), List.of("VARCHAR", "VARCHAR", "VARCHAR", "INTEGER"),
      List.of("varchar", "varchar", "varchar", "integer"));

  private ClaimKeys() {}

  /**
   * The claim_keys row of a claim: article, position, sorted dyad (or nulls), event, day, and the
   * first day a count counts (null for other kinds: their verdicts may rest on older events).
   */
  static Object[] row(String articleId, int ord, Claim claim) {
    List<String> countries = ClaimSubject.strings(claim, ClaimSubject.COUNTRIES);
    boolean dyad = countries.size() == 2 && !countries.get(0).equals(countries.get(1));
    String a = dyad ? min(countries.get(0), countries.get(1)) : null;
    String b = dyad ? max(countries.get(0), countries.get(1)) : null;
    Integer at = ClaimSubject.date(claim, ClaimSubject.AT).map(d -> (int) d.toEpochDay())
        .orElse(null);
    Integer from = ClaimSubject.KIND_COUNT.equals(claim.kind())
        ? ClaimSubject.date(claim, ClaimSubject.FROM).map(d -> (int) d.toEpochDay()).orElse(null)
        : null;
    return new Object[] {articleId, ord, a, b, ClaimSubject.string(claim, ClaimSubject.EVENT)
        .orElse(null), at, from};
  }

  /** The look-ups of merged mentions: each pair of distinct participant countries. */
  static Set<Probe> probes(Collection<MentionRow> rows) {
    Set<Probe> out = new LinkedHashSet<>();
    for (MentionRow r : rows) {
      CodedEvent e = r.event();
      Set<String> countries = new TreeSet<>();
      for (List<ActorRef> side : List.of(e.actors(), e.recipients())) {
        side.stream().map(ActorRef::country).filter(c -> c != null && !c.isBlank())
            .forEach(countries::add);
      }
      int day = r.fit().kind() == DateFit.Kind.AFTER ? r.fit().lo() - 1 : r.fit().lo();
      List<String> list = new ArrayList<>(countries);
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          out.add(new Probe(list.get(i), list.get(j), e.event(), day));
        }
      }
    }
    return out;
  }

  /**
   * Queues, in the caller's transaction, the claims of {@code own} (claim_keys rows just written)
   * and the stored claims the probes reach. A claim already queued is queued again under the new
   * sequence number, so that a ledger that read the old row does not remove this one.
   */
  static void queue(Connection c, List<Object[]> own, Set<Probe> probes) throws SQLException {
    Set<List<Object>> claims = new LinkedHashSet<>();
    own.forEach(k -> claims.add(List.of(k[0], k[1])));
    List<Object[]> rows = new ArrayList<>();
    for (Probe p : probes) {
      rows.add(new Object[] {p.a(), p.b(), p.event(), p.day()});
    }
    Sql.queryRelation(c, "SELECT DISTINCT k.article_id, k.ord FROM claim_keys k JOIN RELATION p"
        + " ON k.country_a = p.a AND k.country_b = p.b AND (k.event IS NULL OR k.event = p.event)"
        + " AND (k.at_day IS NULL OR k.at_day >= p.day)"
        + " AND (k.from_day IS NULL OR p.day >= k.from_day OR p.day = " + DateFit.OPEN_LO + ")",
        PROBES, rows,
        rs -> claims.add(List.of(rs.getString(1), rs.getInt(2))));
    if (claims.isEmpty()) {
      return;
    }
    long seq = Sql.query(c, "SELECT COALESCE(MAX(seq), 0) + 1 FROM claim_pending", List.of(),
        rs -> rs.getLong(1)).get(0);
    List<Object[]> pending = new ArrayList<>();
    for (List<Object> k : claims) {
      pending.add(new Object[] {k.get(0), k.get(1), seq});
    }
    Sql.queryRelation(c, "DELETE FROM claim_pending WHERE EXISTS (SELECT 1 FROM RELATION q"
        + " WHERE q.article_id = claim_pending.article_id AND q.ord = claim_pending.ord)",
        PENDING, pending, rs -> null);
    Sql.insert(c, "claim_pending", "article_id, ord, seq", pending);
  }

  static final Sql.Relation PENDING = new Sql.Relation("annals_pending",
      List.of("article_id", "ord", "seq"), List.of("VARCHAR", "INTEGER", "BIGINT"),
      List.of("varchar", "integer", "bigint"));

  /**
   * Adds the keys of claims stored before migration 008 (none when every claim has its row);
   * in the caller's transaction.
   */
  static int backfill(Connection c) throws SQLException {
    long missing = Sql.query(c, "SELECT (SELECT count(*) FROM claims) - (SELECT count(*) FROM"
        + " claim_keys)", List.of(), rs -> rs.getLong(1)).get(0);
    if (missing == 0) {
      return 0;
    }
    List<Object[]> rows = Sql.query(c, "SELECT article_id, ord, body FROM claims c WHERE NOT"
        + " EXISTS (SELECT 1 FROM claim_keys k WHERE k.article_id = c.article_id AND k.ord ="
        + " c.ord)", List.of(), rs -> row(rs.getString(1), rs.getInt(2),
            Codec.read(rs.getString(3), Claim.class)));
    Sql.insert(c, "claim_keys", "article_id, ord, country_a, country_b, event, at_day, from_day",
        rows);
    return rows.size();
  }

  private static String min(String x, String y) {
    return x.compareTo(y) <= 0 ? x : y;
  }

  private static String max(String x, String y) {
    return x.compareTo(y) <= 0 ? y : x;
  }

  /** For tests and messages: an epoch day as a date. */
  static LocalDate day(int epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }
}
