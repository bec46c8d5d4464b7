package org.annals.ingest;

import static org.annals.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Provenance;
import org.annals.model.budget.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each pathological article is skipped as {@code budget} within its budget, the skip is stored,
 * and the worker goes on with the next article (issue 16, item 3).
 */
class BudgetIngestTest {
  static final Budget BUDGET = new Budget(20_000, 400, 3_000, Duration.ofMillis(800));
  @TempDir Path dir;
  final Map<String, Long> millis = new ConcurrentHashMap<>();

  /** Sleeps 5 s on "SLOW"; else one sentence per period. Records how long each file took. */
  final Function<Article, CodedArticle> coder = a -> {
    if (a.text().contains("SLOW")) {
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted");
      }
    }
    return new CodedArticle(a, List.of(), List.of(), List.of(), a.text().split("\\.\\s").length, 1,
        new Provenance("test", "none", null, null, "0"));
  };

  @Test
  void pathologicalArticlesAreSkippedWithinTheBudgetAndTheRestIsStored() {
    write(dir, "in/1-slow.txt", "SLOW " + Fixtures.NORWAY);
    write(dir, "in/2-long.txt", (Fixtures.CANADA + " ").repeat(100));
    write(dir, "in/3-brackets.txt", Fixtures.CANADA + " " + "[".repeat(5_000));
    write(dir, "in/4-underscores.txt", Fixtures.KENYA + "\n" + String.join("_", java.util.Collections.nCopies(100, "summit_talks_resumed"))
        + "\n" + Fixtures.NORWAY);
    write(dir, "in/5-good.txt", Fixtures.KENYA + " " + Fixtures.CANADA);
    MemorySink sink = new MemorySink();
    IngestConfig config = IngestConfig.of(List.of(dir.resolve("in").toString())).withThreads(1)
        .withProgress(IngestConfig.ProgressMode.OFF).withBudget(BUDGET);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    LanguageFilter languages = new LanguageFilter();
    long t0 = System.nanoTime();
    IngestSummary s = new IngestRunner(config, new SourceFactory(config.readOptions()), () -> coder, sink,
        languages, new PrintStream(err, true, StandardCharsets.UTF_8)).run();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(s.skipped()).as(sink.skips().toString()).isEqualTo(Map.of("budget", 3L));
    assertThat(s.stored()).isEqualTo(2);
    assertThat(sink.skips()).extracting(f -> f.source().substring(f.source().lastIndexOf('/') + 1))
        .containsExactlyInAnyOrder("1-slow.txt", "2-long.txt", "3-brackets.txt");
    assertThat(sink.skips()).filteredOn(f -> f.source().endsWith("1-slow.txt")).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("longer than the budget of 0.8 s"));
    assertThat(ms).as("the slow article is given up at its limit, not after 5 s").isLessThan(2_500);
    CodedArticle underscores = sink.articles.values().stream()
        .filter(c -> c.article().file().endsWith("4-underscores.txt")).findFirst().orElseThrow();
    assertThat(underscores.warnings()).extracting(w -> w.code()).contains("long-sentence-skipped");
    assertThat(underscores.article().text()).contains("resumed_summit");
  }
}
