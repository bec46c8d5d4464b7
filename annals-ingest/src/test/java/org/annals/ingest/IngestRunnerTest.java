package org.annals.ingest;

import static org.annals.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.annals.model.AnnalsException;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Provenance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestRunnerTest {
  private static LanguageFilter languages;
  @TempDir Path dir;
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final AtomicInteger coded = new AtomicInteger();

  @BeforeAll
  static void loadLanguages() {
    languages = new LanguageFilter();
  }

  /** A stand-in coder: one sentence per line break-separated paragraph, no events; fails on "EXPLODE". */
  private final Function<Article, CodedArticle> coder = a -> {
    coded.incrementAndGet();
    if (a.text().contains("EXPLODE")) {
      throw new IllegalStateException("coder broke on purpose");
    }
    int sentences = a.text().split("\\.\\s").length;
    return new CodedArticle(a, List.of(), List.of(), List.of(), sentences, a.text().split("\\s+").length,
        new Provenance("test", "none", null, null, "0"));
  };

  private IngestSummary run(MemorySink sink, int threads, String... sources) {
    IngestConfig config = IngestConfig.of(List.of(sources)).withThreads(threads)
        .withProgress(IngestConfig.ProgressMode.OFF);
    return new IngestRunner(config, new SourceFactory(config.readOptions()), coder, sink, languages,
        new PrintStream(errBytes, true, StandardCharsets.UTF_8)).run();
  }

  private Path corpus() {
    write(dir, "in/1.txt", "OSLO, July 3, 2025 — " + Fixtures.NORWAY);
    write(dir, "in/2.txt", Fixtures.KENYA);
    write(dir, "in/3.txt", Fixtures.GERMAN);
    write(dir, "in/4.jsonl", "{\"text\":\"" + Fixtures.CANADA + "\",\"date\":\"2023-11-04\"}\n"
        + "not json\n{\"text\":\"" + Fixtures.FRENCH + "\"}\n{\"text\":\"EXPLODE " + Fixtures.CANADA + "\"}\n");
    write(dir, "in/5.html", "<html><body><nav>Only navigation</nav></body></html>");
    write(dir, "in/6.txt", Fixtures.KENYA); // same text as 2.txt
    return dir.resolve("in");
  }

  @Test
  void ingestsGoodArticlesAndRecordsEveryFailure() {
    MemorySink sink = new MemorySink();
    IngestSummary s = run(sink, 2, corpus().toString());
    assertThat(s.read()).isEqualTo(7);
    assertThat(s.stored()).isEqualTo(3);
    assertThat(s.duplicates()).isEqualTo(1);
    assertThat(s.skipped()).containsEntry("not-english", 2L).containsEntry("not-parsable", 1L)
        .containsEntry("no-text", 1L).containsEntry("coding-failed", 1L);
    assertThat(s.skippedTotal()).isEqualTo(5);
    assertThat(sink.skips()).hasSize(5);
    assertThat(sink.skips).extracting(SourceItem.Failure::describe).anySatisfy(d ->
        assertThat(d).endsWith("4.jsonl: line 2: not JSON (Unrecognized token 'not': was expecting "
            + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false'))"));
    assertThat(sink.skips).anySatisfy(f -> {
      assertThat(f.source()).endsWith("3.txt");
      assertThat(f.reason()).isEqualTo("not English (detected 'de')");
    });
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("annals: skipped: ", "coder broke on purpose");
    assertThat(s.format()).contains("articles read      7", "not-english      2");
  }

  @Test
  void articlesWithoutDateGetAWarningAndKeepNullDate() {
    MemorySink sink = new MemorySink();
    run(sink, 1, corpus().toString());
    CodedArticle kenya = sink.articles.get(Article.contentId(Fixtures.KENYA));
    assertThat(kenya.article().published()).isNull();
    assertThat(kenya.warnings()).singleElement().satisfies(w -> assertThat(w.code()).isEqualTo("no-published-date"));
    CodedArticle dated = sink.articles.values().stream().filter(c -> c.article().text().startsWith("OSLO")).findFirst()
        .orElseThrow();
    assertThat(dated.warnings()).isEmpty();
    assertThat(dated.article().published()).hasToString("2025-07-03");
  }

  @Test
  void secondRunChangesNothingAndCodesNothing() {
    MemorySink sink = new MemorySink();
    run(sink, 2, corpus().toString());
    var before = sink.snapshot();
    int codedFirst = coded.get();
    IngestSummary again = run(sink, 2, corpus().toString());
    assertThat(sink.snapshot()).isEqualTo(before);
    assertThat(again.stored()).isZero();
    assertThat(again.duplicates()).isEqualTo(4);
    assertThat(coded.get() - codedFirst).as("articles coded on the second run").isEqualTo(1); // only the failing one
  }

  @Test
  void resultDoesNotDependOnThreadCount() {
    Path in = corpus();
    for (int i = 0; i < 20; i++) {
      write(dir, "in/more/" + i + ".txt", "Report number " + i + ". " + Fixtures.CANADA);
    }
    MemorySink one = new MemorySink();
    MemorySink four = new MemorySink();
    IngestSummary a = run(one, 1, in.toString());
    IngestSummary b = run(four, 4, in.toString());
    assertThat(four.snapshot()).isEqualTo(one.snapshot()).hasSize(23);
    assertThat(b.skipped()).isEqualTo(a.skipped());
    assertThat(b.sentences()).isEqualTo(a.sentences());
  }

  @Test
  void aBrokenSinkStopsTheRunWithAClearError() {
    MemorySink broken = new MemorySink() {
      @Override
      public synchronized void recordSkip(SourceItem.Failure failure) {
        throw new AnnalsException("database is gone");
      }
    };
    assertThatThrownBy(() -> run(broken, 2, corpus().toString()))
        .isInstanceOf(AnnalsException.class).hasMessageContaining("database is gone");
  }
}
