package org.annals.nlp;

import static org.annals.nlp.text.HandParse.dep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.EntityMention;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.nlp.corenlp.CoreNlpConfig;
import org.annals.nlp.text.HandParse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotation cache gives back exactly what the annotator produced, for the same text and date only. */
class CachingAnnotatorTest {
  private static final String TEXT = "Chile recalled its envoy on Monday";
  private static final LocalDate DAY = LocalDate.of(2024, 5, 8);

  @TempDir Path dir;

  /** A stand-in annotator that counts its calls and how often it was built. */
  private final AtomicInteger built = new AtomicInteger();
  private final AtomicInteger calls = new AtomicInteger();

  private Annotator counting() {
    built.incrementAndGet();
    return new Annotator() {
      @Override
      public AnnotatedDoc annotate(Article article) {
        calls.incrementAndGet();
        Sentence s = HandParse.sentence("Chile/NNP recalled/VBD/recall its/PRP$ envoy/NN on/IN Monday/NNP",
            dep("nsubj", 1, 0), dep("obj", 1, 3), dep("obl", 1, 5));
        s = new Sentence(0, s.start(), s.end(), s.tokens(), s.dependencies(),
            List.of(new EntityMention(0, 5, "Chile", "COUNTRY", 0, 0)),
            List.of(new TimeExpression(28, 34, "Monday", "DATE", article.published() + "-ish", "sutime")));
        return new AnnotatedDoc(article, List.of(s), "stand-in");
      }

      @Override
      public String describe() {
        return "stand-in";
      }
    };
  }

  private CachingAnnotator cache() {
    return new CachingAnnotator(this::counting, "stand-in", dir);
  }

  @Test
  void theSameTextAndDateAreAnnotatedOnceAndComeBackUnchanged() {
    AnnotatedDoc first = cache().annotate(Article.of(TEXT, DAY));
    CachingAnnotator second = cache();
    AnnotatedDoc again = second.annotate(Article.of(TEXT, DAY));
    assertThat(again.sentences()).isEqualTo(first.sentences());
    assertThat(again.annotator()).isEqualTo("stand-in");
    assertThat(calls).hasValue(1);
    assertThat(built).as("a run whose every article is cached builds no annotator").hasValue(1);
    assertThat(second.counts()).containsEntry("cache-hit", 1L).containsEntry("cache-miss", 0L);
  }

  @Test
  void anotherPublicationDateIsAnotherEntryBecauseRelativeDatesDependOnIt() {
    CachingAnnotator cache = cache();
    cache.annotate(Article.of(TEXT, DAY));
    AnnotatedDoc later = cache.annotate(Article.of(TEXT, DAY.plusDays(1)));
    assertThat(calls).hasValue(2);
    assertThat(later.sentences().get(0).timexes().get(0).value()).startsWith("2024-05-09");
  }

  @Test
  void theCachedAnnotationCarriesTheCallersArticle() {
    cache().annotate(Article.of(TEXT, DAY).withFile("a.txt"));
    AnnotatedDoc doc = cache().annotate(Article.of(TEXT, DAY).withFile("b.txt"));
    assertThat(doc.article().file()).isEqualTo("b.txt");
    assertThat(calls).hasValue(1);
  }

  @Test
  void aTruncatedEntryIsAMissAndIsRewritten() throws IOException {
    CachingAnnotator cache = cache();
    Article article = Article.of(TEXT, DAY);
    cache.annotate(article);
    Path entry = cache.entry(article);
    Files.write(entry, new byte[] {0x1f, (byte) 0x8b, 8});
    AnnotatedDoc doc = cache.annotate(article);
    assertThat(doc.sentences()).hasSize(1);
    cache.annotate(article);
    assertThat(calls).as("annotated again once, then read from the rewritten entry").hasValue(2);
  }

  @Test
  void theCacheIsForTheAccurateProfileOnlyAndLeavesTheProvenanceHashAlone() {
    PipelineConfig plain = PipelineConfig.defaults();
    assertThat(plain.withAnnotationCache(dir).hash()).isEqualTo(plain.hash());
    assertThatThrownBy(() -> PipelineConfig.of(Profile.FAST).withAnnotationCache(dir))
        .isInstanceOf(BadInputException.class).hasMessageContaining("accurate profile only");
  }

  @Test
  void aFileWhereTheDirectoryShouldBeIsTheUsersError() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    assertThatThrownBy(() -> new PipelineConfig(CoreNlpConfig.defaults(), null, true, file))
        .isInstanceOf(BadInputException.class).hasMessageContaining("is not a directory");
  }
}
