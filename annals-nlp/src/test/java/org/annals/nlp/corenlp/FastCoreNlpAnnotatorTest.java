package org.annals.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.nlp.PipelineFactory;
import org.annals.nlp.Profile;
import org.junit.jupiter.api.Test;

/**
 * The fast profile against the accurate one on a project-written article: the same events, and
 * a sentence the gate keeps shut still carries valid tokens. Loads the CoreNLP models of both
 * profiles (like the other adapter tests).
 */
class FastCoreNlpAnnotatorTest {
  private static final String TEXT = "BRUSSELS, March 4, 2025 - The foreign ministers of France and Germany"
      + " met in Brussels on Tuesday to discuss sanctions against Iran. The German foreign minister"
      + " condemned the missile tests.\n\nWhat a lovely sunny spell that was!\n\nPolice arrested three"
      + " protesters outside the parliament. Both governments said they would hold talks again next month.";
  private static final Article ARTICLE = Article.of(TEXT, LocalDate.of(2025, 3, 4));

  /** What an event says, without ids and scores: type, code, sides, trigger and date. */
  private static List<String> summary(CodedArticle coded) {
    return coded.events().stream().map(FastCoreNlpAnnotatorTest::summary).toList();
  }

  private static String summary(CodedEvent e) {
    return e.event() + "/" + e.mode() + " " + e.cameo() + " "
        + e.actors().stream().map(a -> a.country() + ":" + a.text()).toList() + " -> "
        + e.recipients().stream().map(a -> a.country() + ":" + a.text()).toList() + " @"
        + e.evidence().trigger() + " " + e.date().value() + " " + e.date().rule();
  }

  @Test
  void codesTheSameEventsAsTheAccurateProfile() {
    CodedArticle accurate = PipelineFactory.shared(Profile.ACCURATE).code(ARTICLE);
    CodedArticle fast = PipelineFactory.shared(Profile.FAST).code(ARTICLE);
    assertThat(accurate.events()).isNotEmpty();
    assertThat(summary(fast)).isEqualTo(summary(accurate));
    assertThat(fast.claims()).hasSameSizeAs(accurate.claims());
    assertThat(fast.provenance().annotator()).contains(":fast:");
    assertThat(fast.provenance().configHash()).isNotEqualTo(accurate.provenance().configHash());
  }

  @Test
  void aSentenceTheGateKeepsShutHasTokensButNoParse() {
    AnnotatedDoc doc = PipelineFactory.shared(Profile.FAST).annotator().annotate(ARTICLE);
    Sentence shut = doc.sentences().stream().filter(s -> s.tokens().get(0).word().equals("What"))
        .findFirst().orElseThrow();
    assertThat(shut.dependencies()).isEmpty();
    assertThat(shut.entities()).isEmpty();
    for (Token t : shut.tokens()) {
      assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(t.word());
      assertThat(t.ner()).isEqualTo("O");
      assertThat(t.lemma()).isNotNull();
    }
    Sentence first = doc.sentences().get(0);
    assertThat(first.dependencies()).isNotEmpty();
    assertThat(first.timexes()).anySatisfy(x -> assertThat(x.text()).isEqualTo("Tuesday"));
  }
}
