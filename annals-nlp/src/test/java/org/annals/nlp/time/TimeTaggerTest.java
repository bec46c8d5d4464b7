package org.annals.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

/** The tagger's corrections on hand-built sentences (no CoreNLP): tokens, POS and SUTime's reading. */
class TimeTaggerTest {
  private static final LocalDate THURSDAY = LocalDate.of(2025, 7, 3);
  private final TimeTagger tagger = new TimeTagger();

  /** Builds a sentence from "word/POS" items separated by spaces; the text is the words joined by spaces. */
  private record Built(String text, Sentence sentence) {}

  private static Built sentence(String tagged, String timexText, String type, String sutimeValue) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String item : tagged.split(" ")) {
      int slash = item.lastIndexOf('/');
      String word = item.substring(0, slash);
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      String lemma = word.toLowerCase().replaceAll("(ed|s)$", "");
      tokens.add(new Token(tokens.size(), start, text.length(), word, lemma, item.substring(slash + 1), "O"));
    }
    int ts = text.indexOf(timexText);
    List<TimeExpression> timexes = List.of(
        new TimeExpression(ts, ts + timexText.length(), timexText, type, sutimeValue, "sutime"));
    return new Built(text.toString(),
        new Sentence(0, 0, text.length(), tokens, List.of(), List.of(), timexes));
  }

  private List<TimeMention> tag(Built b, LocalDate published) {
    return tagger.mentions(b.sentence(), b.text(), published);
  }

  @Test
  void pastWeekdayIsTheLatestSuchDayOnOrBeforePublication() {
    Built b = sentence("Protesters/NNS gathered/VBD outside/IN parliament/NN on/IN Tuesday/NNP ./.",
        "Tuesday", "DATE", "2025-07-08");
    assertThat(tag(b, THURSDAY)).singleElement().satisfies(m -> {
      assertThat(m.value()).isEqualTo("2025-07-01");
      assertThat(m.rule()).isEqualTo("time:weekday-past");
      assertThat(m.timex().tagger()).isEqualTo("annals");
    });
    Built same = sentence("The/DT ministers/NNS met/VBD on/IN Thursday/NNP ./.", "Thursday", "DATE", "2025-07-10");
    assertThat(tag(same, THURSDAY)).singleElement().extracting(TimeMention::value).isEqualTo("2025-07-03");
  }

  @Test
  void doSupportIsPastTense() {
    // "did not endorse" is a past clause: a month SUTime put after publication is last year's
    Built b = sentence("The/DT senator/NN did/VBD not/RB endorse/VB her/PRP until/IN August/NNP ./.",
        "August", "DATE", "2025-08");
    assertThat(tag(b, THURSDAY)).singleElement().satisfies(m -> {
      assertThat(m.value()).isEqualTo("2024-08");
      assertThat(m.rule()).isEqualTo("time:yearless-past");
    });
  }

  @Test
  void futureWeekdayIsTheNextSuchDay() {
    Built b = sentence("The/DT envoy/NN will/MD travel/VB to/TO Kyiv/NNP on/IN Friday/NNP ./.",
        "Friday", "DATE", "2025-06-27");
    assertThat(tag(b, THURSDAY)).singleElement().extracting(TimeMention::value).isEqualTo("2025-07-04");
  }

  @Test
  void yearlessMonthInPastClauseIsNotInTheFuture() {
    Built b = sentence("In/IN September/NNP ,/, the/DT council/NN approved/VBD the/DT budget/NN ./.",
        "September", "DATE", "2025-09");
    assertThat(tag(b, THURSDAY)).singleElement().extracting(TimeMention::value).isEqualTo("2024-09");
  }

  @Test
  void lastMonthNameIsAtLeastTwoMonthsBack() {
    Built b = sentence("Talks/NNS collapsed/VBD last/JJ June/NNP ./.", "last June", "DATE", "2024-06");
    assertThat(tag(b, LocalDate.of(2025, 11, 2))).singleElement().extracting(TimeMention::value).isEqualTo("2025-06");
  }

  @Test
  void theQuarterIsTheLastCompletedOneAndAYearEarlierFollowsIt() {
    Built b = sentence("Profit/NN rose/VBD in/IN the/DT quarter/NN from/IN a/DT year/NN earlier/RBR ./.",
        "a year earlier", "DATE", "2024-10-20");
    List<TimeMention> ms = tag(b, LocalDate.of(2025, 10, 20));
    assertThat(ms).extracting(TimeMention::value).containsExactly("2025-Q3", "2024-Q3");
    assertThat(ms).extracting(m -> m.timex().text()).containsExactly("the quarter", "a year earlier");
  }

  @Test
  void dropsAgesAndFrequencyAdjectives() {
    assertThat(tag(sentence("A/DT 6-year-old/JJ boy/NN was/VBD found/VBN ./.", "6-year-old", "DURATION", "P6Y"),
        THURSDAY)).isEmpty();
    assertThat(tag(sentence("It/PRP pays/VBZ a/DT quarterly/JJ dividend/NN ./.", "quarterly", "SET", "P3M"),
        THURSDAY)).isEmpty();
  }

  @Test
  void keepsWhatSutimeGetsRightAndNeedsPublicationDateToResolve() {
    Built b = sentence("The/DT call/NN lasted/VBD an/DT hour/NN ./.", "an hour", "DURATION", "PT1H");
    assertThat(tag(b, THURSDAY)).singleElement().satisfies(m -> {
      assertThat(m.value()).isEqualTo("PT1H");
      assertThat(m.rule()).isEqualTo(TimeTagger.KEPT);
    });
    Built w = sentence("Protesters/NNS gathered/VBD on/IN Tuesday/NNP ./.", "Tuesday", "DATE", "XXXX-WXX-2");
    assertThat(tag(w, null)).singleElement().extracting(TimeMention::value).isEqualTo("XXXX-WXX-2");
  }
}
