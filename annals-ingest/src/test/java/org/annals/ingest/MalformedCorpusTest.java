package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Provenance;
import org.annals.store.EventStore;
import org.annals.store.PutResult;
import org.annals.store.PutStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The malformed-input corpus ({@code src/test/resources/malformed}, written by its {@code .make.py}):
 * ingested in one run into a real DuckDB store, every file is stored or skipped with the reason
 * {@code .expected.tsv} gives, never {@code internal}, and the store passes {@link StoreIntegrity}.
 * A stand-in coder replaces CoreNLP; docs/EVALUATION.md has the run with the real one.
 */
class MalformedCorpusTest {
  static final Path CORPUS = Path.of("src", "test", "resources", "malformed");
  @TempDir Path dir;

  static final Function<Article, CodedArticle> CODER = a -> new CodedArticle(a, List.of(), List.of(), List.of(),
      a.text().split("[.!?]\\s").length, a.text().split("\\s+").length, new Provenance("test", "none", null, null, "0"));

  /** The store's sink, recording per file what became of its records ("stored" or a reason). */
  static final class Recording implements IngestSink {
    final IngestSink store;
    final Map<String, Map<String, Integer>> outcomes = new TreeMap<>();

    Recording(IngestSink store) {
      this.store = store;
    }

    synchronized void note(String source, String outcome) {
      String file = source.substring(source.lastIndexOf('/') + 1);
      outcomes.computeIfAbsent(file, k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
    }

    @Override
    public boolean contains(Article a) {
      return store.contains(a);
    }

    @Override
    public PutResult put(CodedArticle coded) {
      PutResult r = store.put(coded);
      note(coded.article().file(), r.status() == PutStatus.DUPLICATE ? "duplicate" : "stored");
      return r;
    }

    @Override
    public void recordSkip(SourceItem.Failure failure) {
      store.recordSkip(failure);
      note(failure.source(), failure.code().label());
    }

    @Override
    public long canonicalEvents() {
      return store.canonicalEvents();
    }
  }

  static Map<String, Map<String, Integer>> expected() throws IOException {
    Map<String, Map<String, Integer>> m = new TreeMap<>();
    for (String line : Files.readAllLines(CORPUS.resolve(".expected.tsv"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t");
      Map<String, Integer> counts = new TreeMap<>();
      for (String o : cols[1].split(",")) {
        counts.put(o.substring(0, o.indexOf(':')), Integer.parseInt(o.substring(o.indexOf(':') + 1)));
      }
      m.put(cols[0], counts);
    }
    return m;
  }

  private IngestSummary ingest(String url, String source, Recording[] sink) {
    IngestConfig config = IngestConfig.of(List.of(source)).withThreads(2).withProgress(IngestConfig.ProgressMode.OFF);
    try (EventStore store = EventStore.open(url)) {
      sink[0] = new Recording(new StoreSink(store));
      return new IngestRunner(config, new SourceFactory(config.readOptions()), () -> CODER, sink[0],
          new LanguageFilter(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
    }
  }

  @Test
  void everyFileIsStoredOrSkippedForASpecificReasonAndTheStoreIsSound() throws Exception {
    Map<String, Map<String, Integer>> expected = expected();
    assertThat(expected).hasSizeGreaterThanOrEqualTo(25);
    String url = "jdbc:duckdb:" + dir.resolve("store.duckdb");
    Recording[] sink = new Recording[1];
    IngestSummary s = ingest(url, CORPUS.toString(), sink);
    assertThat(s.skipped()).doesNotContainKey("internal");
    assertThat(sink[0].outcomes).isEqualTo(expected);
    assertThat(StoreIntegrity.problems(url)).isEmpty();
    assertThat(StoreIntegrity.count(url, "articles")).isEqualTo(s.stored() + s.nearDuplicates());
    assertThat(StoreIntegrity.count(url, "skips")).isEqualTo(s.skippedTotal());
    try (EventStore store = EventStore.open(url)) {
      assertThat(store.article(Article.contentId(Files.readString(CORPUS.resolve("24-long-sentence.txt")))))
          .hasValueSatisfying(a -> assertThat(a.coded().warnings()).extracting(w -> w.code())
              .contains("long-sentence-skipped"));
    }
  }

  @Test
  void aFileThroughAPipeLosesNoByte() throws Exception {
    byte[] bytes = Files.readAllBytes(CORPUS.resolve("01-good-dateline.txt"));
    Path fifo = PipeInputTest.mkfifo(dir.resolve("piped"));
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    String url = "jdbc:duckdb:" + dir.resolve("piped.duckdb");
    IngestSummary s = ingest(url, fifo.toString(), new Recording[1]);
    writer.get(10, TimeUnit.SECONDS);
    assertThat(s.stored()).isEqualTo(1);
    String text = new String(bytes, StandardCharsets.UTF_8);
    try (EventStore store = EventStore.open(url)) {
      assertThat(store.article(Article.contentId(text))).hasValueSatisfying(a -> {
        assertThat(a.coded().article().text()).isEqualTo(text);
        assertThat(a.coded().article().published()).hasToString("2025-07-03");
      });
    }
  }
}
