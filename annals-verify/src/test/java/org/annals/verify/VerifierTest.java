package org.annals.verify;

import static org.annals.model.ClaimSubject.AT;
import static org.annals.model.ClaimSubject.COMPARE;
import static org.annals.model.ClaimSubject.COUNTRIES;
import static org.annals.model.ClaimSubject.DATE;
import static org.annals.model.ClaimSubject.DEGREE;
import static org.annals.model.ClaimSubject.DURATION;
import static org.annals.model.ClaimSubject.EVENT;
import static org.annals.model.ClaimSubject.FROM;
import static org.annals.model.ClaimSubject.MODE;
import static org.annals.model.ClaimSubject.NUMBER;
import static org.annals.model.ClaimSubject.QUALIFIER;
import static org.annals.model.ClaimSubject.QUANTIFIER;
import static org.annals.model.ClaimSubject.REFERENCE;
import static org.annals.model.ClaimSubject.TO;
import static org.annals.model.ClaimSubject.VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedArticle;
import org.annals.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verification of event claims against a DuckDB store filled with synthetic pre-coded reports:
 * the 2025 Trump–Putin calls before 2025-07-03 (the first one reported three times, the
 * 2025-05-19 one reported twice) and the 2022-09-11 Macron–Putin call. The checked article reports the 2025-07-03 call itself.
 */
class VerifierTest {
  @TempDir static Path dir;
  private static EventStore store;
  private static final Verifier VERIFIER = new Verifier();
  /** The checked article: its own call on 2025-07-03 is not in the store. */
  private static final CodedArticle CHECKED = Records.report("Checked Times",
      LocalDate.of(2025, 7, 3), Records.consultOn("2025-07-03", "PT1H", "USA", "RUS"));

  @BeforeAll
  static void fill() {
    store = EventStore.open("jdbc:duckdb:" + dir.resolve("record.duckdb"));
    store.putAll(List.of(
        Records.call("Meridian Wire", "2025-02-12", "PT1H30M", "RUS", "USA"),
        Records.call("Harbor Times", "2025-02-12", "PT1H30M", "USA", "RUS"),
        Records.call("Northern Ledger", "2025-02-12", null, "RUS", "USA"),
        Records.call("Meridian Wire", "2025-03-18", "PT2H30M", "RUS", "USA"),
        Records.call("Capital Dispatch", "2025-05-19", "PT2H5M", "RUS", "USA"),
        Records.call("Harbor Times", "2025-05-19", null, "RUS", "USA"),
        Records.call("Harbor Times", "2025-06-04", "PT1H10M", "RUS", "USA"),
        Records.call("Northern Ledger", "2025-06-14", "PT50M", "RUS", "USA"),
        Records.call("Meridian Wire", "2022-09-11", null, "FRA", "RUS")));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static Verdict verify(Claim c) {
    return VERIFIER.verify(c, CHECKED, store, null);
  }

  private static Claim ordinal(int value, String from, String... countries) {
    return Records.claim(ClaimSubject.KIND_COUNT, EVENT, "CONSULT", MODE, "phone",
        COUNTRIES, List.of(countries), AT, "2025-07-03", VALUE, value, NUMBER, "ordinal",
        FROM, from, TO, "2025-07-03");
  }

  private static List<String> dates(Verdict v) {
    return v.evidence().stream().map(e -> e.event().date().value()).toList();
  }

  @Test
  void sixthCallCountsEachCallOnceAndTheArticlesOwn() {
    Verdict v = verify(ordinal(6, "2025-02-03", "RUS", "USA"));
    assertThat(v.verdict()).isEqualTo(Outcome.SUPPORTED);
    assertThat(dates(v)).containsExactly("2025-02-12", "2025-03-18", "2025-05-19", "2025-06-04",
        "2025-06-14", "2025-07-03");
    assertThat(v.evidence().get(0).reports()).extracting(Report::outlet)
        .containsExactlyInAnyOrder("Meridian Wire", "Harbor Times", "Northern Ledger");
    assertThat(v.evidence().get(2).reports()).extracting(Report::outlet)
        .containsExactlyInAnyOrder("Capital Dispatch", "Harbor Times");
    assertThat(v.evidence().get(5).role()).isEqualTo("claimed");
    assertThat(v.evidence().get(5).reports()).extracting(Report::outlet).containsExactly("Checked Times");
  }

  @Test
  void fifthCallThatIsTheSixthIsContradicted() {
    Verdict v = verify(ordinal(5, "2025-02-03", "RUS", "USA"));
    assertThat(v.verdict()).isEqualTo(Outcome.CONTRADICTED);
    assertThat(v.reason()).contains("the 6th, not the 5th");
  }

  @Test
  void moreThanRecordedIsNotCheckable() {
    Verdict v = verify(ordinal(6, "2025-06-01", "RUS", "USA"));
    assertThat(v.verdict()).isEqualTo(Outcome.NOT_CHECKABLE);
    assertThat(v.reason()).contains("more than recorded");
    assertThat(dates(v)).containsExactly("2025-06-04", "2025-06-14", "2025-07-03");
  }

  @Test
  void noRecordsInTheWindowAndAmbiguousSubjects() {
    assertThat(verify(ordinal(2, "2025-02-03", "DEU", "FRA")).reason())
        .startsWith("no records of DEU\u2013FRA phone calls from 2025-02-03");
    Verdict v = verify(ordinal(2, "2025-02-03", "USA"));
    assertThat(v.verdict()).isEqualTo(Outcome.NOT_CHECKABLE);
    assertThat(v.reason()).startsWith("ambiguous subject");
  }

  @Test
  void cardinalsCountTheWholeWindow() {
    Claim five = Records.claim(ClaimSubject.KIND_COUNT, EVENT, "CONSULT", MODE, "phone",
        COUNTRIES, List.of("RUS", "USA"), AT, "2025-07-03", VALUE, 5, NUMBER, "cardinal",
        FROM, "2025-03-01", TO, "2025-07-03");
    assertThat(verify(five).verdict()).isEqualTo(Outcome.SUPPORTED);
    Claim three = Records.claim(ClaimSubject.KIND_COUNT, EVENT, "CONSULT", MODE, "phone",
        COUNTRIES, List.of("RUS", "USA"), AT, "2025-07-03", VALUE, 3, NUMBER, "cardinal",
        FROM, "2025-03-01", TO, "2025-07-03");
    assertThat(verify(three).verdict()).isEqualTo(Outcome.CONTRADICTED);
  }

  private static Claim firstSince(String at, String from, String... countries) {
    return Records.claim(ClaimSubject.KIND_FIRST_SINCE, EVENT, "CONSULT", MODE, "phone",
        COUNTRIES, List.of(countries), AT, at, FROM, from, QUALIFIER, "nearly", TO, at);
  }

  @Test
  void firstInNearlyThreeYearsFindsThePreviousCall() {
    Verdict v = verify(firstSince("2025-07-01", "2022-07-01", "FRA", "RUS"));
    assertThat(v.verdict()).isEqualTo(Outcome.SUPPORTED);
    assertThat(v.reason()).contains("the previous one was on 2022-09-11, 2 years 9 months earlier");
    assertThat(dates(v)).containsExactly("2022-09-11");
    assertThat(v.evidence().get(0).role()).isEqualTo("previous");
  }

  @Test
  void firstInThreeYearsWithACallLastYearIsContradicted(@TempDir Path other) {
    try (EventStore s = EventStore.open("jdbc:duckdb:" + other.resolve("s.duckdb"))) {
      s.putAll(List.of(Records.call("Meridian Wire", "2022-09-11", null, "FRA", "RUS"),
          Records.call("Harbor Times", "2024-05-10", null, "RUS", "FRA")));
      Verdict v = VERIFIER.verify(firstSince("2025-07-01", "2022-07-01", "FRA", "RUS"), null, s, null);
      assertThat(v.verdict()).isEqualTo(Outcome.CONTRADICTED);
      assertThat(dates(v)).containsExactly("2024-05-10");
      assertThat(v.reason()).contains("the latest was 1 year 1 month before 2025-07-01");
    }
  }

  @Test
  void anUnplacedFirstSinceIsAboutTheLatestEventOfThePastWeek(@TempDir Path other) {
    try (EventStore s = EventStore.open("jdbc:duckdb:" + other.resolve("s.duckdb"))) {
      s.putAll(List.of(Records.call("Meridian Wire", "2022-09-11", null, "FRA", "RUS"),
          Records.call("Harbor Times", "2025-07-01", "PT2H", "RUS", "FRA")));
      Claim c = Records.claim(ClaimSubject.KIND_FIRST_SINCE, EVENT, "CONSULT", MODE, "phone",
          COUNTRIES, List.of("FRA", "RUS"), AT, "2025-07-03", FROM, "2022-07-03",
          QUALIFIER, "nearly", TO, "2025-07-03", ClaimSubject.AT_BASIS, "publication");
      Verdict v = VERIFIER.verify(c, null, s, null);
      assertThat(v.verdict()).isEqualTo(Outcome.SUPPORTED);
      assertThat(v.evidence()).extracting(EvidenceEvent::role).containsExactly("previous", "claimed");
    }
  }

  /**
   * A report that dates a call only to its week ("spoke this week") joins the call of a day of that
   * week and is counted once with it; a week-dated call no day-dated report pins down is not counted
   * as a call of any day (as a month-dated one is not).
   */
  @Test
  void aWeekDatedReportCountsOnceWithTheCallOfItsDay(@TempDir Path other) {
    try (EventStore s = EventStore.open("jdbc:duckdb:" + other.resolve("s.duckdb"))) {
      s.putAll(List.of(Records.call("Meridian Wire", "2025-02-12", null, "RUS", "USA"),
          Records.call("Northern Ledger", "2025-06-14", null, "RUS", "USA"),
          Records.report("Harbor Times", LocalDate.of(2025, 6, 15),
              Records.consultOn("2025-W24", null, "USA", "RUS")),
          Records.report("Capital Dispatch", LocalDate.of(2025, 3, 9),
              Records.consultOn("2025-W10", null, "USA", "RUS"))));
      Verdict v = VERIFIER.verify(ordinal(3, "2025-02-03", "RUS", "USA"), CHECKED, s, null);
      assertThat(v.verdict()).isEqualTo(Outcome.SUPPORTED);
      assertThat(dates(v)).containsExactly("2025-02-12", "2025-06-14", "2025-07-03");
      assertThat(v.evidence().get(1).reports()).extracting(Report::outlet)
          .containsExactlyInAnyOrder("Northern Ledger", "Harbor Times");
    }
  }

  @Test
  void firstSinceWithNoEarlierRecordIsNotCheckable() {
    Verdict v = verify(firstSince("2025-07-01", "2023-07-01", "DEU", "RUS"));
    assertThat(v.verdict()).isEqualTo(Outcome.NOT_CHECKABLE);
    assertThat(v.reason()).contains("no DEU\u2013RUS phone calls recorded before 2025-07-01");
  }

  private static Claim last(String date) {
    return Records.claim(ClaimSubject.KIND_LAST, EVENT, "CONSULT", MODE, "phone",
        COUNTRIES, List.of("RUS", "USA"), AT, "2025-07-03", DATE, date, FROM, date, TO, date);
  }

  @Test
  void lastCalls() {
    assertThat(verify(last("2025-06-14")).verdict()).isEqualTo(Outcome.SUPPORTED);
    Verdict wrong = verify(last("2025-06-04"));
    assertThat(wrong.verdict()).isEqualTo(Outcome.CONTRADICTED);
    assertThat(dates(wrong)).containsExactly("2025-06-14");
    Verdict unknown = verify(last("2025-06-20"));
    assertThat(unknown.verdict()).isEqualTo(Outcome.NOT_CHECKABLE);
    assertThat(unknown.reason()).contains("the latest earlier one on record is 2025-06-14");
  }

  private static Claim lasted(String at, String duration) {
    return Records.claim(ClaimSubject.KIND_DURATION, EVENT, "CONSULT", COUNTRIES,
        List.of("RUS", "USA"), AT, at, DURATION, duration, QUALIFIER, "about");
  }

  @Test
  void durationsAgainstOtherReports() {
    assertThat(verify(lasted("2025-06-14", "PT50M")).verdict()).isEqualTo(Outcome.SUPPORTED);
    assertThat(verify(lasted("2025-06-14", "PT2H")).verdict()).isEqualTo(Outcome.CONTRADICTED);
    Verdict own = verify(lasted("2025-07-03", "PT1H"));
    assertThat(own.verdict()).isEqualTo(Outcome.NOT_CHECKABLE);
    assertThat(own.reason()).contains("no duration recorded");
    assertThat(verify(lasted("2025-07-10", "PT1H")).reason()).startsWith("no record of");
  }

  private static Claim shorter(String quantifier, String... named) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>(Records.claim(
        ClaimSubject.KIND_DURATION_COMPARE, EVENT, "CONSULT", MODE, "phone",
        COUNTRIES, List.of("RUS", "USA"), AT, "2025-07-03", COMPARE, "shorter", DEGREE, "much",
        DURATION, "PT1H", FROM, "2025-02-01", TO, "2025-07-03").subject());
    if (named.length > 0) {
      m.put(REFERENCE, List.of(named));
    }
    if (quantifier != null) {
      m.put(QUANTIFIER, quantifier);
    }
    return new Claim(ClaimSubject.KIND_DURATION_COMPARE, "claim words", 0, 11, m, "test");
  }

  @Test
  void namedDurationsAreFoundAmongTheEarlierCalls() {
    Verdict v = verify(shorter(null, "PT1H30M", "PT2H"));
    assertThat(v.verdict()).isEqualTo(Outcome.SUPPORTED);
    assertThat(v.reason()).startsWith("this one: 1 h, much shorter than each named duration")
        .contains("1 h 30 min (2025-02-12 1 h 30 min)").contains("2 h (2025-05-19 2 h 5 min)");
    assertThat(dates(v)).containsExactly("2025-02-12", "2025-05-19");
    assertThat(v.evidence()).allSatisfy(e -> assertThat(e.role()).isEqualTo("compared"));
  }

  @Test
  void aNamedDurationNoEarlierCallHadIsContradicted() {
    Verdict v = verify(shorter(null, "PT1H30M", "PT3H"));
    assertThat(v.verdict()).isEqualTo(Outcome.CONTRADICTED);
    assertThat(v.reason()).contains("no earlier RUS\u2013USA phone calls from 2025-02-01 to 2025-07-02 of 3 h on record");
    Verdict arithmetic = verify(shorter(null, "PT1H10M"));
    assertThat(arithmetic.verdict()).isEqualTo(Outcome.CONTRADICTED);
    assertThat(arithmetic.reason()).isEqualTo("this one: 1 h, which is not much shorter than the named 1 h 10 min");
  }

  @Test
  void withoutNamedDurationsTheQuantifierOrThePreviousCallDecides() {
    assertThat(verify(shorter("some")).verdict()).isEqualTo(Outcome.SUPPORTED);
    Verdict most = verify(shorter("most"));
    assertThat(most.verdict()).isEqualTo(Outcome.SUPPORTED);
    assertThat(most.reason()).endsWith("it is much shorter than 3 of 5 (most of them)");
    Verdict previous = verify(shorter(null));
    assertThat(previous.verdict()).isEqualTo(Outcome.CONTRADICTED);
    assertThat(previous.reason()).isEqualTo("this one: 1 h; the previous one, on 2025-06-14: 50 min; it is not much shorter");
    assertThat(dates(previous)).containsExactly("2025-06-14");
  }

  @Test
  void comparisonWithoutRecordedDurationsIsNotCheckable(@TempDir Path other) {
    try (EventStore s = EventStore.open("jdbc:duckdb:" + other.resolve("s.duckdb"))) {
      s.put(Records.call("Meridian Wire", "2025-03-18", null, "RUS", "USA"));
      Verdict v = VERIFIER.verify(shorter(null, "PT1H30M", "PT2H"), CHECKED, s, null);
      assertThat(v.verdict()).isEqualTo(Outcome.NOT_CHECKABLE);
      assertThat(v.reason()).contains("of 1 h 30 min or 2 h on record")
          .endsWith("1 of the 1 earlier ones have no recorded duration (the record may be incomplete)");
      assertThat(VERIFIER.verify(shorter("some"), CHECKED, s, null).reason())
          .startsWith("no durations recorded for the 1 earlier RUS\u2013USA phone calls");
    }
  }

  @Test
  void newEventsThatMayChangeAVerdict() {
    Claim c = ordinal(6, "2025-02-03", "RUS", "USA");
    var events = store.events(org.annals.store.EventQuery.all().withActor("FRA")).items();
    assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(Verifier.mayChange(c, e)).isFalse());
    var calls = store.events(org.annals.store.EventQuery.all().withActor("USA")).items();
    assertThat(calls).isNotEmpty().allSatisfy(e -> assertThat(Verifier.mayChange(c, e)).isTrue());
  }

  @Test
  void checkedClaimsSerialiseFlatWithCanonicalEventsAsEvidence() {
    Claim c = ordinal(6, "2025-02-03", "RUS", "USA");
    com.fasterxml.jackson.databind.JsonNode n = org.annals.model.Json.MAPPER.valueToTree(
        new CheckedClaim(c, verify(c)));
    assertThat(n.get("kind").asText()).isEqualTo("count");
    assertThat(n.get("verdict").asText()).isEqualTo("supported");
    assertThat(n.has("claim") || n.has("result")).isFalse();
    List<String> fields = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("kind", "text", "start", "end", "subject", "rule",
        "verdict", "reason", "evidence");
    com.fasterxml.jackson.databind.JsonNode first = n.get("evidence").get(0);
    assertThat(first.get("event").asText()).isEqualTo("CONSULT");
    assertThat(first.at("/date/value").asText()).isEqualTo("2025-02-12");
    assertThat(first.get("sources").asInt()).isEqualTo(3);
    assertThat(first.get("role").asText()).isEqualTo("counted");
    assertThat(first.get("reports")).hasSize(3);
  }
}
