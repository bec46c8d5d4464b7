package org.annals.store.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two DuckDB store files table by table: for every table of the first, the row count
 * in each and the rows of one missing from the other (as multisets, {@code EXCEPT ALL}), leaving
 * out ingest-time columns (TIMESTAMP columns and names ending in {@code _at}). Prints one line per
 * table and exits 0 when the stores are identical, 1 when they differ. Used for the
 * reproducibility and kill -9 figures of docs/EVALUATION.md; not used by the product.
 *
 * <pre>java -cp ... org.annals.store.bench.StoreCompare A.duckdb B.duckdb</pre>
 */
public final class StoreCompare {
  private StoreCompare() {}

  public static void main(String[] args) throws SQLException {
    if (args.length != 2) {
      System.err.println("usage: StoreCompare A.duckdb B.duckdb");
      System.exit(2);
    }
    boolean same = compare(args[0], args[1], System.out);
    System.out.println(same ? "identical" : "DIFFERENT");
    System.exit(same ? 0 : 1);
  }

  /**
   * Compares two DuckDB store files (closed by their writers), printing one line per table to
   * {@code out}; returns whether they are identical.
   */
  public static boolean compare(String fileA, String fileB, java.io.PrintStream out)
      throws SQLException {
    boolean same = true;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("ATTACH '" + fileA.replace("'", "''") + "' AS a (READ_ONLY)");
      st.execute("ATTACH '" + fileB.replace("'", "''") + "' AS b (READ_ONLY)");
      for (String table : tables(st)) {
        same &= compare(st, table, out);
      }
    }
    return same;
  }

  private static List<String> tables(Statement st) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
        + "WHERE table_catalog = 'a' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static boolean compare(Statement st, String table, java.io.PrintStream out)
      throws SQLException {
    List<String> cols = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT column_name, data_type FROM information_schema.columns "
        + "WHERE table_catalog = 'a' AND table_name = '" + table + "' ORDER BY ordinal_position")) {
      while (rs.next()) {
        String name = rs.getString(1);
        if (!rs.getString(2).startsWith("TIMESTAMP") && !name.endsWith("_at")) {
          cols.add('"' + name + '"');
        }
      }
    }
    String list = String.join(", ", cols);
    long na = count(st, "SELECT count(*) FROM a.\"" + table + "\"");
    long nb = count(st, "SELECT count(*) FROM b.\"" + table + "\"");
    long onlyA = count(st, "SELECT count(*) FROM (SELECT " + list + " FROM a.\"" + table + "\" EXCEPT ALL SELECT "
        + list + " FROM b.\"" + table + "\")");
    long onlyB = count(st, "SELECT count(*) FROM (SELECT " + list + " FROM b.\"" + table + "\" EXCEPT ALL SELECT "
        + list + " FROM a.\"" + table + "\")");
    out.printf("%-20s rows %8d / %8d   only in first %d, only in second %d%n", table, na, nb, onlyA, onlyB);
    return onlyA == 0 && onlyB == 0;
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
