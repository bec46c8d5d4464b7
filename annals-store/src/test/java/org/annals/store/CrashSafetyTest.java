package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annals.model.AnnalsException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during an ingest, then the same ingest again, gives exactly the store of an
 * uninterrupted run (compared table by table). Uses a real child JVM and destroyForcibly().
 */
class CrashSafetyTest {
  static final int ARTICLES = 50;

  @TempDir Path tmp;

  @Test
  void duckdbSurvivesKillNineMidIngest() throws Exception {
    check("jdbc:duckdb:" + tmp.resolve("killed/annals.duckdb"),
        "jdbc:duckdb:" + tmp.resolve("clean/annals.duckdb"));
  }

  @Test
  void postgresqlSurvivesKillNineMidIngest() throws Exception {
    Assumptions.assumeTrue(PostgresEventStoreTest.baseUrl() != null,
        PostgresEventStoreTest.ENV + " is not set: skipping the PostgreSQL crash test");
    check(PostgresEventStoreTest.freshSchema("annals_crash_killed"),
        PostgresEventStoreTest.freshSchema("annals_crash_clean"));
  }

  private void check(String killedUrl, String cleanUrl) throws Exception {
    int seen = runAndKill(killedUrl, 12);
    assertThat(seen).as("child stored some articles before the kill").isBetween(12, ARTICLES - 1);
    try (EventStore s = EventStore.open(killedUrl)) {
      long stored = s.stats().articles();
      assertThat(stored).as("every committed article survived; no partial one")
          .isBetween((long) seen, (long) seen + 1);
      for (int i = 0; i < ARTICLES; i++) {
        s.put(Fixtures.synthetic(i, 5));
      }
    }
    try (EventStore s = EventStore.open(cleanUrl)) {
      for (int i = 0; i < ARTICLES; i++) {
        s.put(Fixtures.synthetic(i, 5));
      }
    }
    var killed = StoreDump.dump(killedUrl);
    var clean = StoreDump.dump(cleanUrl);
    for (String table : StoreDump.TABLES) {
      assertThat(killed.get(table)).as(table).isEqualTo(clean.get(table));
    }
    assertThat(clean.get("articles")).hasSize(ARTICLES);
  }

  @Test
  void aSecondProcessOnTheSameDuckdbFileGetsAClearError() throws Exception {
    String url = "jdbc:duckdb:" + tmp.resolve("locked/annals.duckdb");
    Process p = start(url);
    try (BufferedReader r = reader(p)) {
      waitForCommits(r, 1);
      assertThatThrownBy(() -> EventStore.open(url)).isInstanceOf(AnnalsException.class)
          .hasMessageContaining("in use by another process");
    } finally {
      p.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
    }
  }

  private static Process start(String url) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        CrashIngestMain.class.getName(), url, Integer.toString(ARTICLES)))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static BufferedReader reader(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Reads the child's output until it reported {@code n} commits; returns the count seen. */
  private static int waitForCommits(BufferedReader r, int n) throws Exception {
    int last = -1;
    String line;
    while (last + 1 < n && (line = r.readLine()) != null) {
      if (line.startsWith("stored ")) {
        last = Integer.parseInt(line.substring(7));
      }
    }
    return last + 1;
  }

  /** Starts the child, kills it with SIGKILL after it reported {@code after} commits. */
  private int runAndKill(String url, int after) throws Exception {
    Process p = start(url);
    int seen;
    try (BufferedReader r = reader(p)) {
      seen = waitForCommits(r, after);
      p.destroyForcibly();
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return seen;
  }
}
