package org.annals.eval.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.nlp.Annotator;
import org.annals.nlp.time.TimeTagger;
import org.junit.jupiter.api.Test;

/**
 * The TimeML reader and the TempEval-3 scoring on the project's own fixture folder, with
 * hand-computed expected scores. System output comes from a scripted annotator (no CoreNLP).
 */
class TimemlEvaluationTest {
  private static final Path DIR = fixture();

  private static Path fixture() {
    try {
      return Path.of(TimemlEvaluationTest.class.getResource("/timeml/good1.tml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** SUTime's output scripted per phrase: (phrase, type, value); the first occurrence is used. */
  private static final Map<String, List<String[]>> SCRIPT = Map.of(
      "annals-fixture-1", List.of(
          new String[] {"on Tuesday", "DATE", "2025-07-01"},     // overlaps gold "Tuesday": relaxed only
          new String[] {"three hours", "DURATION", "PT3H"},      // exact
          new String[] {"August", "DATE", "2026-08"},            // exact span, wrong value
          new String[] {"previously", "DATE", "PAST_REF"}),      // spurious
      "annals-fixture-2", List.of());                            // empty prediction

  private static final Annotator SCRIPTED = new Annotator() {
    @Override
    public AnnotatedDoc annotate(Article a) {
      String key = a.text().contains("harbour") ? "annals-fixture-1" : "annals-fixture-2";
      List<TimeExpression> timexes = new ArrayList<>();
      for (String[] s : SCRIPT.get(key)) {
        int at = a.text().indexOf(s[0]);
        timexes.add(new TimeExpression(at, at + s[0].length(), s[0], s[1], s[2], "sutime"));
      }
      Sentence one = new Sentence(0, 0, a.text().length(), List.of(), List.of(), List.of(), timexes);
      return new AnnotatedDoc(a, List.of(one), "scripted");
    }

    @Override
    public String describe() {
      return "scripted";
    }
  };

  @Test
  void readsRawTextDctAndGoldOffsets() {
    TimemlDocument d = new TimemlReader().read(DIR.resolve("good1.tml"));
    assertThat(d.dct()).hasToString("2025-07-03");
    assertThat(d.gold()).extracting(TimeExpression::text).containsExactly("Tuesday", "three hours", "August");
    assertThat(d.gold()).allSatisfy(g -> assertThat(d.text().substring(g.start(), g.end())).isEqualTo(g.text()));
    assertThat(d.text()).doesNotContain("<").contains("The harbour committee met on Tuesday");
    assertThat(d.gold().get(1)).extracting(TimeExpression::type, TimeExpression::value).containsExactly("DURATION", "PT3H");
  }

  @Test
  void malformedDocumentsNameFileAndReason() {
    assertThatThrownBy(() -> new TimemlReader().read(DIR.resolve("broken.tml")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("broken.tml").hasMessageContaining("not well-formed");
    assertThatThrownBy(() -> new TimemlReader().read(DIR.resolve("nodct.tml")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("nodct.tml").hasMessageContaining("DCT");
  }

  @Test
  void scoresAsTempEval3OverTheFolderAndSkipsMalformedFiles() {
    TimemlReport r = new TimemlEvaluation(SCRIPTED, new TimeTagger()).run(DIR, null);
    assertThat(r.documents()).isEqualTo(2);
    assertThat(r.skipped()).hasSize(2).anySatisfy(s -> assertThat(s).contains("broken.tml"))
        .anySatisfy(s -> assertThat(s).contains("nodct.tml"));
    // gold 5, system 4; strict: 2 of 5 gold, 2 of 4 system; relaxed: 3 of 5, 3 of 4;
    // of the 3 relaxed matches all have the right type and 2 the right value.
    assertThat(r.baseline()).isEqualTo(new TimexCounts(5, 4, 2, 3, 2, 3, 3, 2));
    TimexScores s = r.baseline().scores();
    assertThat(s.strictPrecision()).isEqualTo(0.5);
    assertThat(s.strictRecall()).isEqualTo(0.4);
    assertThat(s.strictF1()).isCloseTo(4.0 / 9, within(1e-9));
    assertThat(s.relaxedF1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.typeF1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.valueF1()).isCloseTo(4.0 / 9, within(1e-9));
  }

  @Test
  void annalsDropsTheSpuriousAdverbAndMovesTheYearlessMonthBack() {
    TimemlReport r = new TimemlEvaluation(SCRIPTED, new TimeTagger()).run(DIR, null);
    // "previously" is not a TimeML timex; "August" in a past-default clause is not in the future (2025-08)
    assertThat(r.annals()).isEqualTo(new TimexCounts(5, 3, 2, 3, 2, 3, 3, 3));
    assertThat(r.annals().scores().relaxedPrecision()).isEqualTo(1.0);
    assertThat(r.errors()).extracting(TimexMiss::kind).containsExactlyInAnyOrder("span", "missed", "missed");
  }

  @Test
  void emptyPredictionAndNothingAtAll() {
    assertThat(TimexCounts.of(List.of(), List.of()).scores().valueF1()).isEqualTo(1.0);
    TimexCounts none = TimexCounts.of(List.of(new TimeExpression(0, 5, "today", "DATE", "2025-07-03", "gold")), List.of());
    assertThat(none.scores()).extracting(TimexScores::relaxedF1, TimexScores::valueF1).containsExactly(0.0, 0.0);
  }

  @Test
  void aMissingFolderIsBadInput() {
    assertThatThrownBy(() -> TimemlEvaluation.files(DIR.resolve("nope")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("nope");
  }
}
