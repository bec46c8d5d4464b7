package org.annals.flink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collections;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.core.fs.FSDataOutputStream;

/**
 * Writes one Parquet part file of a {@link ParquetTable} for Flink's {@code FileSink}: rows go to
 * an in-memory DuckDB table, and {@link #finish} (at a checkpoint, when the sink rolls the part)
 * has DuckDB write the table as Parquet to a temporary local file whose bytes go to the part's
 * stream. The sink makes the part visible only once the checkpoint completes, so a restored job
 * leaves no partial or duplicate part. Not thread-safe (one per part file).
 */
final class ParquetPartWriter implements BulkWriter<Tuple2<String, String>> {
  private final FSDataOutputStream out;
  private final ParquetTable table;
  private final Connection db;
  private final PreparedStatement insert;

  private ParquetPartWriter(FSDataOutputStream out, ParquetTable table) throws SQLException {
    this.out = out;
    this.table = table;
    this.db = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE t (" + table.columns + ")");
    }
    this.insert = db.prepareStatement("INSERT INTO t VALUES (" + String.join(", ",
        Collections.nCopies(table.width(), "?")) + ")");
  }

  /** The factory the {@code FileSink} asks for a writer per part file. */
  static Factory<Tuple2<String, String>> factory(ParquetTable table) {
    return stream -> {
      try {
        return new ParquetPartWriter(stream, table);
      } catch (SQLException e) {
        throw new IOException("cannot start a Parquet part of " + table.folder() + ": " + e.getMessage(), e);
      }
    };
  }

  @Override
  public void addElement(Tuple2<String, String> element) throws IOException {
    try {
      for (Object[] row : table.rows(Envelopes.outcome(element.f1))) {
        for (int i = 0; i < row.length; i++) {
          insert.setObject(i + 1, row[i] instanceof LocalDate d ? java.sql.Date.valueOf(d) : row[i]);
        }
        insert.addBatch();
      }
    } catch (SQLException e) {
      throw new IOException("cannot add a row to " + table.folder() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IOException("cannot add rows to " + table.folder() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void finish() throws IOException {
    flush();
    Path tmp = Files.createTempFile("annals-" + table.folder() + "-", ".parquet");
    try {
      try (Statement s = db.createStatement()) {
        s.execute("COPY t TO '" + tmp.toString().replace("'", "''") + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
      }
      Files.copy(tmp, out);
      out.flush();
    } catch (SQLException e) {
      throw new IOException("cannot write a Parquet part of " + table.folder() + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(tmp);
      try {
        db.close();
      } catch (SQLException ignored) {
        // the part is written
      }
    }
  }
}
