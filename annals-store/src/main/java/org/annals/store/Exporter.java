package org.annals.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.AnnalsException;

/**
 * Writes canonical events to files: GDELT 2.0 event table, PLOVER JSON lines, CSV, Parquet (via
 * an in-memory DuckDB's {@code COPY ... (FORMAT PARQUET)}, for either backend). No ingest-time
 * fields are written. Not thread-safe: the caller serialises.
 */
final class Exporter {
  /** A canonical event with its representative article's URL. */
  record Row(CanonicalEvent event, String url) {}

  private final Connection c;

  Exporter(Connection c) {
    this.c = c;
  }

  long export(ExportFormat format, EventQuery filter, Path out) throws SQLException {
    List<Row> rows = rows(filter);
    try {
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      switch (format) {
        case GDELT -> lines(out, rows.stream().map(ExportRows::gdelt).toList());
        case PLOVER -> lines(out, rows.stream().map(r -> Codec.write(ExportRows.plover(r))).toList());
        case CSV -> csv(out, rows);
        case PARQUET -> parquet(out, rows);
      }
    } catch (IOException e) {
      throw new AnnalsException("cannot write " + out + ": " + e.getMessage(), e);
    }
    return rows.size();
  }

  private List<Row> rows(EventQuery q) throws SQLException {
    EventFilter f = EventFilter.of(q);
    return Sql.query(c, StoreReader.CANONICAL + ", c.source_url FROM canonical c" + f.where()
        + f.orderBy(), f.params(), rs -> new Row(StoreReader.canonical(rs), rs.getString(8)));
  }

  private static void lines(Path out, List<String> lines) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String l : lines) {
        w.write(l);
        w.write('\n');
      }
    }
  }

  private static void csv(Path out, List<Row> rows) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", ExportRows.CSV_COLUMNS));
    for (Row r : rows) {
      List<String> cells = new ArrayList<>();
      for (Object v : ExportRows.flat(r)) {
        cells.add(csvCell(v));
      }
      lines.add(String.join(",", cells));
    }
    lines(out, lines);
  }

  static String csvCell(Object v) {
    if (v == null) {
      return "";
    }
    String s = v.toString();
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  private static void parquet(Path out, List<Row> rows) throws SQLException, IOException {
    Files.deleteIfExists(out);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      List<String> cols = new ArrayList<>();
      for (int i = 0; i < ExportRows.CSV_COLUMNS.size(); i++) {
        cols.add("\"" + ExportRows.CSV_COLUMNS.get(i) + "\" " + ExportRows.CSV_TYPES.get(i));
      }
      try (Statement s = duck.createStatement()) {
        s.execute("CREATE TABLE events (" + String.join(", ", cols) + ")");
      }
      List<Object[]> values = new ArrayList<>();
      for (Row r : rows) {
        values.add(ExportRows.flat(r).toArray());
      }
      Sql.insert(duck, "events", "\"" + String.join("\", \"", ExportRows.CSV_COLUMNS) + "\"",
          values);
      try (Statement s = duck.createStatement()) {
        // COPY takes no parameters; the path is a quoted literal (quotes doubled).
        String path = out.toAbsolutePath().toString().replace("'", "''");
        s.execute("COPY (SELECT * FROM events) TO '" + path + "' (FORMAT PARQUET)");
      }
    }
  }
}
