package org.annals.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DuckDB's automatic checkpoint threshold, kept as large as the database file (at least {@link
 * #MIN_BYTES}, at most {@link #MAX_BYTES}). A checkpoint moves the write-ahead log into the file
 * and writes every changed table's ART indexes out whole (DuckDB 1.4), so its cost grows with the
 * store; with a fixed threshold the checkpoints come at a fixed rate of writing and an ingest
 * slows down as the store fills. With the threshold proportional to the file, the checkpoints'
 * cost per byte written stays about constant (each one at most doubles the data it moves), at the
 * price of a write-ahead log as large as the file between checkpoints (replayed at the next open
 * after a crash; committed data is durable in the log either way). docs/STORE.md, "Checkpoints".
 * Not thread-safe: called under the store's write lock.
 */
final class Checkpoints {
  /** The smallest threshold: DuckDB's default (16 MB) makes a checkpoint every second batch. */
  static final long MIN_BYTES = 256L << 20;

  /**
   * The largest threshold: a log of this size is held in DuckDB's memory (or its temporary
   * files) until the checkpoint, and replayed at the next open after a crash.
   */
  static final long MAX_BYTES = 8L << 30;

  private final Path file;
  private long current = -1;

  /** @param file the DuckDB database file, or null (in memory: nothing to tune) */
  Checkpoints(Path file) {
    this.file = file;
  }

  /** The threshold for a database file of {@code fileBytes}, in whole megabytes. */
  static long threshold(long fileBytes) {
    long bytes = Math.min(MAX_BYTES, Math.max(MIN_BYTES, fileBytes));
    return bytes >> 20 << 20;
  }

  /** Sets the threshold for the file's current size, when it changed since the last call. */
  void apply(Connection c) throws SQLException {
    if (file == null) {
      return;
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = 0; // not created yet: the smallest threshold
    }
    long want = threshold(size);
    if (want == current) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute("SET GLOBAL checkpoint_threshold = '" + (want >> 20) + "MiB'");
    }
    current = want;
  }
}
