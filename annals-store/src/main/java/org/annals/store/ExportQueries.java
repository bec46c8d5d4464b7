package org.annals.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/** The reads behind the exports. Stateless; one connection per call. */
final class ExportQueries {
  /**
   * The canonical columns, the representative article (through the representative mention),
   * the lead paragraph's end (the first blank line) and the event's first ingest time.
   */
  private static final String ROWS = StoreReader.CANONICAL + ", c.source_url, a.id, a.outlet,"
      + " a.title, a.language, strpos(a.text, chr(10) || chr(10)) AS lead, length(a.text) AS len,"
      + " (SELECT min(a2.ingested_at) FROM canonical_members cm2 JOIN mentions m2"
      + " ON m2.id = cm2.mention_id JOIN articles a2 ON a2.id = m2.article_id"
      + " WHERE cm2.canonical_id = c.id) AS added"
      + " FROM canonical c LEFT JOIN mentions m ON m.id = c.rep_mention"
      + " LEFT JOIN articles a ON a.id = m.article_id";

  private ExportQueries() {}

  static List<ExportRow> rows(Connection c, EventQuery q) throws SQLException {
    EventFilter f = EventFilter.of(q);
    return Sql.query(c, ROWS + f.where() + f.orderBy(), f.params(), rs -> {
      int len = rs.getInt("len");
      int lead = rs.getInt("lead");
      return new ExportRow(StoreReader.canonical(rs), rs.getString("source_url"),
          Ingest.instant(rs.getTimestamp("added")), rs.getString(9), rs.getString("outlet"),
          rs.getString("title"), rs.getString("language"), lead > 0 ? lead - 1 : len, len);
    });
  }

  /** Every mention of the given canonical events, by event, article and position. */
  static List<MentionExport> mentions(Connection c, Collection<String> canonicalIds)
      throws SQLException {
    return Sql.queryIn(c, "SELECT cm.canonical_id, m.body, a.id, a.url, a.outlet, a.ingested_at,"
        + " length(a.text) FROM canonical_members cm JOIN mentions m ON m.id = cm.mention_id"
        + " JOIN articles a ON a.id = m.article_id WHERE cm.canonical_id IN IN_LIST"
        + " ORDER BY cm.canonical_id, a.id, m.ord", canonicalIds,
        rs -> new MentionExport(rs.getString(1), Codec.event(rs.getString(2)), rs.getString(3),
            rs.getString(4), rs.getString(5), Ingest.instant(rs.getTimestamp(6)), rs.getInt(7)));
  }
}
