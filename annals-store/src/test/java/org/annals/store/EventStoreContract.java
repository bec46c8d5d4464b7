package org.annals.store;

import static org.annals.store.Fixtures.MACRON;
import static org.annals.store.Fixtures.PUTIN;
import static org.annals.store.Fixtures.TRUMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.annals.model.AnnalsException;
import org.annals.model.BadInputException;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Modality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The behaviour every backend must have; subclasses supply a fresh, empty store URL. */
abstract class EventStoreContract {
  static final LocalDate JULY3 = LocalDate.of(2025, 7, 3);

  @TempDir Path tmp;
  EventStore store;

  /** A JDBC URL of a fresh, empty database; {@code n} distinguishes several per test. */
  abstract String freshUrl(int n) throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = EventStore.open(freshUrl(0));
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  /** Three reports of one call by different outlets, one of them also mentioning older calls. */
  static List<CodedArticle> threeReports() {
    return List.of(
        Fixtures.article("Moscow desk: The Russian president held a telephone conversation with"
            + " the American president on Thursday, aides said.", JULY3)
            .outlet("Northern Wire").url("https://north.example/call")
            .call("telephone conversation", "2025-07-03", PUTIN, TRUMP).build(),
        Fixtures.article("Washington: Trump and Putin spoke by phone for an hour on Thursday. It"
            + " was their second call since a long talk in June.", JULY3)
            .outlet("Capital Post").url("https://capital.example/a1")
            .call("spoke by phone", "2025-07-03", TRUMP, PUTIN)
            .call("long talk", "2025-06", PUTIN, TRUMP).build(),
        Fixtures.article("The two leaders talked on the phone on July 3, the Kremlin said, after"
            + " Macron had called Putin two days earlier.", LocalDate.of(2025, 7, 4))
            .outlet("Evening Ledger")
            .event("talked", "CONSULT", null, "2025-07-03", Modality.ASSERTED, true,
                List.of(PUTIN, TRUMP), List.of(), Map.of())
            .call("had called", "2025-07-01", MACRON, PUTIN).build());
  }

  static CodedArticle juneCall() {
    return Fixtures.article("In a June 14 call the presidents of Russia and the United States"
        + " discussed prisoners.", LocalDate.of(2025, 6, 15)).outlet("Northern Wire")
        .call("call", "2025-06-14", PUTIN, TRUMP).build();
  }

  @Test
  void threeOutletsReportingOneCallGiveOneCanonicalEventWithThreeSources() {
    store.putAll(threeReports());
    List<CanonicalEvent> july3 = store.events(EventQuery.all().withActor("RUS")
        .withPartner("USA").withDates(JULY3, JULY3)).items();
    assertThat(july3).hasSize(1);
    CanonicalEvent e = july3.get(0);
    assertThat(e.mentions()).isEqualTo(3);
    assertThat(e.sources()).isEqualTo(3);
    assertThat(e.mode()).isEqualTo("phone");
    assertThat(e.firstSeen()).isEqualTo(JULY3);
    assertThat(e.lastSeen()).isEqualTo(LocalDate.of(2025, 7, 4));
    assertThat(store.events(EventQuery.all().withMinSources(2)).items())
        .extracting(CanonicalEvent::id).containsExactly(e.id());
  }

  /**
   * A mention the coder marks as an earlier event of the article told again (attribute {@code
   * retells}) joins that event, though it names fewer of its parties.
   */
  @Test
  void aRetellingJoinsTheEventItTellsAgain() {
    String text = "Putin and Trump spoke by phone on July 3. Putin told Trump the call was useful.";
    CodedArticle first = Fixtures.article(text, JULY3).outlet("Morning Post")
        .call("spoke by phone", "2025-07-03", PUTIN, TRUMP).build();
    String firstId = first.events().get(0).id();
    CodedArticle both = Fixtures.article(text, JULY3).outlet("Morning Post")
        .call("spoke by phone", "2025-07-03", PUTIN, TRUMP)
        .event("the call", "CONSULT", "phone", "2025-07-03", Modality.ASSERTED, true, List.of(PUTIN),
            List.of(), Map.of(CodedEvent.RETELLS, firstId)).build();
    store.put(both);
    List<CanonicalEvent> events = store.events(EventQuery.all().withActor("RUS")).items();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).mentions()).isEqualTo(2);
  }

  @Test
  void anImpreciseEarlierCallAttachesToTheOnlyFittingDay() {
    store.put(juneCall());
    store.putAll(threeReports());
    List<CanonicalEvent> june = store.events(EventQuery.all().withActor("USA")
        .withDates(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30))).items();
    assertThat(june).hasSize(1);
    assertThat(june.get(0).mentions()).isEqualTo(2);
    assertThat(june.get(0).date().value()).isEqualTo("2025-06-14");
    assertThat(store.explain(june.get(0).id())).contains("date '2025-06' fits exactly one event");
  }

  /**
   * "This week" (an ISO week) meets each of its seven days: a report of a call "this week" joins
   * the call reported on the Wednesday of that week, not a call of the week before.
   */
  @Test
  void aWeekAttachesToTheOnlyCallOnOneOfItsDays() {
    store.put(Fixtures.article("Putin and Trump spoke on Wednesday.", LocalDate.of(2025, 7, 3))
        .call("spoke", "2025-07-02", PUTIN, TRUMP).build());
    store.put(Fixtures.article("Putin and Trump also spoke on Thursday.", LocalDate.of(2025, 6, 27))
        .call("spoke", "2025-06-26", PUTIN, TRUMP).build());
    store.put(Fixtures.article("Trump said he talked with Putin this week.", LocalDate.of(2025, 7, 4))
        .outlet("Evening Ledger").call("talked", "2025-W27", TRUMP, PUTIN).build());
    List<CanonicalEvent> week = store.events(EventQuery.all().withActor("USA")
        .withDates(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 6))).items();
    assertThat(week).singleElement().satisfies(e -> {
      assertThat(e.mentions()).isEqualTo(2);
      assertThat(e.date().value()).isEqualTo("2025-07-02");
    });
    assertThat(store.explain(week.get(0).id())).contains("date '2025-W27' fits exactly one event");
  }

  /** An earlier report without the mode does not hide the mode the later reports give. */
  @Test
  void theRepresentativeOfADayIsAReportWithAMode() {
    store.put(Fixtures.article("A conversation between Macron and Putin took place on Sunday.",
        LocalDate.of(2022, 9, 11)).outlet("Evening Ledger")
        .event("conversation", "CONSULT", null, "2022-09-11", Modality.ASSERTED, true,
            List.of(MACRON, PUTIN), List.of(), Map.of()).build());
    store.put(Fixtures.article("Macron and Putin spoke by phone on Sunday about the nuclear plant.",
        LocalDate.of(2022, 9, 12)).outlet("Capital Post")
        .call("spoke by phone", "2022-09-11", MACRON, PUTIN).build());
    List<CanonicalEvent> day = store.events(EventQuery.all().withActor("FRA")).items();
    assertThat(day).singleElement().satisfies(e -> {
      assertThat(e.mentions()).isEqualTo(2);
      assertThat(e.mode()).isEqualTo("phone");
      assertThat(e.cameo()).isEqualTo("041");
    });
  }

  @Test
  void anImpreciseDateWithTwoCandidatesMergesOnlyWhenAttributesPickOne() {
    CodedArticle may = Fixtures.article("A two-hour call took place on May 19.",
        LocalDate.of(2025, 5, 20)).event("call", "CONSULT", "phone", "2025-05-19",
            Modality.ASSERTED, true, List.of(PUTIN, TRUMP), List.of(), Map.of("duration", "PT2H"))
        .build();
    CodedArticle later = Fixtures.article("Their previous two-hour call and an earlier one both"
        + " came before this week.", JULY3)
        .event("previous two-hour call", "CONSULT", "phone", "before 2025-07-03",
            Modality.ASSERTED, true, List.of(PUTIN, TRUMP), List.of(), Map.of("duration", "PT2H"))
        .event("an earlier one", "CONSULT", "phone", "before 2025-07-03", Modality.ASSERTED, true,
            List.of(PUTIN, TRUMP), List.of(), Map.of())
        .build();
    store.putAll(List.of(juneCall(), may, later));
    Map<String, Integer> byDate = new java.util.TreeMap<>();
    store.events(EventQuery.all()).items().forEach(e -> byDate.put(e.date().value(), e.mentions()));
    assertThat(byDate).containsExactly(Map.entry("2025-05-19", 2), Map.entry("2025-06-14", 1),
        Map.entry("before 2025-07-03", 1));
  }

  @Test
  void storingTheSameArticleOrUrlAgainChangesNothing() throws Exception {
    List<CodedArticle> in = threeReports();
    store.putAll(in);
    IngestStats before = store.stats();
    PutResult again = store.put(in.get(0));
    assertThat(again.status()).isEqualTo(PutStatus.DUPLICATE);
    assertThat(again.mergedInto()).isEqualTo(in.get(0).article().id());
    CodedArticle sameUrl = Fixtures.article("Entirely different words about weather.", JULY3)
        .url("https://north.example/call").build();
    PutResult byUrl = store.put(sameUrl);
    assertThat(byUrl.status()).isEqualTo(PutStatus.DUPLICATE);
    assertThat(byUrl.mergedInto()).isEqualTo(in.get(0).article().id());
    assertThat(store.stats()).isEqualTo(before);
  }

  @Test
  void containsArticleFindsStoredArticlesByIdOrUrl() {
    CodedArticle a = threeReports().get(0);
    assertThat(store.containsArticle(a.article().id(), a.article().url())).isFalse();
    store.put(a);
    assertThat(store.containsArticle(a.article().id(), null)).isTrue();
    assertThat(store.containsArticle("a0000000000000000", "https://north.example/call")).isTrue();
    assertThat(store.containsArticle("a0000000000000000", "https://other.example/")).isFalse();
    assertThat(store.containsArticle(null, " ")).isFalse();
  }

  @Test
  void concurrentReadersAndAWriterDoNotBlockOrFail() throws Exception {
    store.put(juneCall());
    List<CodedArticle> reports = threeReports();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<java.util.concurrent.Future<Long>> reads = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        reads.add(pool.submit(() -> store.events(EventQuery.all().withActor("USA")).total()));
      }
      java.util.concurrent.Future<?> write = pool.submit(() -> store.putAll(reports));
      write.get();
      for (java.util.concurrent.Future<Long> r : reads) {
        assertThat(r.get()).isBetween(1L, 2L);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(store.events(EventQuery.all().withActor("USA")).total()).isEqualTo(2);
  }

  @Test
  void aNearDuplicateIsLinkedAndNotCountedAsASource() {
    CodedArticle first = threeReports().get(1);
    String text = first.article().text();
    CodedArticle copy = Fixtures.article("Syndicated copy. " + text
        + " Subscribe for more.", JULY3).outlet("Aggregator Daily")
        .call("spoke by phone", "2025-07-03", TRUMP, PUTIN).build();
    CodedArticle third = Fixtures.article(copy.article().text() + " Share this.", JULY3).build();
    store.putAll(List.of(first, copy, third));
    String primary = java.util.stream.Stream.of(first, copy, third).map(a -> a.article().id())
        .sorted().findFirst().orElseThrow();
    CanonicalEvent e = store.events(EventQuery.all().withDates(JULY3, JULY3)).items().get(0);
    assertThat(e.sources()).isEqualTo(1);
    assertThat(e.mentions()).isEqualTo(1);
    assertThat(store.stats().nearDuplicates()).isEqualTo(2);
    for (CodedArticle a : List.of(first, copy, third)) {
      String expected = a.article().id().equals(primary) ? null : primary;
      assertThat(store.article(a.article().id()).orElseThrow().nearDuplicateOf())
          .isEqualTo(expected);
    }
  }

  @Test
  void theStoreDoesNotDependOnInputOrder() throws Exception {
    List<CodedArticle> in = new ArrayList<>(threeReports());
    in.add(juneCall());
    CodedArticle first = threeReports().get(1);
    in.add(Fixtures.article("Syndicated copy. " + first.article().text(), JULY3)
        .outlet("Aggregator Daily").call("spoke by phone", "2025-07-03", TRUMP, PUTIN).build());
    store.putAll(in);
    store.close();
    store = null;
    Collections.reverse(in);
    String other = freshUrl(1);
    try (EventStore s2 = EventStore.open(other)) {
      for (CodedArticle a : in) {
        s2.put(a);
      }
    }
    assertThat(StoreDump.dump(other)).isEqualTo(StoreDump.dump(freshUrlForDump()));
  }

  /**
   * Seeded random mentions of three dyads with every kind of date (days, months, a year, "before",
   * "after", unknown), modes and durations: storing them in random order and random batch sizes
   * (so that each write re-merges only the stored mentions its days can meet) gives exactly the
   * store that one batch of all of them gives (where everything is merged at once).
   */
  @Test
  void partialRecomputationEqualsMergingEverythingAtOnce() throws Exception {
    for (long seed = 1; seed <= 3; seed++) {
      List<CodedArticle> in = RandomMentions.articles(new java.util.SplittableRandom(seed), 40);
      String whole = freshUrl((int) (10 * seed));
      try (EventStore s = EventStore.open(whole)) {
        s.putAll(in);
      }
      List<CodedArticle> shuffled = new ArrayList<>(in);
      Collections.shuffle(shuffled, new java.util.Random(seed));
      String parts = freshUrl((int) (10 * seed + 1));
      java.util.SplittableRandom r = new java.util.SplittableRandom(seed * 31);
      try (EventStore s = EventStore.open(parts)) {
        for (int i = 0; i < shuffled.size(); ) {
          int n = 1 + r.nextInt(6);
          s.putAll(shuffled.subList(i, Math.min(shuffled.size(), i + n)));
          i += n;
        }
      }
      Map<String, List<String>> expected = StoreDump.dump(whole);
      assertThat(expected.get("canonical")).hasSizeGreaterThan(10);
      assertThat(StoreDump.dump(parts)).as("seed " + seed).isEqualTo(expected);
    }
  }

  /** The URL of store 0 for reading after it was closed. */
  abstract String freshUrlForDump();

  @Test
  void nonAssertedEventsStayMentionsAndArticlesRoundTrip() {
    CodedArticle a = Fixtures.article("Officials denied that Macron called Putin last week.", JULY3)
        .outlet("Capital Post").warning("no-byline")
        .event("called", "CONSULT", "phone", "2025-06-26", Modality.NEGATED, true,
            List.of(MACRON, PUTIN), List.of(), Map.of()).build();
    store.put(a);
    assertThat(store.events(EventQuery.all()).total()).isZero();
    StoredArticle s = store.article(a.article().id()).orElseThrow();
    assertThat(s.coded().article()).isEqualTo(a.article());
    assertThat(s.coded().events()).isEqualTo(a.events());
    assertThat(s.coded().warnings()).isEqualTo(a.warnings());
    assertThat(s.coded().provenance()).isEqualTo(a.provenance());
    assertThat(s.mentions().get(0).canonicalId()).isNull();
    assertThat(store.explain(a.events().get(0).id())).contains("modality negated");
  }

  @Test
  void theEventsBetweenTwoCountriesAreThoseWhereBothTakePartWhateverTheirPlaces() {
    store.put(Fixtures.article("Three leaders spoke on one call. Two of them met later.", JULY3)
        .call("spoke", "2025-07-02", PUTIN, TRUMP, MACRON)
        .event("met", "CONSULT", "visit", "2025-07-03", Modality.ASSERTED, false,
            List.of(TRUMP), List.of(MACRON), Map.of()).build());
    // the call's first two participants are RUS and USA: FRA is only its third
    assertThat(store.events(EventQuery.all().withActor("FRA").withPartner("RUS")).total())
        .isEqualTo(1);
    assertThat(store.events(EventQuery.all().withActor("USA").withPartner("FRA")).total())
        .isEqualTo(2);
    assertThat(store.events(EventQuery.all().withActor("FRA").withPartner("USA")
        .withDates(JULY3, JULY3)).items()).extracting(CanonicalEvent::mode)
        .containsExactly("visit");
    assertThat(store.events(EventQuery.all().withActor("FRA").withPartner("FRA")).total())
        .as("one country twice: the events it takes part in").isEqualTo(2);
    assertThat(store.events(EventQuery.all().withActor("USA").withPartner("DEU")).items())
        .isEmpty();
    assertThat(store.events(EventQuery.all().withActor("USA").withPartner("FRA")
        .withPage(1, 1)).items()).hasSize(1);
  }

  @Test
  void queriesFilterPageAndDescribe() {
    store.put(juneCall());
    store.putAll(threeReports());
    assertThat(store.events(EventQuery.all()).total()).isEqualTo(3);
    assertThat(store.events(EventQuery.all().withActor("FRA")).total()).isEqualTo(1);
    assertThat(store.events(EventQuery.all().withActor("person/emmanuel-macron")).total())
        .isEqualTo(1);
    assertThat(store.events(EventQuery.all().withType("consult").withMode("phone")).total())
        .isEqualTo(3);
    assertThat(store.events(EventQuery.all().withText("Telephone")).total()).isEqualTo(1);
    Page<CanonicalEvent> p = store.events(EventQuery.all().withPage(1, 2));
    assertThat(p.items()).hasSize(1);
    assertThat(p.total()).isEqualTo(3);
    String id = p.items().get(0).id();
    CanonicalEventDetail d = store.event(id).orElseThrow();
    assertThat(d.mentions()).hasSize(3).allMatch(m -> id.equals(m.canonicalId()));
    assertThat(store.event("c0000000000000000")).isEmpty();
    assertThat(store.actors(null, 10)).extracting(ActorSummary::id).contains("RUS", "USA",
        "person/vladimir-putin");
    ActorDetail putin = store.actor("person/vladimir-putin").orElseThrow();
    assertThat(putin.actor().events()).isEqualTo(3);
    assertThat(putin.partners().get(0)).isEqualTo(new ActorDetail.Count("person/donald-trump", 2));
    assertThat(putin.activity()).containsExactly(new ActorDetail.Count("2025-06", 1),
        new ActorDetail.Count("2025-07", 2));
    DyadTimeline t = store.dyad("USA", "RUS", "month");
    assertThat(t.buckets()).extracting(DyadTimeline.Bucket::period)
        .containsExactly("2025-06", "2025-07");
    assertThat(t.buckets().get(1).byType()).isEqualTo(Map.of("CONSULT", 1L));
    LocalDate bce = LocalDate.of(-2024, 12, 31); // 2025 BC: the era must survive binding
    assertThat(store.events(EventQuery.all().withDates(null, bce)).total()).isZero();
    assertThat(store.events(EventQuery.all().withDates(bce, null)).total()).isEqualTo(3);
    assertThat(store.events(EventQuery.all().withDates(LocalDate.of(2025, 7, 2), LocalDate.of(2025, 7, 3)))
        .total()).isEqualTo(1);
    assertThatThrownBy(() -> store.events(EventQuery.all().withDates(null, LocalDate.of(999_999_999, 1, 1))))
        .isInstanceOf(BadInputException.class).hasMessageContaining("out of range");
    DyadTimeline years = store.dyad("RUS", "USA", "year");
    assertThat(years.interval()).isEqualTo("year");
    assertThat(years.buckets()).singleElement().satisfies(b -> {
      assertThat(b.period()).isEqualTo("2025");
      assertThat(b.events()).isEqualTo(t.buckets().stream().mapToLong(DyadTimeline.Bucket::events).sum());
    });
    assertThatThrownBy(() -> store.explain("nope")).isInstanceOf(BadInputException.class);
  }

  @Test
  void exportsWriteEveryFormat() throws Exception {
    store.putAll(threeReports());
    Path gdelt = tmp.resolve("out/events.gdelt.tsv");
    assertThat(store.export(ExportFormat.GDELT, EventQuery.all(), gdelt)).isEqualTo(3);
    List<String> rows = Files.readAllLines(gdelt);
    assertThat(rows).hasSize(3).allMatch(r -> r.split("\t", -1).length == 61);
    assertThat(rows).extracting(r -> r.split("\t", -1)[1])
        .containsExactly("20250601", "20250701", "20250703");
    assertThat(rows.get(2).split("\t", -1)[31]).isEqualTo("3");
    Path plover = tmp.resolve("events.jsonl");
    store.export(ExportFormat.PLOVER, EventQuery.all().withActor("FRA"), plover);
    assertThat(Files.readAllLines(plover)).singleElement().asString()
        .contains("\"event\":[\"CONSULT\"]").contains("\"num_sources\":1");
    Path csv = tmp.resolve("events.csv");
    store.export(ExportFormat.CSV, EventQuery.all(), csv);
    assertThat(Files.readAllLines(csv)).hasSize(4).first().asString().startsWith("id,gdelt_id,date,");
    Path parquet = tmp.resolve("events.parquet");
    store.export(ExportFormat.PARQUET, EventQuery.all(), parquet);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        ResultSet rs = c.createStatement().executeQuery("SELECT sum(sources) FROM read_parquet('"
            + parquet.toString().replace("'", "''") + "')")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(5);
    }
  }

  @Test
  void sinceSelectsTheEventsFirstIngestedAfterIt() throws Exception {
    store.put(juneCall());
    Thread.sleep(20);
    java.time.Instant between = java.time.Instant.now();
    Thread.sleep(20);
    store.putAll(threeReports().subList(1, 3));
    Page<CanonicalEvent> fresh = store.events(EventQuery.all().withSince(between));
    Page<CanonicalEvent> all = store.events(EventQuery.all());
    assertThat(all.total()).isGreaterThan(fresh.total());
    assertThat(fresh.items()).extracting(e -> e.date().value())
        .doesNotContain("2025-06-14").isNotEmpty();
    assertThat(store.events(EventQuery.all().withSince(java.time.Instant.now())).total())
        .isZero();
  }

  @Test
  void skipsAreRecordedOnceAndCounted() {
    store.recordSkip(Skip.of("feed.xml", null, "not-xml", "content is not XML"));
    store.recordSkip(Skip.of("feed.xml", null, "not-xml", "content is not XML"));
    store.recordSkip(Skip.of("a.jsonl", "line 3", "bad-json", "unexpected token"));
    assertThat(store.skips()).extracting(Skip::source).containsExactly("a.jsonl", "feed.xml");
    assertThat(store.stats().skipsByReason()).isEqualTo(Map.of("not-xml", 1L, "bad-json", 1L));
  }

  @Test
  void aFailingBatchLeavesTheStoreUnchanged() throws Exception {
    store.put(juneCall());
    IngestStats before = store.stats();
    CodedArticle bad = Fixtures.article("A broken record with a call.", JULY3)
        .event("call", "CONSULT", "phone", "2025-07-03", Modality.ASSERTED, true,
            List.of(PUTIN, TRUMP), List.of(), Map.of()).build();
    CodedArticle broken = new CodedArticle(bad.article(), List.of(Codec.withId(bad.events().get(0),
        bad.events().get(0).id()).withDate(null)), List.of(), List.of(), 1, 1, null);
    CodedArticle nullType = new CodedArticle(bad.article(), List.of(new org.annals.model.CodedEvent(
        "e1", null, null, null, null, 1, 0, List.of(), List.of(), false, null, null, null, null,
        null, null, 0)), List.of(), List.of(), 1, 1, null);
    assertThatThrownBy(() -> store.putAll(List.of(threeReports().get(0), nullType)))
        .isInstanceOf(AnnalsException.class);
    assertThat(store.stats()).isEqualTo(before);
    assertThat(store.put(broken).status()).isEqualTo(PutStatus.STORED);
  }
}
