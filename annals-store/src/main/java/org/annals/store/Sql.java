package org.annals.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

  /** Inserts rows into {@code table} with multi-row VALUES statements. */
  static void insert(Connection c, String table, String columns, List<Object[]> rows)
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

  /** {@code ?, ?, ?} with n marks. */
  static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
    if (v instanceof LocalDate d) {
      ps.setDate(i, Date.valueOf(d));
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

  /** {@code sqlWithIn} contains one {@code (?)} marker {@code IN_LIST}; runs it per chunk of keys. */
  static <T> List<T> queryIn(Connection c, String sqlWithIn, Collection<String> keys,
      RowMapper<T> mapper) throws SQLException {
    List<T> out = new ArrayList<>();
    List<String> all = new ArrayList<>(keys);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> part = all.subList(from, Math.min(all.size(), from + CHUNK));
      out.addAll(query(c, sqlWithIn.replace("IN_LIST", "(" + placeholders(part.size()) + ")"),
          part, mapper));
    }
    return out;
  }

  /** Runs an update with one {@code IN_LIST} marker per chunk of keys. */
  static void updateIn(Connection c, String sqlWithIn, Collection<String> keys)
      throws SQLException {
    List<String> all = new ArrayList<>(keys);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> part = all.subList(from, Math.min(all.size(), from + CHUNK));
      update(c, sqlWithIn.replace("IN_LIST", "(" + placeholders(part.size()) + ")"), part);
    }
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
