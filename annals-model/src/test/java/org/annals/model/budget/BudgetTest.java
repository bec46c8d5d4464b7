package org.annals.model.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

class BudgetTest {
  static final String SENTENCE = "The two ministers met in Oslo on Tuesday to discuss fisheries. ";
  static final Budget SMALL = new Budget(5_000, 200, 600, Duration.ofMillis(300));

  static CodedArticle coded(Article a) {
    return new CodedArticle(a, List.of(), List.of(), List.of(), 1, 1, null);
  }

  @Test
  void tooManyCharactersOrTokensAreRefusedBeforeCoding() {
    Function<Article, CodedArticle> never = a -> {
      throw new AssertionError("coded");
    };
    assertThatThrownBy(() -> SMALL.code(never, Article.of(SENTENCE.repeat(100), null)))
        .isInstanceOfSatisfying(BudgetException.class, e -> assertThat(e.timedOut()).isFalse())
        .hasMessageContaining(SENTENCE.length() * 100 + " characters").hasMessageContaining("5000");
    assertThatThrownBy(() -> SMALL.code(never, Article.of("[".repeat(4_000), null)))
        .isInstanceOf(BudgetException.class).hasMessageContaining("600 tokens");
    assertThat(Sentences.estimateTokens("Putin's call, 2025-07-03.", 100)).isEqualTo(11);
  }

  @Test
  void overlongSentencesAreBlankedWithAWarningAndOffsetsKept() {
    String longOne = String.join("_", java.util.Collections.nCopies(100, "word"));
    String text = SENTENCE + longOne + ".\n" + SENTENCE;
    Article a = new Article(null, "f.txt", null, null, null, LocalDate.of(2025, 7, 3), "en", text);
    AtomicReference<String> seen = new AtomicReference<>();
    CodedArticle c = SMALL.code(x -> {
      seen.set(x.text());
      return coded(x);
    }, a);
    assertThat(seen.get()).hasSameSizeAs(text).doesNotContain("word_word")
        .startsWith(SENTENCE.strip()).endsWith(SENTENCE).contains("\n\n");
    assertThat(c.article()).isEqualTo(a);
    assertThat(c.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("long-sentence-skipped");
      assertThat(text.substring(w.start(), w.end()).strip()).isEqualTo(longOne + ".");
    });
    assertThat(SMALL.code(Function.identity().andThen(x -> coded((Article) x))::apply,
        Article.of(SENTENCE, null)).warnings()).isEmpty();
  }

  @Test
  void slowCodingIsInterruptedAtTheTimeLimit() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    Budget oneSecond = SMALL.withMaxTime(Duration.ofSeconds(1));
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> oneSecond.code(a -> {
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return coded(a);
    }, Article.of(SENTENCE, null)))
        .isInstanceOfSatisfying(BudgetException.class, e -> assertThat(e.timedOut()).isTrue());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    // not a speed test: at the limit, long before the 10 s task would end (a loaded machine may lag)
    assertThat(ms).as("stopped at the limit, not at the task's end").isBetween(1_000L, 5_000L);
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void preparingTheCoderIsNotTimedAndFailuresPassThrough() {
    Function<Article, CodedArticle> coder = SMALL.coder(() -> {
      try {
        Thread.sleep(600);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return BudgetTest::coded;
    });
    assertThat(coder.apply(Article.of(SENTENCE, null)).sentenceCount()).isEqualTo(1);
    assertThatThrownBy(() -> SMALL.code(a -> {
      throw new IllegalStateException("parser broke");
    }, Article.of(SENTENCE, null))).isInstanceOf(IllegalStateException.class).hasMessage("parser broke");
  }
}
