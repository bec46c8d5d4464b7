package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer keeps DuckDB's checkpoint threshold as large as the database file. */
class CheckpointsTest {
  @TempDir
  Path tmp;

  @Test
  void theThresholdFollowsTheFileBetweenItsBounds() {
    assertThat(Checkpoints.threshold(0)).isEqualTo(Checkpoints.MIN_BYTES);
    assertThat(Checkpoints.threshold(Checkpoints.MIN_BYTES + 1)).isEqualTo(Checkpoints.MIN_BYTES);
    assertThat(Checkpoints.threshold((700L << 20) + 12_345)).isEqualTo(700L << 20);
    assertThat(Checkpoints.threshold(Long.MAX_VALUE)).isEqualTo(Checkpoints.MAX_BYTES);
  }

  @Test
  void theDatabasesThresholdFollowsTheFileAsItGrows() throws Exception {
    Path file = tmp.resolve("c.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      Checkpoints checkpoints = new Checkpoints(file);
      checkpoints.apply(c); // no file yet
      assertThat(threshold(c)).isEqualTo(Checkpoints.MIN_BYTES);
      try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
        f.setLength((700L << 20) + 4096); // sparse: the size a grown store would have
      }
      checkpoints.apply(c);
      assertThat(threshold(c)).isEqualTo(700L << 20);
    }
  }

  @Test
  void aDatabaseInMemoryKeepsItsThreshold() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      long before = threshold(c);
      new Checkpoints(null).apply(c);
      assertThat(threshold(c)).isEqualTo(before);
    }
  }

  /** The database's checkpoint threshold in bytes. */
  private static long threshold(Connection c) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_setting('checkpoint_threshold')")) {
      rs.next();
      String v = rs.getString(1).strip(); // e.g. "256.0 MiB"
      String[] parts = v.split("\\s+");
      double n = Double.parseDouble(parts[0]);
      long unit = switch (parts[1]) {
        case "KiB" -> 1L << 10;
        case "MiB" -> 1L << 20;
        case "GiB" -> 1L << 30;
        default -> 1;
      };
      return Math.round(n * unit);
    }
  }
}
