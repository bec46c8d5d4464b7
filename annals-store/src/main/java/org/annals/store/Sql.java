package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBPreparedStatement;

/**
 * JDBC helpers used by the store: bound parameters only, multi-row inserts (fast on both DuckDB
 * and PostgreSQL), IN lists in chunks. Stateless; thread-safe.
 */
final class Sql {
  /** Rows per multi-row INSERT statement. */
  static final int CHUNK = 250;

  private Sql() {}

  /** Maps a result row; may throw SQLException. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /**
   * Inserts rows into {@code table}: on DuckDB through its appender (inside the connection's
   * transaction; rows must then list every column in table order), elsewhere with multi-row VALUES
   * statements.
   */
  static void insert(Connection c, String table, String columns, List<Object[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    if (c.isWrapperFor(DuckDBConnection.class)) {
      append(c.unwrap(DuckDBConnection.class), table, rows);
      return;
    }
    insertValues(c, table, columns, rows);
  }

  private static void append(DuckDBConnection c, String table, List<Object[]> rows)
      throws SQLException {
    try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
      for (Object[] row : rows) {
        a.beginRow();
        for (Object v : row) {
          if (v == null) {
            a.appendNull();
          } else if (v instanceof String s) {
            a.append(s);
          } else if (v instanceof Integer i) {
            a.append(i.intValue());
          } else if (v instanceof Long l) {
            a.append(l.longValue());
          } else if (v instanceof Double d) {
            a.append(d.doubleValue());
          } else if (v instanceof Boolean b) {
            a.append(b.booleanValue());
          } else if (v instanceof LocalDate d) {
            a.append(DateBounds.check(d, "date"));
          } else if (v instanceof java.sql.Timestamp t) {
            a.append(t.toLocalDateTime());
          } else {
            throw new SQLException("appender: unsupported value type " + v.getClass());
          }
        }
        a.endRow();
      }
      a.flush();
    }
  }

  /** Inserts rows with multi-row VALUES statements (any database). */
  static void insertValues(Connection c, String table, String columns, List<Object[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    int width = rows.get(0).length;
    for (int from = 0; from < rows.size(); from += CHUNK) {
      List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + CHUNK));
      StringBuilder sql = new StringBuilder("INSERT INTO ").append(table)
          .append(" (").append(columns).append(") VALUES ");
      String tuple = "(" + placeholders(width) + ")";
      for (int i = 0; i < part.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append(tuple);
      }
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        int p = 1;
        for (Object[] row : part) {
          for (Object v : row) {
            bind(ps, p++, v);
          }
        }
        ps.executeUpdate();
      }
    }
  }

  /**
   * A LIKE pattern (with {@code ESCAPE '\\'}) for lower-case values that contain {@code text}:
   * stripped, lower-cased, its {@code %}, {@code _} and backslashes taken literally.
   */
  static String containing(String text) {
    return "%" + text.strip().toLowerCase(java.util.Locale.ROOT)
        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /** {@code ?, ?, ?} with n marks. */
  static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  /**
   * Binds one parameter. A date is bound without {@code java.sql.Date}, whose era DuckDB's driver
   * drops (-2024-06-01 would become 2025-06-01): as an ISO string on DuckDB, as a {@code
   * LocalDate} on PostgreSQL; a date outside {@link DateBounds} is bad input.
   */
  static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
    if (v instanceof LocalDate d) {
      DateBounds.check(d, "date");
      if (ps.isWrapperFor(DuckDBPreparedStatement.class)) {
        ps.setString(i, d.toString());
      } else {
        ps.setObject(i, d);
      }
    } else if (v instanceof java.sql.Array a) {
      ps.setArray(i, a);
    } else if (v == null) {
      ps.setNull(i, java.sql.Types.NULL);
    } else {
      ps.setObject(i, v);
    }
  }

  /** Runs a query with bound parameters and maps every row. */
  static <T> List<T> query(Connection c, String sql, List<?> params, RowMapper<T> mapper)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        bind(ps, i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
        return out;
      }
    }
  }

  /** Runs an update with bound parameters. */
  static int update(Connection c, String sql, List<?> params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        bind(ps, i + 1, params.get(i));
      }
      return ps.executeUpdate();
    }
  }

  /**
   * Runs {@code sqlWithIn}, whose one {@code IN IN_LIST} marker stands for the keys, bound as one
   * array ({@link #inArray}). Keys are all Strings or all Longs.
   */
  static <T> List<T> queryIn(Connection c, String sqlWithIn, Collection<?> keys,
      RowMapper<T> mapper) throws SQLException {
    if (keys.isEmpty()) {
      return new ArrayList<>();
    }
    return query(c, sqlWithIn.replace("IN IN_LIST", inArray(c, keys)), List.of(array(c, keys)),
        mapper);
  }

  /**
   * The condition that stands for {@code IN IN_LIST} with the keys bound as one array parameter:
   * on DuckDB {@code IN (SELECT unnest(?))}, which DuckDB answers with an ART index scan when the
   * column has one and few rows match (a join with a key table would scan the whole table, every
   * projected column included); on PostgreSQL {@code = ANY(?)}, a B-tree look-up.
   */
  static String inArray(Connection c, Collection<?> keys) throws SQLException {
    if (c.isWrapperFor(DuckDBConnection.class)) {
      return "IN (SELECT unnest(?::" + (keys.iterator().next() instanceof Long ? "BIGINT"
          : "VARCHAR") + "[]))";
    }
    return "= ANY(?)";
  }

  /** A span of days {@code [lo, hi]} (epoch days) of one bucket. */
  record Window(String bucket, int lo, int hi) {}

  /**
   * Runs {@code sqlWithWindows}, whose {@code WINDOWS w} marker stands for a relation
   * {@code w(bucket, lo, hi)} of the windows (see {@link #queryRelation}).
   */
  static <T> List<T> queryWindows(Connection c, String sqlWithWindows, List<Window> windows,
      RowMapper<T> mapper) throws SQLException {
    List<Object[]> rows = new ArrayList<>(windows.size());
    for (Window w : windows) {
      rows.add(new Object[] {w.bucket(), w.lo(), w.hi()});
    }
    return queryRelation(c, sqlWithWindows.replace("WINDOWS w", "RELATION w"), WINDOWS, rows,
        mapper);
  }

  /**
   * A relation of rows given with a statement: its name on DuckDB (a temporary table) and its
   * columns with their DuckDB and PostgreSQL types.
   */
  record Relation(String table, List<String> columns, List<String> duckTypes,
      List<String> pgTypes) {}

  static final Relation WINDOWS = new Relation("annals_windows", List.of("bucket", "lo", "hi"),
      List.of("VARCHAR", "INTEGER", "INTEGER"), List.of("varchar", "integer", "integer"));

  /**
   * Runs {@code sql}, whose {@code RELATION x} marker stands for the rows as relation {@code x}:
   * on DuckDB a temporary table filled by the appender, on PostgreSQL {@code unnest} of one
   * array per column. The statement may be a query or an {@code INSERT ... SELECT} (then the
   * mapper is not called and the result is empty).
   */
  static <T> List<T> queryRelation(Connection c, String sql, Relation r, List<Object[]> rows,
      RowMapper<T> mapper) throws SQLException {
    if (rows.isEmpty()) {
      return new ArrayList<>();
    }
    int at = sql.indexOf("RELATION ");
    String alias = sql.substring(at + 9).split("[\\s)]", 2)[0];
    String marker = "RELATION " + alias;
    boolean isQuery = sql.stripLeading().toUpperCase(java.util.Locale.ROOT).startsWith("SELECT");
    if (c.isWrapperFor(DuckDBConnection.class)) {
      try (java.sql.Statement s = c.createStatement()) {
        List<String> defs = new ArrayList<>();
        for (int i = 0; i < r.columns().size(); i++) {
          defs.add(r.columns().get(i) + " " + r.duckTypes().get(i));
        }
        s.execute("CREATE TEMP TABLE IF NOT EXISTS " + r.table() + " (" + String.join(", ", defs)
            + ")");
        s.execute("DELETE FROM " + r.table());
      }
      append(c.unwrap(DuckDBConnection.class), r.table(), rows);
      String q = sql.replace(marker, r.table() + " " + alias);
      return isQuery ? query(c, q, List.of(), mapper) : run(c, q, List.of());
    }
    List<Object> arrays = new ArrayList<>();
    List<String> casts = new ArrayList<>();
    for (int i = 0; i < r.columns().size(); i++) {
      int col = i;
      arrays.add(c.createArrayOf(r.pgTypes().get(i), rows.stream().map(row -> row[col]).toArray()));
      casts.add("?::" + r.pgTypes().get(i) + "[]");
    }
    String q = sql.replace(marker, "unnest(" + String.join(", ", casts) + ") AS " + alias + "("
        + String.join(", ", r.columns()) + ")");
    return isQuery ? query(c, q, arrays, mapper) : run(c, q, arrays);
  }

  private static <T> List<T> run(Connection c, String sql, List<?> params) throws SQLException {
    update(c, sql, params);
    return new ArrayList<>();
  }

  /** Runs an update with one {@code IN IN_LIST} marker (see {@link #queryIn}). */
  static void updateIn(Connection c, String sqlWithIn, Collection<?> keys) throws SQLException {
    if (keys.isEmpty()) {
      return;
    }
    update(c, sqlWithIn.replace("IN IN_LIST", inArray(c, keys)), List.of(array(c, keys)));
  }

  /** The keys (all Strings or all Longs) as a JDBC array parameter. */
  static java.sql.Array array(Connection c, Collection<?> keys) throws SQLException {
    boolean longs = keys.iterator().next() instanceof Long;
    return c.createArrayOf(longs ? "bigint" : "varchar",
        longs ? keys.toArray(new Long[0]) : keys.toArray(new Object[0]));
  }

  /** A DATE column with its era (DuckDB's driver gives a {@code LocalDate}, PostgreSQL's converts). */
  static LocalDate date(ResultSet rs, String column) throws SQLException {
    Object v = rs.getObject(column);
    return v == null ? null : v instanceof LocalDate d ? d : rs.getObject(column, LocalDate.class);
  }
}
