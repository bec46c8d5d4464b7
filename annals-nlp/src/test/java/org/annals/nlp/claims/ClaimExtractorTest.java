package org.annals.nlp.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.ActorRef;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedEvent;
import org.annals.nlp.ActorMention;
import org.annals.nlp.CodingState;
import org.junit.jupiter.api.Test;

/** Claim extraction on the project's own fixture sentences (no CoreNLP). */
class ClaimExtractorTest {
  private static final LocalDate PUB = LocalDate.of(2025, 7, 3);
  private final ClaimExtractor extractor = new ClaimExtractor(new TinyKb());

  private List<Claim> claims(String text, CodedEvent... events) {
    return claims(PUB, text, events);
  }

  private List<Claim> claims(LocalDate published, String text, CodedEvent... events) {
    CodingState state = Fixture.state(text, published, events);
    List<Claim> out = extractor.apply(state).claims();
    for (Claim c : out) {
      assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
    }
    return out;
  }

  private static Object subject(Claim c, String key) {
    return c.subject().get(key);
  }

  @Test
  void ordinalWithWindowTakesCountriesFromTheCodedEvent() {
    String text = "Trump telephoned Putin on Monday, the third call between them in the past two months.";
    CodedEvent call = Fixture.consult(text, "telephoned", "phone", "2025-06-30", "USA", "RUS");
    List<Claim> out = claims(text, call);
    assertThat(out).hasSize(1);
    Claim c = out.get(0);
    assertThat(c.kind()).isEqualTo("count");
    assertThat(c.text()).isEqualTo("the third call between them in the past two months");
    assertThat(subject(c, ClaimSubject.VALUE)).isEqualTo(3);
    assertThat(subject(c, ClaimSubject.MODE)).isEqualTo("phone");
    assertThat(subject(c, ClaimSubject.COUNTRIES)).isEqualTo(List.of("RUS", "USA"));
    assertThat(subject(c, ClaimSubject.FROM)).isEqualTo("2025-05-03");
    assertThat(subject(c, ClaimSubject.TO)).isEqualTo("2025-07-03");
    assertThat(subject(c, ClaimSubject.AT)).isEqualTo("2025-06-30");
  }

  @Test
  void ordinalVisitThisYearUsesNamesInTheSentence() {
    List<Claim> out = claims("Macron began his second visit to China this year on Sunday.");
    assertThat(out).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("his second visit to China this year");
      assertThat(subject(c, ClaimSubject.MODE)).isEqualTo("visit");
      assertThat(subject(c, ClaimSubject.COUNTRIES)).isEqualTo(List.of("CHN", "FRA"));
      assertThat(subject(c, ClaimSubject.FROM)).isEqualTo("2025-01-01");
    });
  }

  @Test
  void ordinalRoundOfTalksWithoutWindowCountsAllRecords() {
    List<Claim> out = claims("Envoys of Ukraine and Putin opened the fourth round of talks on Friday.");
    assertThat(out).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("the fourth round of talks");
      assertThat(subject(c, ClaimSubject.MODE)).isEqualTo("in-person");
      assertThat(c.subject()).doesNotContainKey(ClaimSubject.FROM);
      assertThat(c.rule()).isEqualTo("claim:count:ordinal");
    });
  }

  @Test
  void cardinalsNeedAWindow() {
    List<Claim> out = claims("Trump and Putin have spoken three times since February. "
        + "Aides held two meetings this month. Two leaders met in the capital.");
    assertThat(out).extracting(Claim::text)
        .containsExactly("spoken three times since February", "two meetings this month");
    assertThat(subject(out.get(0), ClaimSubject.VALUE)).isEqualTo(3);
    assertThat(subject(out.get(0), ClaimSubject.FROM)).isEqualTo("2025-02-01");
    assertThat(subject(out.get(1), ClaimSubject.FROM)).isEqualTo("2025-07-01");
  }

  @Test
  void firstInSpanOfYearsIsFirstSince() {
    String text = "On Friday Scholz held his first phone conversation with Vladimir Putin in almost two years.";
    CodedEvent call = Fixture.consult(text, "conversation", "phone", "2025-06-27", "DEU", "RUS");
    assertThat(claims(text, call)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("first-since");
      assertThat(c.text()).isEqualTo("his first phone conversation with Vladimir Putin in almost two years");
      assertThat(subject(c, ClaimSubject.COUNTRIES)).isEqualTo(List.of("DEU", "RUS"));
      assertThat(subject(c, ClaimSubject.FROM)).isEqualTo("2023-06-27");
      assertThat(subject(c, ClaimSubject.QUALIFIER)).isEqualTo("nearly");
      assertThat(subject(c, ClaimSubject.SINCE)).isEqualTo("about 2023-06");
    });
  }

  @Test
  void firstSinceAYearAndTheBareForm() {
    String text = "Xi and Trump spoke by phone on Tuesday, the first since 2023. "
        + "It was their first meeting since 2019.";
    CodedEvent call = Fixture.consult(text, "spoke", "phone", "2025-07-01", "CHN", "USA");
    List<Claim> out = claims(text, call);
    assertThat(out).extracting(Claim::text)
        .containsExactly("the first since 2023", "their first meeting since 2019");
    assertThat(subject(out.get(0), ClaimSubject.MODE)).isEqualTo("phone");
    assertThat(subject(out.get(0), ClaimSubject.FROM)).isEqualTo("2024-01-01");
    assertThat(subject(out.get(0), ClaimSubject.SINCE_END)).isEqualTo("2023-12-31");
    assertThat(subject(out.get(1), ClaimSubject.MODE)).isEqualTo("in-person");
  }

  @Test
  void lastAndPreviousDates() {
    List<Claim> out = claims("Trump and Putin last spoke on June 14. "
        + "Their previous meeting was in May, Macron said of Putin.");
    assertThat(out).extracting(Claim::kind).containsOnly("last");
    assertThat(out).extracting(Claim::text)
        .containsExactly("last spoke on June 14", "Their previous meeting was in May");
    assertThat(subject(out.get(0), ClaimSubject.DATE)).isEqualTo("2025-06-14");
    assertThat(subject(out.get(0), ClaimSubject.COUNTRIES)).isEqualTo(List.of("RUS", "USA"));
    assertThat(subject(out.get(1), ClaimSubject.DATE)).isEqualTo("2025-05");
  }

  @Test
  void aLastClaimNamingThePairBeforeItIsAboutThemNotTheLatestOtherPair() {
    String text = "Delegations of India and China prepared to meet for talks in Geneva. "
        + "Macron and Scholz last spoke on March 18.";
    List<Claim> out = claims(LocalDate.of(2025, 5, 14), text,
        Fixture.consult(text, "talks", null, "2025-05-16", "IND", "CHN"),
        Fixture.consult(text, "spoke", null, "2025-03-18", "FRA", "DEU"));
    assertThat(out).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("last");
      assertThat(subject(c, ClaimSubject.COUNTRIES)).isEqualTo(List.of("DEU", "FRA"));
    });
  }

  @Test
  void durationAlone() {
    List<Claim> out = claims("The meeting between Macron and Putin lasted about two hours.");
    assertThat(out).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("duration");
      assertThat(c.text()).isEqualTo("lasted about two hours");
      assertThat(subject(c, ClaimSubject.DURATION)).isEqualTo("PT2H");
      assertThat(subject(c, ClaimSubject.QUALIFIER)).isEqualTo("about");
    });
  }

  @Test
  void comparisonTakesTheStatedDurationAndWindow() {
    List<Claim> out = claims("Their call lasted 40 minutes, far shorter than the earlier "
        + "90-minute and three-hour calls Trump held with Putin since January.");
    assertThat(out).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("duration-compare");
      assertThat(c.text()).isEqualTo("far shorter than the earlier 90-minute and three-hour calls");
      assertThat(subject(c, ClaimSubject.DURATION)).isEqualTo("PT40M");
      assertThat(subject(c, ClaimSubject.REFERENCE)).isEqualTo(List.of("PT1H30M", "PT3H"));
      assertThat(subject(c, ClaimSubject.COMPARE)).isEqualTo("shorter");
      assertThat(subject(c, ClaimSubject.DEGREE)).isEqualTo("far");
      assertThat(subject(c, ClaimSubject.FROM)).isEqualTo("2025-01-01");
      assertThat(subject(c, ClaimSubject.COUNTRIES)).isEqualTo(List.of("RUS", "USA"));
    });
  }

  @Test
  void administrationOfAFormerPresidentIsAClaimWhenItActsNow() {
    String text = "On Monday, the Biden administration paused arms shipments to Kyiv.";
    CodedEvent pause = Fixture.event("SANCTION", text, "paused", null, "2025-06-30", "USA", "UKR");
    assertThat(claims(text, pause)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("officeholder");
      assertThat(c.text()).isEqualTo("the Biden administration");
      assertThat(subject(c, ClaimSubject.PERSON)).isEqualTo("Joe Biden");
      assertThat(subject(c, ClaimSubject.OFFICE)).isEqualTo("HEAD_OF_STATE");
      assertThat(subject(c, ClaimSubject.AT)).isEqualTo("2025-06-30");
    });
    assertThat(claims("Critics still discuss what the Biden administration did.")).isEmpty();
  }

  @Test
  void aDatedTimeExpressionAlsoDatesAnOfficeholderClaim() {
    String text = "On Tuesday, the Biden administration halted aid.";
    CodingState plain = Fixture.state(text, PUB);
    org.annals.model.Sentence s = plain.doc().sentences().get(0);
    org.annals.model.Sentence dated = new org.annals.model.Sentence(0, s.start(), s.end(), List.of(),
        List.of(), List.of(), List.of(new org.annals.model.TimeExpression(3, 10, "Tuesday", "DATE",
        "2025-07-01", "test")));
    CodingState state = new CodingState(new org.annals.model.AnnotatedDoc(plain.doc().article(),
        List.of(dated), "test"), plain.actors(), List.of(), List.of(), List.of());
    assertThat(extractor.apply(state).claims()).singleElement().satisfies(c ->
        assertThat(subject(c, ClaimSubject.AT)).isEqualTo("2025-07-01"));
  }

  @Test
  void titlesMakeClaimsOnlyWhenTheKbDisagrees() {
    String text = "President Joe Biden met Macron on Monday. President Donald Trump met Macron on "
        + "Monday. Former President Joe Biden spoke too. Vice President Joe Biden and former US "
        + "President Joe Biden were quiet.";
    List<Claim> out = claims(text,
        Fixture.consult(text, "met", "in-person", "2025-06-30", "USA", "FRA"),
        Fixture.consult(text, "spoke", null, "2025-06-30", "USA"));
    assertThat(out).extracting(Claim::text).containsExactly("President Joe Biden");
    assertThat(out.get(0).start()).isZero();
  }

  @Test
  void aTitleTakenOnlyLaterIsAClaimEvenWithoutAnEvent() {
    List<Claim> out = claims(LocalDate.of(2020, 6, 1), "Supporters cheered President Joe Biden.");
    assertThat(out).singleElement().satisfies(c ->
        assertThat(subject(c, ClaimSubject.AT)).isEqualTo("2020-06-01"));
    assertThat(claims(LocalDate.of(2020, 6, 1), "Voters pictured a President Joe Biden.")).isEmpty();
  }

  @Test
  void lookalikesAreNotClaims() {
    assertThat(claims("It was the first time I saw him so angry. The first lady toured the "
        + "second-largest city. Trump made a second call to Putin. He took the first call of the "
        + "day. The Russian government denied it. The talks were held in the past. The eclipse "
        + "lasted about an hour.")).isEmpty();
  }

  @Test
  void withoutKbNoOfficeholderClaims() {
    CodingState state = Fixture.state("The Biden administration paused shipments.", PUB);
    assertThat(new ClaimExtractor(null).apply(state).claims()).isEmpty();
  }

  @Test
  void bareOrdinalTakesTheNounOfItsSentenceAndSinceNamesADate() {
    List<Claim> out = claims("The call was the fifth between the two leaders this year. "
        + "It was their sixth call since Trump took office in January.");
    assertThat(out).extracting(Claim::text).containsExactly(
        "the fifth between the two leaders this year",
        "their sixth call since Trump took office in January");
    assertThat(subject(out.get(0), ClaimSubject.MODE)).isEqualTo("phone");
    assertThat(subject(out.get(1), ClaimSubject.FROM)).isEqualTo("2025-01-01");
  }

  @Test
  void previousIsMeasuredFromTheArticlesNextEvent() {
    String text = "Trump and Putin spoke on June 14. Their previous call on June 4 lasted about "
        + "70 minutes.";
    CodedEvent call = Fixture.consult(text, "spoke", "phone", "2025-06-14", "USA", "RUS");
    List<Claim> out = claims(text, call);
    assertThat(out).extracting(Claim::kind).containsExactly("last", "duration");
    assertThat(subject(out.get(0), ClaimSubject.AT)).isEqualTo("2025-06-14");
    assertThat(subject(out.get(1), ClaimSubject.AT)).isEqualTo("2025-06-04");
    assertThat(subject(out.get(1), ClaimSubject.DURATION)).isEqualTo("PT1H10M");
  }

  /**
   * A claim that names no one ("their previous call") is about the pair of the latest call before
   * it — not the article's most frequent pair, nor the resolver's guess for the pronoun.
   */
  @Test
  void aClaimNamingNoOneIsAboutTheLatestCallsPair() {
    String text = "Zelensky and Macron met in Kyiv on June 10 and talked about the war. Later, Trump and "
        + "Putin spoke by phone. Their previous call on June 4 lasted about 70 minutes.";
    CodingState state = Fixture.state(text, PUB,
        Fixture.consult(text, "met", "in-person", "2025-06-10", "UKR", "FRA"),
        Fixture.consult(text, "talked", "in-person", "2025-06-10", "UKR", "FRA"),
        Fixture.consult(text, "spoke", "phone", "2025-06-14", "USA", "RUS"));
    int their = text.indexOf("Their");
    List<ActorMention> actors = new ArrayList<>(state.actors());
    actors.add(new ActorMention(2, 0, 0, 0, new ActorRef("Their", "Ukraine", "UKR", "GOV", "UKRGOV", null, their,
        their + 5, "coref:pronoun>kb:country:UKR")));   // the resolver's weak reading of a plural pronoun
    List<Claim> out = extractor.apply(state.withActors(actors)).claims();
    assertThat(out).filteredOn(c -> c.kind().equals("last")).singleElement().satisfies(c ->
        assertThat(subject(c, ClaimSubject.COUNTRIES)).isEqualTo(List.of("RUS", "USA")));
  }

  /** "It was the second call ... in less than two weeks": the count is about the call reported before it. */
  @Test
  void aCountWithoutAContactInItsSentenceIsAboutTheLatestReportedOne() {
    String text = "Trump and Putin spoke by phone on June 14. It was the second call between the two leaders "
        + "in less than two weeks.";
    List<Claim> out = claims(LocalDate.of(2025, 6, 15), text,
        Fixture.consult(text, "spoke", "phone", "2025-06-14", "USA", "RUS"));
    assertThat(out).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("count");
      assertThat(subject(c, ClaimSubject.AT)).isEqualTo("2025-06-14");
      assertThat(subject(c, ClaimSubject.COUNTRIES)).isEqualTo(List.of("RUS", "USA"));
    });
  }

  /**
   * "They last spoke on May 19" right after a count about the leaders' call continues that
   * count's pair, not the pair of talks reported in between.
   */
  @Test
  void aClaimNamingNoOneAfterACountContinuesTheCountsPair() {
    String text = "Modi and Sharif spoke by phone on Wednesday, their aides said. They discussed"
        + " the outcome of talks between India and China in Delhi on June 2. The call was the fourth"
        + " between the two leaders this year. They last spoke on May 19, in a conversation that"
        + " lasted a little over two hours.";
    List<Claim> out = claims(LocalDate.of(2025, 6, 5), text,
        Fixture.consult(text, "spoke", "phone", "2025-06-04", "IND", "PAK"),
        Fixture.consult(text, "talks", null, "2025-06-02", "IND", "CHN"));
    assertThat(out).extracting(Claim::kind).containsExactly("count", "last", "duration");
    assertThat(out).allSatisfy(c ->
        assertThat(subject(c, ClaimSubject.COUNTRIES)).as(c.text()).isEqualTo(List.of("IND", "PAK")));
  }

  /** The count names the pair; the next sentence's "They" is that pair, even with no call coded. */
  @Test
  void aLastClaimAfterACountNamingThePairIsAboutThatPair() {
    String text = "Talks between Ukraine and China ended in Kyiv on Friday. If it goes ahead, the"
        + " conversation will be the third between Macron and Scholz this year. They last spoke on"
        + " March 18.";
    List<Claim> out = claims(LocalDate.of(2025, 5, 17), text,
        Fixture.consult(text, "Talks", null, "2025-05-16", "UKR", "CHN"));
    assertThat(out).extracting(Claim::kind).containsExactly("count", "last");
    assertThat(out).allSatisfy(c ->
        assertThat(subject(c, ClaimSubject.COUNTRIES)).as(c.text()).isEqualTo(List.of("DEU", "FRA")));
  }

  @Test
  void aCountOfCallsIsAboutTheLatestCallNotTalksMentionedAfterIt() {
    String text = "Modi and Sharif spoke by phone on June 14, two days after talks between India and"
        + " China in Delhi. It was the second call between the two leaders in less than two weeks.";
    List<Claim> out = claims(LocalDate.of(2025, 6, 15), text,
        Fixture.consult(text, "spoke", "phone", "2025-06-14", "IND", "PAK"),
        Fixture.consult(text, "talks", null, "2025-06-12", "IND", "CHN"));
    assertThat(out).singleElement().satisfies(c -> {
      assertThat(subject(c, ClaimSubject.AT)).isEqualTo("2025-06-14");
      assertThat(subject(c, ClaimSubject.COUNTRIES)).isEqualTo(List.of("IND", "PAK"));
    });
  }

  @Test
  void participantsAreNamedInTheClaimOrJustBeforeIt() {
    String text = "Trump spoke on Friday, two days after Macron held his first phone call "
        + "with Putin in almost two years.";
    CodedEvent both = Fixture.consult(text, "conversation", "phone", "2025-07-01", "FRA", "RUS", "USA");
    assertThat(claims(text, both)).singleElement().satisfies(c ->
        assertThat(subject(c, ClaimSubject.COUNTRIES)).isEqualTo(List.of("FRA", "RUS")));
  }

  @Test
  void anEventWithoutTheClaimsNamedPartnerIsNotItsEvent() {
    String text = "The new call came two days after Macron held his first phone call with "
        + "Putin in almost two years.";
    CodedEvent other = Fixture.consult(text, "call", "phone", "2025-07-03", "USA", "RUS");
    CodedEvent own = Fixture.consult(text, "held", "phone", "2025-07-01", "FRA", "RUS");
    assertThat(claims(text, other, own)).singleElement().satisfies(c -> {
      assertThat(subject(c, ClaimSubject.COUNTRIES)).isEqualTo(List.of("FRA", "RUS"));
      assertThat(subject(c, ClaimSubject.AT)).isEqualTo("2025-07-01");
    });
    assertThat(claims(text, other)).singleElement().satisfies(c ->
        assertThat(subject(c, ClaimSubject.COUNTRIES)).isEqualTo(List.of("FRA", "RUS")));
  }

  @Test
  void comparisonQuantifiers() {
    List<Claim> out = claims("The call with Putin was much shorter than some of their earlier "
        + "conversations. Trump said it was shorter than most of the earlier ones.");
    assertThat(out).extracting(c -> subject(c, ClaimSubject.QUANTIFIER)).containsExactly("some", "most");
    assertThat(out.get(1).text()).isEqualTo("shorter than most of the earlier ones");
  }

  @Test
  void hedgedAndHalfHourDurations() {
    List<Claim> out = claims("The meeting between Macron and Putin lasted almost an hour and a half. "
        + "Scholz said his talks with Xi went on for a little over two hours.");
    assertThat(out).extracting(c -> subject(c, ClaimSubject.DURATION)).containsExactly("PT1H30M", "PT2H");
    assertThat(out).extracting(c -> subject(c, ClaimSubject.QUALIFIER)).containsExactly("nearly", "more than");
    assertThat(out.get(0).text()).isEqualTo("lasted almost an hour and a half");
  }

  @Test
  void comparisonNamesHalfHoursAndLongForms() {
    List<Claim> out = claims("Their call lasted some 40 minutes, much shorter than the earlier "
        + "one and a half hour and 2-hour long calls Trump had with Putin.");
    assertThat(out).singleElement().satisfies(c -> {
      assertThat(subject(c, ClaimSubject.DURATION)).isEqualTo("PT40M");
      assertThat(subject(c, ClaimSubject.REFERENCE)).isEqualTo(List.of("PT1H30M", "PT2H"));
    });
  }
}
