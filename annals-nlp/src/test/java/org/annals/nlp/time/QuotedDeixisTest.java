package org.annals.nlp.time;

import static org.annals.nlp.time.HandCodedEvents.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "This morning", "last night", "tomorrow" inside a quotation count from the day the words were
 * said, the story day, not from the publication date (time-words list {@code deixis}); outside a
 * quotation they are the reporter's. Articles written for this test (facts invented), published
 * Thursday 2022-05-12.
 */
class QuotedDeixisTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 5, 12);
  private static final String STORY = String.join("\n\n",
      "On Tuesday, the president of Sylvania dismissed his national security adviser.",
      "\"I asked him to leave, and he resigned this morning,\" the president wrote on social media.",
      "\"I offered to resign last night,\" the adviser said in his own statement.",
      "The Freedonian foreign minister criticised the dismissal this morning.");
  private static final String SAME_DAY_STORY = String.join("\n\n",
      "Today, the president of Sylvania dismissed his national security adviser.",
      "\"He resigned this morning,\" the president said.");
  private static HandCodedEvents.Dated story;
  private static HandCodedEvents.Dated sameDay;

  @BeforeAll
  static void annotate() {
    story = HandCodedEvents.code(STORY, PUBLISHED, d -> List.of(
        on(d, "COERCE", "dismissed", Modality.ASSERTED), on(d, "RETREAT", "resigned", Modality.ASSERTED),
        on(d, "CONCEDE", "offered", Modality.ASSERTED), on(d, "ACCUSE", "criticised", Modality.ASSERTED)));
    sameDay = HandCodedEvents.code(SAME_DAY_STORY, PUBLISHED, d -> List.of(
        on(d, "COERCE", "dismissed", Modality.ASSERTED), on(d, "RETREAT", "resigned", Modality.ASSERTED)));
  }

  @Test
  void quotedDeixisCountsFromTheStoryDay() {
    assertThat(story.date("dismissed").value()).isEqualTo("2022-05-10");
    assertThat(story.date("resigned").value()).isEqualTo("2022-05-10");
    assertThat(story.date("resigned").rule()).endsWith(":quoted-deixis");
    assertThat(story.date("offered").value()).isEqualTo("2022-05-09");
  }

  @Test
  void theReportersOwnDeixisCountsFromPublication() {
    assertThat(story.date("criticised").value()).isEqualTo("2022-05-12");
  }

  @Test
  void aStoryOfThePublicationDayChangesNothing() {
    assertThat(sameDay.date("resigned").value()).isEqualTo("2022-05-12");
    assertThat(sameDay.date("resigned").rule()).doesNotEndWith(":quoted-deixis");
  }
}
