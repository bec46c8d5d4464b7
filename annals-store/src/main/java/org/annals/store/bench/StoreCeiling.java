package org.annals.store.bench;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.annals.store.EventStore;

/**
 * DuckDB's own cost of writing a store's rows, with no Java in the loop: the ceiling of any
 * writer of those rows on this machine (docs/STORE.md, Benchmarks). Not a test:
 * <pre>
 * java -cp ... org.annals.store.bench.StoreCeiling SRC.duckdb DEST.duckdb [BATCH_ARTICLES] [BLANK...]
 * </pre>
 * Loads every row of the store {@code SRC} into temporary tables of a fresh store {@code DEST}
 * (made by the real migrations), then times copying them into its tables, one transaction per
 * {@code BATCH_ARTICLES} articles (default 1,000; a canonical event goes with the batch of its
 * first member's article) as the writer commits, plus the final checkpoint, and prints events/s.
 * Each {@code BLANK} shows what a leaner schema would buy: {@code table.column} stores that
 * column empty ({@code ''}), {@code table} stores none of its rows.
 */
public final class StoreCeiling {
  static final String[] TABLES = {"articles", "article_bands", "warnings", "claims", "mentions",
      "canonical", "canonical_actors", "canonical_members", "canonical_pairs"};

  private StoreCeiling() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: StoreCeiling SRC.duckdb DEST.duckdb [BATCH_ARTICLES] [BLANK...]");
      System.exit(2);
    }
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    List<String> blank = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
    new File(args[1]).delete();
    new File(args[1] + ".wal").delete();
    EventStore.open("jdbc:duckdb:" + args[1]).close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[1]);
        Statement s = c.createStatement()) {
      s.execute("SET checkpoint_threshold = '256MB'"); // as the store's own connection (Dialect)
      int batches = load(s, args[0], batch, blank);
      long t0 = System.nanoTime();
      c.setAutoCommit(false);
      for (int b = 0; b < batches; b++) {
        for (String t : TABLES) {
          s.execute("INSERT INTO " + t + " SELECT * EXCLUDE (annals_batch) FROM x_" + t
              + " WHERE annals_batch = " + b);
        }
        c.commit();
      }
      long t1 = System.nanoTime();
      c.setAutoCommit(true);
      s.execute("CHECKPOINT");
      long t2 = System.nanoTime();
      long events = count(s, "SELECT count(*) FROM mentions");
      System.out.printf(Locale.ROOT, "ceiling: %d events in %d transactions: inserts and commits"
          + " %.0f ms, checkpoint %.0f ms, total %.2f s = %.0f events/s%s%n", events, batches,
          (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e9, events / ((t2 - t0) / 1e9),
          blank.isEmpty() ? "" : " (blank: " + String.join(", ", blank) + ")");
    }
  }

  /** The source rows, numbered by batch, in temporary tables; returns the number of batches. */
  private static int load(Statement s, String src, int batch, List<String> blank)
      throws SQLException {
    s.execute("ATTACH '" + src.replace("'", "''") + "' AS src (READ_ONLY)");
    s.execute("CREATE TEMP TABLE annals_ab AS SELECT id, (row_number() OVER (ORDER BY rowid) - 1)"
        + " // " + batch + " AS b FROM src.articles");
    s.execute("CREATE TEMP TABLE annals_cb AS SELECT cm.canonical_id AS id, min(ab.b) AS b"
        + " FROM src.canonical_members cm JOIN src.mentions m ON m.id = cm.mention_id"
        + " JOIN annals_ab ab ON ab.id = m.article_id GROUP BY 1");
    for (String t : TABLES) {
      String join = switch (t) {
        case "articles" -> "annals_ab k ON k.id = x.id";
        case "canonical" -> "annals_cb k ON k.id = x.id";
        case "canonical_actors", "canonical_members", "canonical_pairs" ->
            "annals_cb k ON k.id = x.canonical_id";
        default -> "annals_ab k ON k.id = x.article_id";
      };
      s.execute("CREATE TEMP TABLE x_" + t + " AS SELECT x.*, k.b AS annals_batch FROM src." + t
          + " x JOIN " + join + (blank.contains(t) ? " WHERE false" : ""));
    }
    for (String b : blank) {
      int dot = b.indexOf('.');
      if (dot > 0) {
        s.execute("UPDATE x_" + b.substring(0, dot) + " SET " + b.substring(dot + 1) + " = ''");
      }
    }
    s.execute("DETACH src");
    return (int) count(s, "SELECT coalesce(max(b) + 1, 0) FROM annals_ab");
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
