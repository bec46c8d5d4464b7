package org.annals.nlp.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Claim shapes of issue 13 on the project's own sentences (no CoreNLP): singular count nouns,
 * "N hours of talks", and first-since claims worded around "the first time".
 */
class ClaimShapesTest {
  private static final LocalDate PUB = LocalDate.of(2025, 7, 3);
  private final ClaimExtractor extractor = new ClaimExtractor(new TinyKb());

  private List<Claim> claims(String text, CodedEvent... events) {
    List<Claim> out = extractor.apply(Fixture.state(text, PUB, events)).claims();
    out.forEach(c -> assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text()));
    return out;
  }

  @Test
  void aSingularTalkIsCounted() {
    String text = "Xi and Biden held talks on Tuesday, the fifth talk between them since February 2021.";
    CodedEvent talks = Fixture.consult(text, "held talks", null, "2025-07-01", "CHN", "USA");
    assertThat(claims(text, talks)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ClaimSubject.KIND_COUNT);
      assertThat(c.text()).isEqualTo("the fifth talk between them since February 2021");
      assertThat(c.subject().get(ClaimSubject.VALUE)).isEqualTo(5);
      assertThat(c.subject().get(ClaimSubject.MODE)).isEqualTo("in-person");
      assertThat(c.subject().get(ClaimSubject.FROM)).isEqualTo("2021-02-01");
    });
  }

  @Test
  void hoursOfTalksIsADuration() {
    String text = "Macron and Putin held three hours of talks in Moscow on Monday.";
    CodedEvent talks = Fixture.consult(text, "held", null, "2025-06-30", "FRA", "RUS");
    assertThat(claims(text, talks)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ClaimSubject.KIND_DURATION);
      assertThat(c.text()).isEqualTo("three hours of talks");
      assertThat(c.subject().get(ClaimSubject.DURATION)).isEqualTo("PT3H");
    });
  }

  @Test
  void theFirstTimeSinceIsAFirstSinceClaimAboutTheSentencesEvent() {
    String text = "For the first time since 2019, Xi and Trump met in person on Tuesday.";
    CodedEvent met = Fixture.consult(text, "met", "in-person", "2025-07-01", "CHN", "USA");
    assertThat(claims(text, met)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ClaimSubject.KIND_FIRST_SINCE);
      assertThat(c.text()).isEqualTo("For the first time since 2019");
      assertThat(c.subject().get(ClaimSubject.COUNTRIES)).isEqualTo(List.of("CHN", "USA"));
      assertThat(c.subject().get(ClaimSubject.FROM)).isEqualTo("2020-01-01");
    });
  }

  @Test
  void theFirstTimeTheTwoHaveMetInYears() {
    String text = "It was the first time Macron and Putin had met in nearly three years.";
    assertThat(claims(text)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ClaimSubject.KIND_FIRST_SINCE);
      assertThat(c.text()).isEqualTo("the first time Macron and Putin had met in nearly three years");
      assertThat(c.subject().get(ClaimSubject.MODE)).isEqualTo("in-person");
      assertThat(c.subject().get(ClaimSubject.COUNTRIES)).isEqualTo(List.of("FRA", "RUS"));
    });
  }

  @Test
  void aFirstTimeWithoutAWindowOrAContactIsNoClaim() {
    assertThat(claims("For the first time, the ministry published its budget online.")).isEmpty();
    assertThat(claims("It was the first time the court had ruled on the law since 2019.")).isEmpty();
  }
}
