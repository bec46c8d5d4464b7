package org.annals.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.model.ActorRef;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Sentence;
import org.annals.model.Trigger;
import org.annals.nlp.CodingState;
import org.annals.nlp.PipelineFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event's own time phrase, wherever it hangs (issue 13), on articles written for this test
 * (facts invented; published Wednesday 2019-07-03), with events built by hand on their triggers
 * and annotated by the shared CoreNLP pipeline.
 */
class OwnDatesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 7, 3);
  private static final String TEXT = String.join(" ",
      "A court in Edinburgh issued a ruling on the decree on Tuesday, finding it unlawful.",
      "When announcing the plan on Monday, the prime minister called on church leaders to support the campaign.",
      "Officials said the measures follow a June 24 executive order imposing sanctions on the port authority.",
      "The suspect is in custody after being detained earlier Friday by the police.",
      "Police arrested three protesters in the capital.",
      "Germany has summoned the Russian ambassador over the cyberattack.",
      "The foreign ministry in Berlin summoned the ambassador on Tuesday.",
      "Should the talks go ahead, the two sides would meet on Friday.");
  private static final String DATELINE = "BERLIN, July 3, 2019 — Germany has expelled two Russian diplomats, "
      + "the foreign ministry said.";
  private static final String REFERS = "On Tuesday, rebels attacked an army post near the border. "
      + "The attack drew condemnation from the capital. The attacks of the past year have cost hundreds of lives.";
  private static AnnotatedDoc doc;
  private static AnnotatedDoc datelined;
  private static AnnotatedDoc refers;

  @BeforeAll
  static void annotate() {
    var annotator = PipelineFactory.shared().annotator();
    doc = annotator.annotate(Article.of(TEXT, PUBLISHED));
    datelined = annotator.annotate(Article.of(DATELINE, PUBLISHED));
    refers = annotator.annotate(Article.of(REFERS, PUBLISHED));
  }

  private static ActorRef actor(String country) {
    return new ActorRef(country, null, country, "GOV", country + "GOV", null, 0, 0, "test");
  }

  private static CodedEvent event(AnnotatedDoc d, String type, String trigger, int occurrence, Modality modality,
      List<ActorRef> actors, List<ActorRef> recipients) {
    String text = d.text();
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = text.indexOf(trigger, at + 1);
    }
    int start = at;
    Sentence s = d.sentences().stream().filter(x -> x.start() <= start && start < x.end()).findFirst().orElseThrow();
    Evidence ev = new Evidence("a", s.start(), s.end(), new Trigger(at, at + trigger.length(), trigger), "test");
    return new CodedEvent(CodedEvent.makeId("a", at, type), type, null, List.of(), "000", 1, 0, actors, recipients,
        false, EventDate.unknown(), null, Map.of(), modality, null, ev, 1);
  }

  private static CodedEvent event(String type, String trigger) {
    return event(doc, type, trigger, 1, Modality.ASSERTED, List.of(), List.of());
  }

  private static List<CodedEvent> anchor(AnnotatedDoc d, List<CodedEvent> events) {
    return new TimeAnchor().apply(CodingState.of(d).withEvents(events)).events();
  }

  private static final List<CodedEvent> EVENTS = new ArrayList<>();

  private static EventDate dateOf(String trigger, int occurrence) {
    if (EVENTS.isEmpty()) {
      List<ActorRef> germany = List.of(actor("DEU"));
      List<ActorRef> russia = List.of(actor("RUS"));
      EVENTS.addAll(anchor(doc, List.of(event("SANCTION", "finding"), event("REQUEST", "called on"),
          event("SANCTION", "imposing"), event("COERCE", "detained"), event("COERCE", "arrested"),
          event(doc, "ACCUSE", "summoned", 1, Modality.ASSERTED, germany, russia),
          event(doc, "ACCUSE", "summoned", 2, Modality.ASSERTED, germany, russia),
          event(doc, "CONSULT", "meet", 1, Modality.HYPOTHETICAL, List.of(), List.of()))));
    }
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = TEXT.indexOf(trigger, at + 1);
    }
    int start = at;
    return EVENTS.stream().filter(e -> e.evidence().trigger().start() == start).findFirst().orElseThrow().date();
  }

  @Test
  void aTrailingParticipleTakesTheTimeOfItsMainClause() {
    assertThat(dateOf("finding", 1).value()).isEqualTo("2019-07-02");
  }

  @Test
  void aWhenClauseDatesTheClauseItOpens() {
    assertThat(dateOf("called on", 1).value()).isEqualTo("2019-07-01");
  }

  @Test
  void aDateOnTheNounAnEventModifiesIsTheEventsDate() {
    assertThat(dateOf("imposing", 1)).extracting(EventDate::value, EventDate::rule)
        .containsExactly("2019-06-24", "time:noun-phrase");
  }

  @Test
  void aBareWeekdayOfAnAssertedEventLiesOnOrBeforePublication() {
    assertThat(dateOf("detained", 1).value()).isEqualTo("2019-06-28");
  }

  @Test
  void anUndatedPastTenseEventHappenedBeforePublication() {
    assertThat(dateOf("arrested", 1)).extracting(EventDate::value, EventDate::basis, EventDate::rule)
        .containsExactly("before 2019-07-03", DateBasis.PUBLICATION, "time:before-publication:past-tense");
  }

  @Test
  void thePerfectTakesTheDateOfTheSameEventToldElsewhere() {
    assertThat(dateOf("summoned", 1)).extracting(EventDate::value, EventDate::basis, EventDate::rule)
        .containsExactly("2019-07-02", DateBasis.ANCHORED_TO_EVENT, SameEvent.RULE);
    assertThat(dateOf("summoned", 2).value()).isEqualTo("2019-07-02");
  }

  @Test
  void aHypotheticalEventKeepsAWeekdayAhead() {
    assertThat(dateOf("meet", 1).value()).isEqualTo("2019-07-05");
  }

  @Test
  void theDatelineIsNotTheEventsDate() {
    CodedEvent expelled = event(datelined, "SANCTION", "expelled", 1, Modality.ASSERTED,
        List.of(actor("DEU")), List.of(actor("RUS")));
    EventDate d = anchor(datelined, List.of(expelled)).get(0).date();
    assertThat(d.value()).isEqualTo("before 2019-07-03");
    assertThat(d.rule()).isEqualTo("time:before-publication:perfect");
  }

  @Test
  void aDefiniteSingularEventNounThatNamesAnEarlierEventTakesItsDate() {
    List<CodedEvent> events = anchor(refers, List.of(
        event(refers, "ASSAULT", "attacked", 1, Modality.ASSERTED, List.of(), List.of()),
        event(refers, "ASSAULT", "attack", 2, Modality.ASSERTED, List.of(), List.of()),
        event(refers, "ASSAULT", "attacks", 1, Modality.ASSERTED, List.of(), List.of())));
    assertThat(events.get(1).date()).extracting(EventDate::value, EventDate::basis, EventDate::rule)
        .containsExactly("2019-07-02", DateBasis.ANCHORED_TO_EVENT, "time:anchor:refers-back:attack");
    assertThat(events.get(2).date().rule()).doesNotStartWith("time:anchor:refers-back");
  }
}
