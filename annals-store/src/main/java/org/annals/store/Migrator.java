package org.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.model.AnnalsException;
import org.annals.model.Article;

/**
 * A tiny migration runner shared by both databases: numbered SQL files listed in
 * {@code migrations/index.txt}, a per-dialect file ({@code V001__init.postgresql.sql}) where the
 * SQL differs, a {@code schema_version} table with checksums. Each migration runs in its own
 * transaction. Not thread-safe; run once at open.
 */
final class Migrator {
  private static final String BASE = "/org/annals/store/migrations/";

  /** One migration file. */
  record Migration(int version, String name, String sql) {
    String checksum() {
      return Article.sha256Hex(sql).substring(0, 16);
    }
  }

  private Migrator() {}

  /** All migrations for a dialect, in order. */
  static List<Migration> load(Dialect dialect) {
    List<Migration> out = new ArrayList<>();
    for (String line : read("index.txt").split("\n")) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+");
      String stem = "V" + parts[0] + "__" + parts[1];
      String sql = exists(stem + "." + dialect.suffix + ".sql")
          ? read(stem + "." + dialect.suffix + ".sql") : read(stem + ".sql");
      out.add(new Migration(Integer.parseInt(parts[0]), parts[1], sql));
    }
    return out;
  }

  /** Applies the pending migrations; returns the schema version. */
  static int migrate(Connection c, Dialect dialect) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      dialect.lockForWrite(c);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
            + " name VARCHAR NOT NULL, checksum VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
      }
      c.commit();
      Map<Integer, String> applied = applied(c);
      List<Migration> all = load(dialect);
      int max = all.isEmpty() ? 0 : all.get(all.size() - 1).version();
      for (int v : applied.keySet()) {
        if (v > max) {
          throw new AnnalsException("store schema version " + v + " is newer than this Annals"
              + " knows (" + max + "); use a newer Annals");
        }
      }
      for (Migration m : all) {
        apply(c, dialect, m, applied.get(m.version()));
      }
      return max;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static void apply(Connection c, Dialect dialect, Migration m, String appliedChecksum)
      throws SQLException {
    if (appliedChecksum != null) {
      if (!appliedChecksum.equals(m.checksum())) {
        throw new AnnalsException("migration " + m.version() + " (" + m.name() + ") was changed"
            + " after it was applied to this store; restore it and add a new migration");
      }
      return;
    }
    dialect.lockForWrite(c);
    try (Statement s = c.createStatement()) {
      for (String stmt : statements(m.sql())) {
        s.execute(stmt);
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO schema_version (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
      ps.setInt(1, m.version());
      ps.setString(2, m.name());
      ps.setString(3, m.checksum());
      ps.setTimestamp(4, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
    c.commit();
  }

  private static Map<Integer, String> applied(Connection c) throws SQLException {
    Map<Integer, String> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version")) {
      while (rs.next()) {
        out.put(rs.getInt(1), rs.getString(2));
      }
    }
    return out;
  }

  /** Splits a file at semicolons that end a line; drops comment-only lines. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      cur.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        String s = cur.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }

  private static boolean exists(String name) {
    return Migrator.class.getResource(BASE + name) != null;
  }

  private static String read(String name) {
    try (InputStream in = Migrator.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new AnnalsException("missing migration resource " + BASE + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AnnalsException("cannot read migration " + name + ": " + e, e);
    }
  }
}
