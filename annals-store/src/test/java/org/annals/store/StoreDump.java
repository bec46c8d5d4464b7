package org.annals.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every table of a store as sorted text rows, without ingest-time columns. */
final class StoreDump {
  static final List<String> TABLES = List.of("articles", "article_bands", "mentions", "canonical",
      "canonical_actors", "canonical_members", "canonical_pairs", "warnings", "claims", "skips",
      "schema_version");

  private StoreDump() {}

  static Map<String, List<String>> dump(String url) throws Exception {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      for (String t : TABLES) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              String col = md.getColumnName(i).toLowerCase();
              if (!col.equals("applied_at") && !col.equals("skipped_at")
                  && !col.equals("ingested_at")) {
                sb.append(col).append('=').append(rs.getString(i)).append('\t');
              }
            }
            rows.add(sb.toString());
          }
        }
        rows.sort(null);
        out.put(t, rows);
      }
    }
    return out;
  }
}
