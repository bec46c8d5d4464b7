package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annals.ingest.bench.IngestBench;
import org.annals.store.EventStore;
import org.annals.store.bench.StoreCompare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a batched ingest (a real child JVM), then the same ingest again, ends in exactly
 * the store of one uninterrupted run, claim verdicts included: what was committed stays whole,
 * what was not is coded again, and claims queued by a batch whose verdicts were not saved yet are
 * verified by the next run.
 */
class BatchCrashTest {
  static final int ARTICLES = 36;
  @TempDir Path tmp;

  @Test
  void killNineMidIngestThenResumeGivesTheStoreOfOneRun() throws Exception {
    String jsonl = IngestBench.write(tmp.resolve("in.jsonl"), 0, ARTICLES, 3).toString();
    Path killed = tmp.resolve("killed.duckdb");
    int seen = runAndKill("jdbc:duckdb:" + killed, jsonl, 2);
    try (EventStore s = EventStore.open("jdbc:duckdb:" + killed)) {
      assertThat(s.stats().articles()).as("every committed batch survived").isGreaterThanOrEqualTo(seen)
          .isLessThan(ARTICLES);
      IngestSummary again = CrashIngestChild.run(s, jsonl, 0);
      assertThat(again.stored() + again.duplicates()).isEqualTo(ARTICLES);
    }
    Path clean = tmp.resolve("clean.duckdb");
    try (EventStore s = EventStore.open("jdbc:duckdb:" + clean)) {
      CrashIngestChild.run(s, jsonl, 0);
    }
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    boolean same = StoreCompare.compare(killed.toString(), clean.toString(),
        new PrintStream(report, true, StandardCharsets.UTF_8));
    assertThat(same).as(report.toString(StandardCharsets.UTF_8)).isTrue();
    assertThat(report.toString(StandardCharsets.UTF_8)).containsPattern("claim_verdicts +rows +12 /");
  }

  /** Starts the child, kills it with SIGKILL once it reported {@code batches} commits. */
  private static int runAndKill(String url, String jsonl, int batches) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        CrashIngestChild.class.getName(), url, jsonl, "40"))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    int seen = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while (n < batches && (line = r.readLine()) != null) {
        if (line.startsWith("committed ")) {
          seen = Integer.parseInt(line.substring(10));
          n++;
        }
      }
      p.destroyForcibly();
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).as("the child committed some batches before the kill").isPositive();
    return seen;
  }
}
