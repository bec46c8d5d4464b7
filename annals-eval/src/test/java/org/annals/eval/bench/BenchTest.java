package org.annals.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.junit.jupiter.api.Test;

/** The corpus reader and the runner with stand-in workloads (no CoreNLP). */
class BenchTest {
  static final Path CORPUS = Path.of("src/test/resources/fixtures/corpus.csv");

  @Test
  void readsQuotedMultiLineCsvAndSkipsEmptyTexts() {
    List<Article> articles = CorpusReader.read(List.of(CORPUS), 0);
    assertThat(articles).extracting(Article::title).containsExactly("Talks, resumed", "Vote");
    assertThat(articles.get(0).text()).isEqualTo("Negotiators met again on Tuesday.\n\nThey said \"progress\" was slow.");
    assertThat(articles.get(0).published()).isEqualTo(LocalDate.of(2021, 5, 4));
    assertThat(CorpusReader.read(List.of(CORPUS, CORPUS), 3)).hasSize(3);
  }

  @Test
  void badCorpusAndOptionsAreErrorsNamingThem() {
    assertThatThrownBy(() -> CorpusReader.read(List.of(Path.of("none.csv")), 0))
        .isInstanceOf(BadInputException.class).hasMessageContaining("none.csv: no such file");
    assertThatThrownBy(() -> new BenchConfig(List.of(CORPUS), List.of(0), 1, 0, 0))
        .isInstanceOf(BadInputException.class).hasMessageContaining("--threads");
    assertThatThrownBy(() -> new BenchConfig(List.of(CORPUS), List.of(1), 0, 0, 0))
        .isInstanceOf(BadInputException.class).hasMessageContaining("--repeat");
  }

  @Test
  void statsTakeMinMedianMax() {
    assertThat(Stats.of(List.of(3.0, 1.0, 2.0))).isEqualTo(new Stats(1, 2, 3));
    assertThat(Stats.of(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(new Stats(1, 2.5, 4));
  }

  @Test
  void runnerCountsSentencesTokensAndFailuresOverPassesAndThreads() {
    List<Article> articles = CorpusReader.read(List.of(CORPUS), 0);
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    Workload annals = new Workload() {
      @Override
      public Counts process(Article a) {
        seen.add(a.title());
        return new Counts(2, a.text().split("\\s+").length);
      }

      @Override
      public Map<String, Long> stageNanos() {
        return Map.of("annotate", 3_000_000L);
      }
    };
    Workload baseline = a -> {
      if (a.title().equals("Vote")) {
        throw new IllegalStateException("boom");
      }
      return new Workload.Counts(1, 1);
    };
    List<String> progress = Collections.synchronizedList(new ArrayList<>());
    BenchConfig config = new BenchConfig(List.of(CORPUS), List.of(1, 2), 3, 1, 0);
    BenchReport r = new BenchRunner(annals, baseline, progress::add).run(articles, config);
    assertThat(r.articles()).isEqualTo(2);
    assertThat(r.sentences()).isEqualTo(4);
    assertThat(r.tokens()).isEqualTo(10 + 7);
    assertThat(r.runs()).extracting(BenchReport.Run::threads).containsExactly(1, 2);
    // per thread count: 1 warm-up article + 3 passes of 2 articles
    assertThat(seen).hasSize(2 * (1 + 3 * 2));
    // the baseline fails on "Vote" in each of 3 passes for each of 2 thread counts
    assertThat(r.failures()).isEqualTo(6);
    assertThat(r.runs().get(0).annals().stageMsPerArticle()).containsEntry("annotate", 1.5);
    assertThat(progress).anyMatch(p -> p.contains("annals threads=2 pass 3/3: 2/2 articles"));
    assertThat(BenchReportText.format(r)).contains("time ratio Annals/baseline", "threads=2", "annotate 1.5");
  }
}
