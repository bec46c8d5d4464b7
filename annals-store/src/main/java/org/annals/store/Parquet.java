package org.annals.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Writes {@link FlatRows} as Parquet through an in-memory DuckDB (for either backend). */
final class Parquet {
  private Parquet() {}

  static void write(Path out, List<ExportRow> rows) throws SQLException {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      List<String> cols = new ArrayList<>();
      for (FlatRows.Column col : FlatRows.COLUMNS) {
        cols.add("\"" + col.name() + "\" " + col.type());
      }
      try (Statement s = duck.createStatement()) {
        s.execute("CREATE TABLE events (" + String.join(", ", cols) + ")");
      }
      List<Object[]> values = new ArrayList<>();
      for (ExportRow r : rows) {
        values.add(FlatRows.row(r).toArray());
      }
      Sql.insert(duck, "events", null, values);
      try (Statement s = duck.createStatement()) {
        // COPY takes no parameters; the path is a quoted literal (quotes doubled).
        String path = out.toAbsolutePath().toString().replace("'", "''");
        s.execute("COPY (SELECT * FROM events) TO '" + path + "' (FORMAT PARQUET)");
      }
    }
  }
}
