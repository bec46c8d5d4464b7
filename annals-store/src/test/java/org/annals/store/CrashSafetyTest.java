package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during an ingest, then the same ingest again, gives exactly the store of an
 * uninterrupted run (compared table by table). Uses a real child JVM and destroyForcibly().
 */
class CrashSafetyTest {
  static final int ARTICLES = 120;

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
    int seen = runAndKill(killedUrl, 25);
    assertThat(seen).as("child stored some articles before the kill").isBetween(25, ARTICLES - 1);
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

  /** Starts the child, kills it with SIGKILL after it reported {@code after} commits. */
  private int runAndKill(String url, int after) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        CrashIngestMain.class.getName(), url, Integer.toString(ARTICLES)))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    int last = -1;
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("stored ")) {
          last = Integer.parseInt(line.substring(7));
          if (last + 1 >= after) {
            p.destroyForcibly();
            break;
          }
        }
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return last + 1;
  }
}
