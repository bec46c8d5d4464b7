package org.annals.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.annals.model.AnnalsException;
import org.annals.model.BadInputException;

/** The two supported databases: how to connect, and the few places where their SQL differs. */
enum Dialect {
  DUCKDB("duckdb"), POSTGRESQL("postgresql");

  final String suffix;

  Dialect(String suffix) {
    this.suffix = suffix;
  }

  static Dialect of(String jdbcUrl) {
    if (jdbcUrl == null) {
      throw new BadInputException("store URL is missing");
    }
    if (jdbcUrl.startsWith("jdbc:duckdb:")) {
      return DUCKDB;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new BadInputException("unsupported store URL '" + jdbcUrl
        + "': use jdbc:duckdb:PATH or jdbc:postgresql://HOST:PORT/DB?user=NAME");
  }

  /** The DuckDB file of a {@code jdbc:duckdb:} URL, or null for an in-memory database. */
  static Path duckdbFile(String jdbcUrl) {
    String rest = jdbcUrl.substring("jdbc:duckdb:".length());
    int q = rest.indexOf('?');
    if (q >= 0) {
      rest = rest.substring(0, q);
    }
    return rest.isBlank() || rest.equals(":memory:") || rest.startsWith(":memory:")
        ? null : Path.of(rest);
  }

  /**
   * DuckDB writes committed transactions to its write-ahead log and moves them into the database
   * file at a checkpoint, once the log exceeds a threshold (DuckDB's default is 16 MB, about two
   * batches of 1,000 articles). A connection starts with this one; the writer then keeps it as
   * large as the database file ({@link Checkpoints}), because each checkpoint writes the changed
   * tables' ART indexes whole and so costs more as the store grows (docs/STORE.md, Checkpoints);
   * committed data is durable in the log either way, and a crash costs only a longer log replay
   * at the next open.
   */
  static final String DUCKDB_CHECKPOINT_THRESHOLD = (Checkpoints.MIN_BYTES >> 20) + "MiB";

  /**
   * DuckDB turns a key list ({@code IN (SELECT unnest(?))}, {@link Sql#inArray}) into a filter of
   * the table scan, which an ART index then answers, only up to this many keys (its default is
   * 50); beyond it, it joins and scans the whole table. The claim verifier's look-up of a pair's
   * events and the writer's look-ups pass more keys than 50 as the store grows.
   */
  static final int DUCKDB_IN_FILTER_KEYS = 2048;

  /**
   * Opens a connection, creating the DuckDB file's folder and setting its checkpoint threshold and
   * key-list filter size; explains a locked DuckDB file.
   */
  Connection connect(String jdbcUrl) {
    try {
      if (this == DUCKDB) {
        Path file = duckdbFile(jdbcUrl);
        if (file != null && file.toAbsolutePath().getParent() != null) {
          Files.createDirectories(file.toAbsolutePath().getParent());
        }
      }
      Connection c = DriverManager.getConnection(jdbcUrl);
      if (this == DUCKDB) {
        try (Statement s = c.createStatement()) {
          s.execute("SET checkpoint_threshold = '" + DUCKDB_CHECKPOINT_THRESHOLD + "'");
          s.execute("SET GLOBAL dynamic_or_filter_threshold = " + DUCKDB_IN_FILTER_KEYS);
        }
      }
      return c;
    } catch (SQLException e) {
      throw explain(jdbcUrl, e);
    } catch (java.io.IOException e) {
      throw new AnnalsException("cannot create the folder of store " + jdbcUrl + ": " + e, e);
    }
  }

  private AnnalsException explain(String jdbcUrl, SQLException e) {
    String msg = String.valueOf(e.getMessage());
    if (this == DUCKDB && msg.toLowerCase(Locale.ROOT).contains("lock")) {
      return new AnnalsException("store " + duckdbFile(jdbcUrl) + " is in use by another process"
          + " (DuckDB allows one process per file); stop that process or use another --store. "
          + "DuckDB said: " + msg, e);
    }
    return new AnnalsException("cannot open store " + redact(jdbcUrl) + ": " + msg, e);
  }

  /** The URL without a password parameter, for messages. */
  static String redact(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  /** Serialises writers across processes (PostgreSQL); DuckDB's file lock already does. */
  void lockForWrite(Connection c) throws SQLException {
    if (this == POSTGRESQL) {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(7245361)");
      }
    }
  }
}
