package org.annals.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Duration phrases read from the project's own sentences: length, ISO value and hedge. */
class DurationPhraseTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      about an hour and a half      | PT1H30M | about     | APPROX
      an hour and a half            | PT1H30M | -         | -
      one and a half hours          | PT1H30M | -         | -
      90-minute                     | PT1H30M | -         | -
      2-hour                        | PT2H    | -         | -
      almost an hour                | PT1H    | nearly    | LESS_THAN
      a little over two hours       | PT2H    | more than | MORE_THAN
      some 40 minutes               | PT40M   | about     | APPROX
      just under 45 minutes         | PT45M   | nearly    | LESS_THAN
      more than two hours           | PT2H    | more than | MORE_THAN
      half an hour                  | PT30M   | -         | -
      1.5 hours                     | PT1H30M | -         | -
      two and a half hours          | PT2H30M | -         | -
      an hour and 20 minutes        | PT1H20M | -         | -
      forty-five minutes            | PT45M   | -         | -
      a couple of hours             | PT2H    | -         | -
      roughly 70 minutes            | PT1H10M | about     | APPROX
      """)
  void readsPhraseWithHedge(String phrase, String iso, String qualifier, String mod) {
    DurationPhrase.Reading r = DurationPhrase.parse(phrase).orElseThrow();
    assertThat(r.iso()).isEqualTo(iso);
    assertThat(r.qualifier()).isEqualTo(qualifier);
    assertThat(r.mod()).isEqualTo(mod);
  }

  @Test
  void findsDurationsInOwnSentencesWithOffsets() {
    String text = "The leaders talked for about an hour and a half; a 2-hour long session followed.";
    List<DurationPhrase.Reading> found = DurationPhrase.find(text);
    assertThat(found).extracting(DurationPhrase.Reading::iso).containsExactly("PT1H30M", "PT2H");
    assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("about an hour and a half");
    assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo("2-hour");
  }

  @Test
  void wordsThatAreNotDurationsAreNotRead() {
    assertThat(DurationPhrase.find("An hourly bus left at a quarter past nine; the minutes were read."))
        .isEmpty();
    assertThat(DurationPhrase.parse("hours of talks")).isEmpty();
  }
}
