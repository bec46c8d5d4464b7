package org.annals.ingest;

import static org.annals.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.annals.model.CodedArticle;
import org.annals.model.Provenance;
import org.annals.store.EventStore;
import org.annals.store.IngestStats;
import org.annals.store.Skip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner against the real DuckDB store (a stand-in coder, so no CoreNLP). */
class StoreIngestTest {
  @TempDir Path dir;
  /** How many articles the stand-in coder was asked to code. */
  private final java.util.concurrent.atomic.AtomicInteger coded = new java.util.concurrent.atomic.AtomicInteger();

  private IngestSummary ingest(String url, int threads, Path input) {
    IngestConfig config = IngestConfig.of(List.of(input.toString())).withThreads(threads)
        .withProgress(IngestConfig.ProgressMode.OFF);
    try (EventStore store = EventStore.open(url)) {
      return new IngestRunner(config, new SourceFactory(config.readOptions()),
          a -> coded.incrementAndGet() < 0 ? null : new CodedArticle(a, List.of(), List.of(), List.of(), 2, 40, new Provenance("test", "none", null, null, "0")),
          new StoreSink(store), new LanguageFilter(), new PrintStream(new ByteArrayOutputStream(), true,
              StandardCharsets.UTF_8)).run();
    }
  }

  private Path input() {
    write(dir, "in/a.txt", "OSLO, July 3, 2025 — " + Fixtures.NORWAY);
    write(dir, "in/b.jsonl", "{\"text\":\"" + Fixtures.KENYA + "\",\"url\":\"https://w.example/k\"}\n{oops\n"
        + "{\"text\":\"" + Fixtures.GERMAN + "\"}\n{\"text\":\"" + Fixtures.CANADA + "\",\"date\":\"2023-11-04\"}\n");
    write(dir, "in/c.html", "<html><body><nav>menu</nav></body></html>");
    return dir.resolve("in");
  }

  @Test
  void storesArticlesKeepsDeadLettersAndASecondRunChangesNothing() {
    Path in = input();
    String url = "jdbc:duckdb:" + dir.resolve("store.duckdb");
    IngestSummary first = ingest(url, 2, in);
    assertThat(first.stored()).isEqualTo(3);
    assertThat(first.skipped()).containsOnlyKeys("not-parsable", "not-english", "no-text");
    IngestStats before;
    List<Skip> skipsBefore;
    try (EventStore s = EventStore.open(url)) {
      before = s.stats();
      skipsBefore = s.skips();
      assertThat(before.articles()).isEqualTo(3);
      assertThat(skipsBefore).extracting(Skip::reason).containsExactlyInAnyOrder("not-parsable", "not-english", "no-text");
      assertThat(skipsBefore).anySatisfy(k -> {
        assertThat(k.source()).endsWith("b.jsonl");
        assertThat(k.record()).isEqualTo("line 2");
      });
      assertThat(s.article(org.annals.model.Article.contentId(Fixtures.KENYA))).hasValueSatisfying(a ->
          assertThat(a.toString()).contains("no-published-date"));
    }
    coded.set(0);
    IngestSummary second = ingest(url, 1, in);
    assertThat(coded.get()).as("stored articles are not coded again").isZero();
    assertThat(second.stored()).isZero();
    assertThat(second.duplicates()).isEqualTo(3);
    try (EventStore s = EventStore.open(url)) {
      assertThat(s.stats()).isEqualTo(before);
      assertThat(s.skips()).extracting(Skip::source, Skip::record, Skip::reason, Skip::message)
          .isEqualTo(skipsBefore.stream().map(k -> org.assertj.core.groups.Tuple.tuple(k.source(), k.record(),
              k.reason(), k.message())).toList());
    }
  }
}
