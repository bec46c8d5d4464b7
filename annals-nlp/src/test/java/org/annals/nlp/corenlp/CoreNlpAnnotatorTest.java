package org.annals.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.nlp.PipelineFactory;
import org.junit.jupiter.api.Test;

/** The adapter's records keep every offset invariant of the model on real text. */
class CoreNlpAnnotatorTest {
  private static final String TEXT = "\nThe Dutch foreign minister met his Polish counterpart in Warsaw on Tuesday."
      + "  Both governments said the talks were useful.\n\nA second meeting is planned for next month.";

  private final AnnotatedDoc doc = PipelineFactory.shared().annotator()
      .annotate(Article.of(TEXT, LocalDate.of(2024, 3, 14)));

  @Test
  void everyTokenSentenceAndEntityReproducesItsText() {
    assertThat(doc.sentences()).hasSize(3);
    for (Sentence s : doc.sentences()) {
      assertThat(s.start()).isLessThan(s.end());
      for (Token t : s.tokens()) {
        assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(t.word());
        assertThat(t.start()).isBetween(s.start(), s.end());
      }
      s.entities().forEach(e -> assertThat(TEXT.substring(e.start(), e.end())).isEqualTo(e.text()));
      s.timexes().forEach(x -> assertThat(TEXT.substring(x.start(), x.end())).isEqualTo(x.text()));
    }
  }

  @Test
  void parsesEachSentenceIntoOneRootedTree() {
    Sentence first = doc.sentences().get(0);
    assertThat(first.dependencies().stream().filter(Dependency::isRoot)).hasSize(1);
    int met = first.tokens().stream().filter(t -> t.word().equals("met")).findFirst().orElseThrow().index();
    assertThat(first.dependentsOf(met)).extracting(Dependency::relation).contains("nsubj", "obj");
  }

  @Test
  void sutimeUsesThePublicationDateAsDocumentDate() {
    assertThat(doc.sentences().get(0).timexes())
        .anySatisfy(x -> {
          assertThat(x.text()).isEqualTo("Tuesday");
          assertThat(x.value()).startsWith("2024-03-1");
        });
    assertThat(doc.sentences().get(0).entities())
        .anySatisfy(e -> assertThat(e.text()).isEqualTo("Warsaw"));
  }
}
