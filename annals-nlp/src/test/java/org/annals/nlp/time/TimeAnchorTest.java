package org.annals.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Sentence;
import org.annals.model.Trigger;
import org.annals.nlp.CodingState;
import org.annals.nlp.PipelineFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TimeAnchor on an article written for this test (facts invented, 2025-07-03 is a Thursday), with
 * CodedEvents built by hand on its triggers, annotated by the shared CoreNLP pipeline.
 */
class TimeAnchorTest {
  private static final String TEXT = String.join(" ",
      "Chancellor Friedrich Merz and President Emmanuel Macron spoke by phone on Monday about the border dispute.",
      "During the call, Merz urged Macron to reopen the crossings.",
      "The call lasted 45 minutes, shorter than the previous 2-hour calls the two leaders held in spring.",
      "The latest call comes three days after Merz met Italian Prime Minister Giorgia Meloni in Rome.",
      "Macron has previously criticised the German energy policy.",
      "In March, Meloni visited Paris.",
      "Officials signed the treaty in June of last year.",
      "On Tuesday, the government suspended arms exports to the region.");
  private static AnnotatedDoc withDate;
  private static AnnotatedDoc withoutDate;

  @BeforeAll
  static void annotate() {
    var annotator = PipelineFactory.shared().annotator();
    withDate = annotator.annotate(Article.of(TEXT, LocalDate.of(2025, 7, 3)));
    withoutDate = annotator.annotate(Article.of(TEXT, null));
  }

  private static CodedEvent event(String type, String trigger, int occurrence) {
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = TEXT.indexOf(trigger, at + 1);
    }
    int start = at;
    Sentence s = withDate.sentences().stream().filter(x -> x.start() <= start && start < x.end()).findFirst().orElseThrow();
    Evidence ev = new Evidence("a", s.start(), s.end(), new Trigger(at, at + trigger.length(), trigger), "test");
    return new CodedEvent(CodedEvent.makeId("a", at, type), type, null, List.of(), "000", 1, 0, List.of(), List.of(),
        false, EventDate.unknown(), null, Map.of(), Modality.ASSERTED, null, ev, 1);
  }

  private static final List<CodedEvent> EVENTS = new ArrayList<>();

  private static List<CodedEvent> anchor(AnnotatedDoc doc) {
    if (EVENTS.isEmpty()) {
      EVENTS.addAll(List.of(event("CONSULT", "spoke", 1), event("REQUEST", "urged", 1),
          event("CONSULT", "met", 1), event("ACCUSE", "criticised", 1), event("CONSULT", "visited", 1),
          event("AGREE", "signed", 1), event("SANCTION", "suspended", 1)));
    }
    return new TimeAnchor().apply(CodingState.of(doc).withEvents(EVENTS)).events();
  }

  private static EventDate date(List<CodedEvent> events, int i) {
    return events.get(i).date();
  }

  @Test
  void datesEachEventFromItsOwnClauseOrAnchor() {
    List<CodedEvent> e = anchor(withDate);
    assertThat(date(e, 0)).extracting(EventDate::value, EventDate::precision, EventDate::basis, EventDate::rule)
        .containsExactly("2025-06-30", Precision.DAY, DateBasis.RELATIVE, "time:weekday-past");
    assertThat(date(e, 0).expression().of(TEXT)).isEqualTo("Monday");
    assertThat(date(e, 1)).extracting(EventDate::value, EventDate::basis, EventDate::rule)
        .containsExactly("2025-06-30", DateBasis.ANCHORED_TO_EVENT, "time:anchor:during:call");
    assertThat(date(e, 1).expression().of(TEXT)).isEqualTo("During the call");
    assertThat(date(e, 2)).extracting(EventDate::value, EventDate::precision, EventDate::basis, EventDate::rule)
        .containsExactly("2025-06-27", Precision.DAY, DateBasis.ANCHORED_TO_EVENT, "time:anchor:n-after:call");
    assertThat(date(e, 3)).extracting(EventDate::value, EventDate::precision, EventDate::basis)
        .containsExactly("before 2025-07-03", Precision.UNKNOWN, DateBasis.RELATIVE);
    assertThat(date(e, 3).rule()).isEqualTo("time:before-publication:previously");
    assertThat(date(e, 4)).extracting(EventDate::value, EventDate::precision, EventDate::basis)
        .containsExactly("2025-03", Precision.MONTH, DateBasis.RELATIVE);
    assertThat(date(e, 5)).extracting(EventDate::value, EventDate::precision)
        .containsExactly("2024-06", Precision.MONTH);
    assertThat(date(e, 6)).extracting(EventDate::value, EventDate::precision)
        .containsExactly("2025-07-01", Precision.DAY);
  }

  @Test
  void durationGoesToTheCallReferredBackToNotFromComparisons() {
    List<CodedEvent> e = anchor(withDate);
    assertThat(e.get(0).attributes()).containsEntry("duration", "PT45M");
    assertThat(e.subList(1, e.size())).allSatisfy(x -> assertThat(x.attributes()).doesNotContainKey("duration"));
  }

  /**
   * The example article (read from ../shared, never copied): events built by hand on the trigger
   * words the reference coding names, dated as the reference coding says.
   */
  @Test
  void datesTheExampleArticleAsTheReferenceCoding() throws java.io.IOException {
    String text = java.nio.file.Files.readString(org.annals.model.SharedData.require("seed/putin-trump-call.txt"));
    AnnotatedDoc doc = PipelineFactory.shared().annotator().annotate(Article.of(text, LocalDate.of(2025, 7, 3)));
    String[][] cases = {
        {"CONSULT", "spoke", "2025-07-03", "day"}, {"AGREE", "reached", "before 2025-07-03", "unknown"},
        {"REQUEST", "urged", "2025-07-03", "day"}, {"REQUEST", "outlined", "2024-06", "month"},
        {"AGREE", "expressed", "before 2025-07-03", "unknown"}, {"CONSULT", "held", "2025-07-01", "day"},
        {"ACCUSE", "reiterated", "2025-07-01", "day"}, {"THREATEN", "threatened", "before 2025-07-03", "unknown"},
        {"AGREE", "pledged", "before 2025-07-03", "unknown"}, {"SANCTION", "suspended", "2025-07-01", "day"},
        {"CONSULT", "spoke with", "2025-02", "month"}};
    List<CodedEvent> dated = new TimeAnchor().apply(CodingState.of(doc).withEvents(handCoded(doc, cases))).events();
    for (int i = 0; i < cases.length; i++) {
      EventDate d = dated.get(i).date();
      assertThat(d.value()).as(cases[i][1] + " " + d).isEqualTo(cases[i][2]);
      assertThat(d.precision().label()).as(cases[i][1] + " " + d).isEqualTo(cases[i][3]);
    }
    assertThat(dated.get(0).attributes()).containsEntry("duration", "PT1H");
    assertThat(dated.get(5).attributes()).doesNotContainKey("duration");
    assertThat(dated.get(2).date().basis()).isEqualTo(DateBasis.ANCHORED_TO_EVENT);
    assertThat(dated.get(5).date().basis()).isEqualTo(DateBasis.ANCHORED_TO_EVENT);
  }

  /**
   * "The latest call comes N days after …" skips an earlier call that has no day date, and a
   * "during that meeting" later in the text anchors on the date just resolved (text order).
   */
  @Test
  void latestCallIsTheLatestDatedOneAndAnchorsChain() {
    String text = String.join(" ",
        "Prime Minister Keir Starmer and Chancellor Olaf Scholz spoke by phone on Wednesday about energy prices.",
        "The two men had also spoken with each other in February.",
        "The latest call comes two days after Scholz held talks with Polish President Andrzej Duda.",
        "During that meeting, Duda criticised the pipeline project.");
    AnnotatedDoc doc = PipelineFactory.shared().annotator().annotate(Article.of(text, LocalDate.of(2025, 7, 3)));
    String[][] cases = {{"CONSULT", "spoke"}, {"CONSULT", "spoken"}, {"CONSULT", "held"}, {"ACCUSE", "criticised"}};
    List<CodedEvent> e = new TimeAnchor().apply(CodingState.of(doc).withEvents(handCoded(doc, cases))).events();
    assertThat(date(e, 0).value()).isEqualTo("2025-07-02");
    assertThat(date(e, 1)).extracting(EventDate::value, EventDate::precision).containsExactly("2025-02", Precision.MONTH);
    assertThat(date(e, 2)).extracting(EventDate::value, EventDate::precision, EventDate::basis, EventDate::rule)
        .containsExactly("2025-06-30", Precision.DAY, DateBasis.ANCHORED_TO_EVENT, "time:anchor:n-after:call");
    assertThat(date(e, 2).expression().of(text)).isEqualTo("two days after");
    assertThat(date(e, 3)).extracting(EventDate::value, EventDate::basis, EventDate::rule)
        .containsExactly("2025-06-30", DateBasis.ANCHORED_TO_EVENT, "time:anchor:during:meeting");
  }

  /** Durations said of the event's own trigger, with their hedge; none from a comparison. */
  @Test
  void durationsModifyingTheTriggerAreAttachedWithTheirHedge() {
    String text = String.join(" ",
        "Chancellor Olaf Scholz and President Emmanuel Macron spoke by phone on Monday for about an hour and a half.",
        "Two weeks earlier the pair had held a 40-minute video call about energy prices.",
        "Both said the exchange was longer than the 20-minute calls of last winter.");
    AnnotatedDoc doc = PipelineFactory.shared().annotator().annotate(Article.of(text, LocalDate.of(2025, 7, 3)));
    String[][] cases = {{"CONSULT", "spoke"}, {"CONSULT", "call"}, {"CONSULT", "calls"}};
    List<CodedEvent> e = new TimeAnchor().apply(CodingState.of(doc).withEvents(handCoded(doc, cases))).events();
    assertThat(e.get(0).attributes()).containsEntry("duration", "PT1H30M").containsEntry("duration_mod", "APPROX");
    assertThat(e.get(1).attributes()).containsEntry("duration", "PT40M").doesNotContainKey("duration_mod");
    assertThat(e.get(2).attributes()).doesNotContainKey("duration");
  }

  /** "During the call" refers to the call that took place, not to a negated contact in between. */
  @Test
  void duringSkipsANegatedEvent() {
    String text = String.join(" ",
        "Chancellor Friedrich Merz and President Emmanuel Macron spoke by phone on Monday about energy prices.",
        "They did not discuss a meeting of their own.",
        "During the call, Merz urged Macron to lower the tariffs.");
    AnnotatedDoc doc = PipelineFactory.shared().annotator().annotate(Article.of(text, LocalDate.of(2025, 7, 3)));
    List<CodedEvent> coded = handCoded(doc, new String[][] {{"CONSULT", "spoke"}, {"CONSULT", "discuss"}, {"REQUEST", "urged"}});
    List<CodedEvent> events = new ArrayList<>(coded);
    CodedEvent negated = coded.get(1);
    events.set(1, new CodedEvent(negated.id(), negated.event(), null, List.of(), "000", 1, 0, List.of(), List.of(),
        false, EventDate.unknown(), null, Map.of(), Modality.NEGATED, null, negated.evidence(), 1));
    List<CodedEvent> e = new TimeAnchor().apply(CodingState.of(doc).withEvents(events)).events();
    assertThat(date(e, 0).value()).isEqualTo("2025-06-30");
    assertThat(date(e, 2)).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2025-06-30", "time:anchor:during:call");
  }

  /** A clause attached to a date ("on June 14, when X congratulated Y") happened on that date. */
  @Test
  void whenClauseOfADateTakesThatDate() {
    String text = "On June 4 they spoke by phone for an hour, and on June 14, when Merz congratulated Macron "
        + "on the election result, they spoke by phone again.";
    AnnotatedDoc doc = PipelineFactory.shared().annotator().annotate(Article.of(text, LocalDate.of(2025, 8, 19)));
    List<CodedEvent> e = new TimeAnchor().apply(CodingState.of(doc)
        .withEvents(handCoded(doc, new String[][] {{"CONSULT", "spoke"}, {"SUPPORT", "congratulated"}}))).events();
    assertThat(date(e, 0).value()).isEqualTo("2025-06-04");
    assertThat(date(e, 1)).extracting(EventDate::value, EventDate::precision).containsExactly("2025-06-14", Precision.DAY);
  }

  /**
   * A date inside the object that belongs to another event ("discussed the results of the talks
   * in Geneva on Monday") dates those talks, not the discussion.
   */
  @Test
  void aDateOfAnEventInTheObjectIsNotTheVerbs() {
    String text = "Merz said he had discussed with Macron the results of the talks with Spain in Geneva on Monday.";
    AnnotatedDoc doc = PipelineFactory.shared().annotator().annotate(Article.of(text, LocalDate.of(2025, 6, 6)));
    List<CodedEvent> e = new TimeAnchor().apply(CodingState.of(doc).withEvents(handCoded(doc,
        new String[][] {{"CONSULT", "discussed"}, {"CONSULT", "talks"}}))).events();
    assertThat(date(e, 1).value()).isEqualTo("2025-06-02");
    assertThat(date(e, 0).value()).isNotEqualTo("2025-06-02");
  }

  /** Talks whose own clause has a date ("talks ... ended on Friday") take it, not the clause they sit in. */
  @Test
  void aNounsOwnDatedClauseDatesIt() {
    String text = "Merz is expected to call Macron in the coming days, after talks between Germany and"
        + " Spain in Madrid ended on Friday without an agreement.";
    AnnotatedDoc doc = PipelineFactory.shared().annotator().annotate(Article.of(text, LocalDate.of(2025, 5, 17)));
    List<CodedEvent> e = new TimeAnchor().apply(CodingState.of(doc).withEvents(handCoded(doc,
        new String[][] {{"CONSULT", "call"}, {"CONSULT", "talks"}}))).events();
    assertThat(date(e, 1)).extracting(EventDate::value, EventDate::precision)
        .containsExactly("2025-05-16", Precision.DAY);
  }

  /**
   * Narrative time: a past-tense detail of a dated event with a shared participant in the same
   * sentence takes its date; one told in the next sentence, or with other participants, happened
   * before publication.
   */
  @Test
  void pastTenseDetailsOfADatedEventTakeItsDateInTheSameSentence() {
    String text = "Merz and Macron agreed to meet again after a phone call on Monday, June 2. "
        + "Merz also thanked Macron for his support. Poland criticized the plan.";
    List<CodedEvent> e = PipelineFactory.shared().code(Article.of(text, LocalDate.of(2025, 6, 5))).events();
    assertThat(e).filteredOn(x -> x.evidence().trigger().text().equals("agreed")).singleElement()
        .satisfies(x -> assertThat(x.date()).extracting(EventDate::value, EventDate::rule)
            .containsExactly("2025-06-02", Narrative.RULE));
    assertThat(e).filteredOn(x -> x.evidence().trigger().text().matches("thanked|criticized")).hasSize(2)
        .allSatisfy(x -> assertThat(x.date()).extracting(EventDate::value, EventDate::basis)
            .containsExactly("before 2025-06-05", DateBasis.PUBLICATION));
    assertThat(e).filteredOn(x -> x.evidence().trigger().text().equals("criticized")).singleElement()
        .satisfies(x -> assertThat(x.date()).extracting(EventDate::value, EventDate::basis)
            .containsExactly("before 2025-06-05", DateBasis.PUBLICATION));
  }

  /** Events of type {@code c[0]} on the first occurrence of the word(s) {@code c[1]} between spaces. */
  private static List<CodedEvent> handCoded(AnnotatedDoc doc, String[][] cases) {
    String text = doc.article().text();
    List<CodedEvent> events = new ArrayList<>();
    for (String[] c : cases) {
      int at = text.indexOf(" " + c[1] + " ") + 1;
      Sentence s = doc.sentences().stream().filter(x -> x.start() <= at && at < x.end()).findFirst().orElseThrow();
      events.add(new CodedEvent(c[1], c[0], null, List.of(), "000", 1, 0, List.of(), List.of(), false,
          EventDate.unknown(), null, Map.of(), Modality.ASSERTED, null,
          new Evidence("a", s.start(), s.end(), new Trigger(at, at + c[1].length(), c[1]), "test"), 1));
    }
    return events;
  }

  @Test
  void withoutPublicationDateRelativeDatesAreUnknown() {
    List<CodedEvent> e = anchor(withoutDate);
    assertThat(date(e, 0).basis()).isEqualTo(DateBasis.UNKNOWN);
    assertThat(date(e, 0).value()).isNull();
    assertThat(date(e, 3)).extracting(EventDate::value, EventDate::basis).containsExactly(null, DateBasis.UNKNOWN);
    assertThat(e).allSatisfy(x -> assertThat(x.date().basis()).isIn(DateBasis.UNKNOWN, DateBasis.ANCHORED_TO_EVENT));
  }
}
