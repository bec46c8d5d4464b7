package org.annals.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.annals.model.Article;
import org.annals.model.Claim;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Provenance;
import org.annals.model.Warning;

/** Read queries of the store over one connection. Not thread-safe: one instance per connection and call. */
final class StoreReader {
  private final Connection c;

  StoreReader(Connection c) {
    this.c = c;
  }

  /** The columns {@link #canonical} maps, over {@code canonical c}. */
  static final String CANONICAL = "SELECT c.id, c.body, c.mentions, c.sources, c.articles,"
      + " c.first_seen, c.last_seen";

  /** A canonical event from a row that starts with the {@link #CANONICAL} columns. */
  static CanonicalEvent canonical(ResultSet rs) throws SQLException {
    return new CanonicalEvent(rs.getString(1), Codec.canonicalBody(rs.getString(2)),
        rs.getInt(3), rs.getInt(4), rs.getInt(5), Sql.date(rs, "first_seen"),
        Sql.date(rs, "last_seen"));
  }

  boolean containsArticle(String id, String url) throws SQLException {
    boolean byUrl = url != null && !url.isBlank();
    if (id == null && !byUrl) {
      return false;
    }
    return !Sql.query(c, "SELECT 1 FROM articles WHERE id = ?" + (byUrl ? " OR url = ?" : "")
        + " LIMIT 1", byUrl ? java.util.Arrays.asList(id, url) : java.util.Collections.singletonList(id),
        rs -> 1).isEmpty();
  }

  /**
   * A page of events and the total; the total is counted only when the first page is full (a
   * first page with room left holds them all, as the claim verifier's queries usually do).
   */
  Page<CanonicalEvent> events(EventQuery q) throws SQLException {
    EventFilter f = EventFilter.of(q);
    List<Object> params = new ArrayList<>(f.params());
    params.add(q.size());
    params.add((long) q.page() * q.size());
    List<CanonicalEvent> items = Sql.query(c, CANONICAL + " FROM canonical c" + f.where()
        + f.orderBy() + " LIMIT ? OFFSET ?", params, StoreReader::canonical);
    long total = q.page() == 0 && items.size() < q.size() ? items.size()
        : Sql.query(c, "SELECT count(*) FROM canonical c" + f.where(), f.params(),
            rs -> rs.getLong(1)).get(0);
    return new Page<>(items, total, q.page(), q.size());
  }

  Optional<CanonicalEventDetail> event(String id) throws SQLException {
    List<CanonicalEvent> ev = Sql.query(c, CANONICAL + " FROM canonical c WHERE c.id = ?",
        List.of(id), StoreReader::canonical);
    if (ev.isEmpty()) {
      return Optional.empty();
    }
    List<Mention> mentions = mentions("cm.canonical_id = ?", id);
    return Optional.of(new CanonicalEventDetail(ev.get(0), mentions));
  }

  /** Mentions joined with their article and canonical membership, filtered by one condition. */
  List<Mention> mentions(String cond, String param) throws SQLException {
    return Sql.query(c, "SELECT m.body, m.article_id, a.outlet, a.url, a.published,"
        + " cm.canonical_id, cm.reason FROM mentions m JOIN articles a ON a.id = m.article_id"
        + " LEFT JOIN canonical_members cm ON cm.mention_id = m.id WHERE " + cond
        + " ORDER BY a.published NULLS LAST, m.article_id, m.ord", List.of(param),
        rs -> new Mention(Codec.event(rs.getString(1)), rs.getString(2), rs.getString(3),
            rs.getString(4), Sql.date(rs, "published"), rs.getString(6), rs.getString(7)));
  }

  private static final String ARTICLE_COLUMNS = "SELECT id, file, url, title, outlet, published,"
      + " language, text, sentence_count, token_count, provenance, near_dup_of FROM articles";

  /** An articles row: the article, sentence and token counts, provenance JSON, near-duplicate of. */
  private static Object[] articleRow(ResultSet rs) throws SQLException {
    return new Object[] {new Article(rs.getString("id"), rs.getString("file"),
        rs.getString("url"), rs.getString("title"), rs.getString("outlet"),
        Sql.date(rs, "published"), rs.getString("language"), rs.getString("text")),
        rs.getInt("sentence_count"), rs.getInt("token_count"), rs.getString("provenance"),
        rs.getString("near_dup_of")};
  }

  /**
   * The stored codings of several articles, by id (articles not stored are left out): what
   * {@link #article} gives as {@code coded()}, read with one query per table for all of them.
   */
  Map<String, CodedArticle> codings(java.util.Collection<String> ids) throws SQLException {
    Map<String, List<CodedEvent>> events = new java.util.HashMap<>();
    for (Object[] m : Sql.queryIn(c, "SELECT article_id, ord, body FROM mentions WHERE article_id"
        + " IN IN_LIST ORDER BY article_id, ord", ids, rs -> new Object[] {rs.getString(1),
            Codec.event(rs.getString(3))})) {
      events.computeIfAbsent((String) m[0], k -> new java.util.ArrayList<>()).add((CodedEvent) m[1]);
    }
    Map<String, List<Claim>> claims = new java.util.HashMap<>();
    for (Object[] m : Sql.queryIn(c, "SELECT article_id, ord, body FROM claims WHERE article_id"
        + " IN IN_LIST ORDER BY article_id, ord", ids, rs -> new Object[] {rs.getString(1),
            Codec.read(rs.getString(3), Claim.class)})) {
      claims.computeIfAbsent((String) m[0], k -> new java.util.ArrayList<>()).add((Claim) m[1]);
    }
    Map<String, CodedArticle> out = new java.util.LinkedHashMap<>();
    for (Object[] r : Sql.queryIn(c, ARTICLE_COLUMNS + " WHERE id IN IN_LIST ORDER BY id", ids,
        StoreReader::articleRow)) {
      Article a = (Article) r[0];
      Provenance prov = r[3] == null ? null : Codec.read((String) r[3], Provenance.class);
      out.put(a.id(), new CodedArticle(a, events.getOrDefault(a.id(), List.of()),
          claims.getOrDefault(a.id(), List.of()), List.of(), (int) r[1], (int) r[2], prov));
    }
    return out;
  }

  Optional<StoredArticle> article(String id) throws SQLException {
    List<Object[]> rows = Sql.query(c, ARTICLE_COLUMNS + " WHERE id = ?", List.of(id),
        StoreReader::articleRow);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    List<Mention> mentions = mentions("m.article_id = ?", id);
    List<CodedEvent> events = mentions.stream().map(Mention::event).toList();
    List<Warning> warnings = Sql.query(c, "SELECT code, message, start_offset, end_offset"
        + " FROM warnings WHERE article_id = ? ORDER BY ord", List.of(id),
        rs -> new Warning(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
    List<Claim> claims = Sql.query(c, "SELECT body FROM claims WHERE article_id = ? ORDER BY ord",
        List.of(id), rs -> Codec.read(rs.getString(1), Claim.class));
    Provenance prov = r[3] == null ? null : Codec.read((String) r[3], Provenance.class);
    CodedArticle coded = new CodedArticle((Article) r[0], events, claims, warnings, (int) r[1],
        (int) r[2], prov);
    return Optional.of(new StoredArticle(coded, (String) r[4], mentions));
  }

  List<Skip> skips() throws SQLException {
    return Sql.query(c, "SELECT source, record, reason, message, skipped_at FROM skips"
        + " ORDER BY source, record NULLS FIRST, reason", List.of(),
        rs -> new Skip(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            toInstant(rs.getTimestamp(5))));
  }

  private static java.time.Instant toInstant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  IngestStats stats() throws SQLException {
    long[] n = Sql.query(c, "SELECT (SELECT count(*) FROM articles),"
        + " (SELECT count(*) FROM articles WHERE near_dup_of IS NOT NULL),"
        + " (SELECT count(*) FROM mentions), (SELECT count(*) FROM canonical)", List.of(),
        rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).get(0);
    Map<String, Long> skips = new TreeMap<>();
    for (Object[] r : Sql.query(c, "SELECT reason, count(*) FROM skips GROUP BY reason",
        List.of(), rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
      skips.put((String) r[0], (Long) r[1]);
    }
    return new IngestStats(n[0], n[1], n[2], n[3], skips);
  }

  static String str(ResultSet rs, int i) throws SQLException {
    return rs.getString(i);
  }
}
