package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.model.Article;
import org.junit.jupiter.api.Test;

/** The bundled demo corpus: enough short, dated articles from several outlets, covering every call. */
class DemoCorpusTest {
  private final List<Article> articles = DemoCorpus.load();

  @Test
  void atLeast25DatedArticlesFromSeveralOutlets() {
    assertThat(articles).hasSizeGreaterThanOrEqualTo(25);
    assertThat(articles).allSatisfy(a -> {
      assertThat(a.published()).isNotNull();
      assertThat(a.url()).startsWith("https://").contains(".example/");
      assertThat(a.title()).isNotBlank();
    });
    assertThat(articles.stream().map(Article::outlet).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(4);
    assertThat(articles.stream().map(Article::id).distinct().count()).isEqualTo(articles.size());
  }

  @Test
  void shortArticlesPlusOneLongOne() {
    List<Integer> words = articles.stream().map(a -> a.text().split("\\s+").length).toList();
    assertThat(words.stream().filter(w -> w >= 80 && w <= 250).count()).isGreaterThanOrEqualTo(25);
    assertThat(words.stream().filter(w -> w > 300).count()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void everyCallIsReportedOnOrJustAfterItsDay() {
    Set<String> published = articles.stream().map(a -> a.published().toString()).collect(Collectors.toSet());
    for (String call : List.of("2022-09-11", "2025-02-12", "2025-03-18", "2025-05-19", "2025-06-04",
        "2025-06-14", "2025-07-01", "2025-07-03", "2025-08-18", "2025-10-16")) {
      assertThat(published).as(call).contains(call);
    }
  }
}
