package org.annals.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An integrity check of a closed DuckDB store: every query counts rows that must not exist
 * (orphans, counts that disagree). {@link #problems} is empty for a sound store.
 */
final class StoreIntegrity {
  private static final Map<String, String> CHECKS = new LinkedHashMap<>();

  static {
    CHECKS.put("mentions without their article",
        "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)");
    CHECKS.put("members without their mention or canonical event", "SELECT count(*) FROM canonical_members cm"
        + " WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.id = cm.mention_id)"
        + " OR NOT EXISTS (SELECT 1 FROM canonical c WHERE c.id = cm.canonical_id)");
    CHECKS.put("actors without their canonical event", "SELECT count(*) FROM canonical_actors ca"
        + " WHERE NOT EXISTS (SELECT 1 FROM canonical c WHERE c.id = ca.canonical_id)");
    CHECKS.put("canonical events whose mention count is not their members'", "SELECT count(*) FROM canonical c"
        + " WHERE c.mentions <> (SELECT count(*) FROM canonical_members cm WHERE cm.canonical_id = c.id)");
    for (String t : new String[] {"warnings", "claims", "claim_verdicts", "article_bands"}) {
      CHECKS.put(t + " without their article", "SELECT count(*) FROM " + t
          + " x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)");
    }
    CHECKS.put("articles without sentences", "SELECT count(*) FROM articles WHERE sentence_count < 1");
    CHECKS.put("internal skips", "SELECT count(*) FROM skips WHERE reason = 'internal'");
  }

  private StoreIntegrity() {}

  /** Problem to the number of rows that show it; empty when the store is sound. */
  static Map<String, Long> problems(String jdbcUrl) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
      for (Map.Entry<String, String> check : CHECKS.entrySet()) {
        try (ResultSet rs = s.executeQuery(check.getValue())) {
          rs.next();
          if (rs.getLong(1) != 0) {
            out.put(check.getKey(), rs.getLong(1));
          }
        }
      }
    }
    return out;
  }

  /** Rows of a table. */
  static long count(String jdbcUrl, String table) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
