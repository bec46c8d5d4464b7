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
    // two look-ups, not one OR: each is an index look-up (an OR of two columns is a scan)
    if (id != null && !Sql.query(c, "SELECT 1 FROM articles WHERE id = ?", List.of(id),
        rs -> 1).isEmpty()) {
      return true;
    }
    return byUrl && !Sql.query(c, "SELECT 1 FROM articles WHERE url = ? LIMIT 1", List.of(url),
        rs -> 1).isEmpty();
  }

  /**
   * A page of events and the total; the total is counted only when the first page is full (a
   * first page with room left holds them all, as the claim verifier's queries usually do).
   */
  Page<CanonicalEvent> events(EventQuery q) throws SQLException {
    List<String> pair = pairEvents(q);
    if (pair != null && pair.isEmpty()) {
      return new Page<>(List.of(), 0, q.page(), q.size());
    }
    EventFilter f = EventFilter.of(q, pair == null);
    // the pair's events by key first, then the other filters: DuckDB scans the table instead of
    // using the index when other filters come with the key, and a LIMIT keeps them out of the
    // subquery (no database pushes a filter below a LIMIT)
    String from = pair == null ? " FROM canonical c" : " FROM (SELECT * FROM canonical WHERE id "
        + Sql.inArray(c, pair) + " LIMIT " + Integer.MAX_VALUE + ") c";
    List<Object> filter = new ArrayList<>(f.params());
    if (pair != null) {
      filter.add(0, Sql.array(c, pair));
    }
    List<Object> params = new ArrayList<>(filter);
    params.add(q.size());
    params.add((long) q.page() * q.size());
    List<CanonicalEvent> items = pair == null ? Sql.query(c, CANONICAL + from + f.where()
        + f.orderBy() + " LIMIT ? OFFSET ?", params, StoreReader::canonical)
        : byIds(Sql.query(c, "SELECT c.id" + from + f.where() + f.orderBy() + " LIMIT ? OFFSET ?",
            params, rs -> rs.getString(1)));
    long total = q.page() == 0 && items.size() < q.size() ? items.size()
        : Sql.query(c, "SELECT count(*)" + from + f.where(), filter,
            rs -> rs.getLong(1)).get(0);
    return new Page<>(items, total, q.page(), q.size());
  }

  /**
   * The canonical events of {@code ids}, in that order, read by key in lists the index answers:
   * a pair's page is chosen on the narrow columns first, so that only the page's bodies are read
   * (the pair's events of every date are fetched row by row, bodies included, otherwise).
   */
  private List<CanonicalEvent> byIds(List<String> ids) throws SQLException {
    Map<String, CanonicalEvent> byId = new java.util.HashMap<>();
    for (int from = 0; from < ids.size(); from += Dialect.DUCKDB_IN_FILTER_KEYS) {
      for (CanonicalEvent e : Sql.queryIn(c, CANONICAL + " FROM canonical c WHERE c.id IN IN_LIST",
          ids.subList(from, Math.min(ids.size(), from + Dialect.DUCKDB_IN_FILTER_KEYS)),
          StoreReader::canonical)) {
        byId.put(e.id(), e);
      }
    }
    return ids.stream().map(byId::get).toList();
  }

  /**
   * The ids of the canonical events between two different countries (actor and partner both
   * ISO codes), looked up by pair (table {@code canonical_pairs}); null when the query names no
   * such pair (then the participants are filtered by {@code canonical_actors}).
   */
  private List<String> pairEvents(EventQuery q) throws SQLException {
    String a = q.actor() == null ? null : q.actor().strip();
    String b = q.partner() == null ? null : q.partner().strip();
    if (a == null || b == null || a.equals(b) || !EventFilter.column(a).equals("country")
        || !EventFilter.column(b).equals("country")) {
      return null;
    }
    String pair = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    return Sql.query(c, "SELECT DISTINCT canonical_id FROM canonical_pairs WHERE pair = ?",
        List.of(pair), rs -> rs.getString(1));
  }

  Optional<CanonicalEventDetail> event(String id) throws SQLException {
    List<CanonicalEvent> ev = Sql.query(c, CANONICAL + " FROM canonical c WHERE c.id = ?",
        List.of(id), StoreReader::canonical);
    if (ev.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String[]> members = new java.util.HashMap<>();
    for (String[] m : Sql.query(c, "SELECT mention_id, canonical_id, reason FROM"
        + " canonical_members WHERE canonical_id = ?", List.of(id),
        rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
      members.put(m[0], m);
    }
    List<Mention> mentions = withContext(Sql.queryIn(c, MENTION_COLUMNS + " WHERE m.id IN"
        + " IN_LIST", members.keySet(), StoreReader::mentionRow), members);
    return Optional.of(new CanonicalEventDetail(ev.get(0), mentions));
  }

  /**
   * Mentions filtered by one condition on {@code mentions m}, with their articles and canonical
   * memberships, by article date (unknown last), article and position.
   */
  List<Mention> mentions(String cond, String param) throws SQLException {
    List<Object[]> rows = Sql.query(c, MENTION_COLUMNS + " WHERE " + cond, List.of(param),
        StoreReader::mentionRow);
    Map<String, String[]> members = new java.util.HashMap<>();
    for (String[] m : Sql.queryIn(c, "SELECT mention_id, canonical_id, reason FROM"
        + " canonical_members WHERE mention_id IN IN_LIST", rows.stream().map(r -> (String) r[0])
        .toList(), rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
      members.put(m[0], m);
    }
    return withContext(rows, members);
  }

  private static final String MENTION_COLUMNS = "SELECT m.id, m.body, m.article_id, m.ord"
      + " FROM mentions m";

  /** A row of {@link #MENTION_COLUMNS}: id, body, article id, position. */
  private static Object[] mentionRow(ResultSet rs) throws SQLException {
    return new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)};
  }

  /**
   * Mention rows with their articles (read by key: a join would scan the articles of the whole
   * store) and memberships (mention id, canonical id, reason, by mention id); rows without a
   * stored article are left out.
   */
  private List<Mention> withContext(List<Object[]> rows, Map<String, String[]> members)
      throws SQLException {
    Map<String, Object[]> articles = new java.util.HashMap<>();
    for (Object[] a : Sql.queryIn(c, "SELECT id, outlet, url, published FROM articles WHERE id"
        + " IN IN_LIST", rows.stream().map(r -> (String) r[2]).distinct().toList(),
        rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
            Sql.date(rs, "published")})) {
      articles.put((String) a[0], a);
    }
    List<Object[]> kept = new ArrayList<>(rows.stream().filter(r -> articles.containsKey(
        (String) r[2])).toList());
    kept.sort(java.util.Comparator.<Object[], java.time.LocalDate>comparing(
        r -> (java.time.LocalDate) articles.get((String) r[2])[3],
        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
        .thenComparing(r -> (String) r[2]).thenComparing(r -> (Integer) r[3]));
    List<Mention> out = new ArrayList<>();
    for (Object[] r : kept) {
      Object[] a = articles.get((String) r[2]);
      String[] m = members.getOrDefault((String) r[0], new String[3]);
      out.add(new Mention(Codec.event((String) r[1]), (String) r[2], (String) a[1],
          (String) a[2], (java.time.LocalDate) a[3], m[1], m[2]));
    }
    return out;
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
    // the mentions' ids by article (a scan of one narrow column), then their bodies by key
    List<String> mentionIds = Sql.queryIn(c, "SELECT id FROM mentions WHERE article_id IN"
        + " IN_LIST", ids, rs -> rs.getString(1));
    List<Object[]> rows = Sql.queryIn(c, MENTION_COLUMNS + " WHERE m.id IN IN_LIST", mentionIds,
        StoreReader::mentionRow);
    rows.sort(java.util.Comparator.<Object[], String>comparing(r -> (String) r[2])
        .thenComparing(r -> (Integer) r[3]));
    for (Object[] m : rows) {
      events.computeIfAbsent((String) m[2], k -> new java.util.ArrayList<>())
          .add(Codec.event((String) m[1]));
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
