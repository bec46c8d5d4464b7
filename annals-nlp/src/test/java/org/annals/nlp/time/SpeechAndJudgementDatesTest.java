package org.annals.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.annals.model.Precision;
import org.annals.model.Sentence;
import org.annals.model.Trigger;
import org.annals.nlp.CodingState;
import org.annals.nlp.PipelineFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dates of what is said and of what is judged (issue 13): quotations are dated by their own words,
 * not by the day of the article's lead (a material act they tell in the past is before the speaking), the grounds of a judgement and a judgement's present passive lie
 * before publication, untensed events are known ones, the perfect needs "have" + participle, an
 * approximate duration gives only a month, a deadline is of its day, a participle trailing a
 * relative clause belongs to the main clause. Articles written for this test (facts invented,
 * published Wednesday 2021-03-10), events built by hand on their triggers, annotated by the shared
 * CoreNLP pipeline.
 */
class SpeechAndJudgementDatesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 10);
  private static final String BEFORE = "before 2021-03-10";
  private static final String LEAD = "Wednesday, March 10, 2021\n\n"
      + "Yesterday, the interior minister of Freedonia announced new border rules in the capital.\n\n"
      + "\"The smugglers are lying about our patrols, and we will not tolerate their threats,\" he said. "
      + "\"Our guards protect the villages.\"\n\n"
      + "\"Rebels burned two farms near the border,\" the governor added.\n\n"
      + "The senator is accused of taking bribes and hiding the money abroad. "
      + "Two men are charged with attacking a police station. "
      + "The farmers want to end the blockade.\n\n"
      + "The union had given the company until Friday to raise wages, but the deadline was not met. "
      + "Union leaders say they have to stop insulting each other.\n\n"
      + "The two sides signed a ceasefire agreement on March 8. "
      + "The agreement came about two weeks after rebels attacked a convoy.\n\n"
      + "On Monday, the tribunal released a decision on the decree that came into force on Sunday, ruling it void.";
  private static final String NO_LEAD = "Officials in Freedonia announced new border rules. "
      + "\"The smugglers are lying about our patrols,\" the minister said.";
  private static final String MONTHLY = "In February, the army of Freedonia closed the border crossings. "
      + "The army also banned trade with the neighbours.";
  private static AnnotatedDoc lead;
  private static AnnotatedDoc monthly;
  private static AnnotatedDoc noLead;
  private static List<CodedEvent> dated;

  @BeforeAll
  static void annotate() {
    var annotator = PipelineFactory.shared().annotator();
    lead = annotator.annotate(Article.of(LEAD, PUBLISHED));
    noLead = annotator.annotate(Article.of(NO_LEAD, PUBLISHED));
    monthly = annotator.annotate(Article.of(MONTHLY, PUBLISHED));
    dated = anchor(lead, List.of(event(lead, "ACCUSE", "lying", Modality.ASSERTED),
        event(lead, "CONCEDE", "tolerate", Modality.NEGATED), event(lead, "AID", "protect", Modality.ASSERTED),
        event(lead, "ASSAULT", "burned", Modality.ASSERTED), event(lead, "ACCUSE", "accused", Modality.ASSERTED),
        event(lead, "COERCE", "hiding", Modality.ASSERTED), event(lead, "ASSAULT", "attacking", Modality.ASSERTED),
        event(lead, "PROTEST", "blockade", Modality.ASSERTED), event(lead, "AID", "given", Modality.ASSERTED),
        event(lead, "CONCEDE", "met", Modality.NEGATED), event(lead, "ACCUSE", "insulting", Modality.ASSERTED),
        event(lead, "AGREE", "signed", Modality.ASSERTED), event(lead, "ASSAULT", "attacked", Modality.ASSERTED),
        event(lead, "SANCTION", "ruling", Modality.ASSERTED)));
  }

  private static CodedEvent event(AnnotatedDoc d, String type, String trigger, Modality modality) {
    return event(d, type, trigger, modality, type.equals("ASSAULT") ? 4 : 3);
  }

  private static CodedEvent event(AnnotatedDoc d, String type, String trigger, Modality modality, int quad) {
    int at = d.text().indexOf(trigger);
    Sentence s = d.sentences().stream().filter(x -> x.start() <= at && at < x.end()).findFirst().orElseThrow();
    Evidence ev = new Evidence("a", s.start(), s.end(), new Trigger(at, at + trigger.length(), trigger), "test");
    return new CodedEvent(CodedEvent.makeId("a", at, type), type, null, List.of(), "000", quad, 0, List.of(), List.of(),
        false, EventDate.unknown(), null, Map.of(), modality, null, ev, 1);
  }

  private static List<CodedEvent> anchor(AnnotatedDoc d, List<CodedEvent> events) {
    return new TimeAnchor().apply(CodingState.of(d).withEvents(events)).events();
  }

  private static EventDate dateOf(String trigger) {
    int at = LEAD.indexOf(trigger);
    return dated.stream().filter(e -> e.evidence().trigger().start() == at).findFirst().orElseThrow().date();
  }

  @Test
  void aQuotationIsDatedByItsOwnWordsNotByTheLeadsDay() {
    // the article gold dates what a quotation tells by its own words or "before D" (issue 13)
    for (String trigger : List.of("lying", "protect")) {
      assertThat(dateOf(trigger).value()).as(trigger).isEqualTo(BEFORE);
    }
    assertThat(dateOf("tolerate").value()).isNotEqualTo("2021-03-09");
  }

  @Test
  void aMaterialActToldInThePastInAQuotationHappenedBeforeTheSpeaking() {
    assertThat(dateOf("burned")).extracting(EventDate::value, EventDate::rule)
        .containsExactly(BEFORE, Narrative.PAST_RULE);
  }

  @Test
  void withoutADatedLeadAQuotationIsDatedAlike() {
    CodedEvent lying = anchor(noLead, List.of(event(noLead, "ACCUSE", "lying", Modality.ASSERTED))).get(0);
    assertThat(lying.date().value()).isEqualTo(BEFORE);
  }

  @Test
  void theGroundsOfAJudgementAndItsPresentPassiveLieBeforePublication() {
    assertThat(dateOf("accused")).extracting(EventDate::value, EventDate::basis, EventDate::rule)
        .containsExactly(BEFORE, DateBasis.PUBLICATION, Retrospective.PRESENT_PASSIVE);
    assertThat(dateOf("hiding")).extracting(EventDate::value, EventDate::rule)
        .containsExactly(BEFORE, Retrospective.JUDGED);
    assertThat(dateOf("attacking")).extracting(EventDate::value, EventDate::rule)
        .containsExactly(BEFORE, Retrospective.JUDGED);
  }

  @Test
  void anUntensedEventIsAKnownOneNotOneOfThePublicationDay() {
    assertThat(dateOf("blockade")).extracting(EventDate::value, EventDate::rule)
        .containsExactly(BEFORE, Narrative.UNTENSED_RULE);
  }

  @Test
  void aConjunctWithItsOwnAuxiliaryAndHaveToAreNoPerfect() {
    assertThat(dateOf("given").rule()).isEqualTo("time:before-publication:perfect");
    assertThat(dateOf("met").rule()).isNotEqualTo("time:before-publication:perfect");
    assertThat(dateOf("insulting").rule()).isNotEqualTo("time:before-publication:perfect");
  }

  @Test
  void anEventOnADeadlineIsOfTheDayTheDeadlineWasSetFor() {
    assertThat(dateOf("met").value()).isEqualTo("2021-03-05");
    assertThat(dateOf("met").rule()).startsWith(Deadlines.RULE);
  }

  @Test
  void aTrailingParticipleAfterARelativeClauseTakesTheMainClausesTime() {
    assertThat(dateOf("ruling").value()).isEqualTo("2021-03-08");
  }

  @Test
  void aPastTenseEventOfTheNextSentenceDoesNotTakeItsNeighboursMonth() {
    ActorRef army = new ActorRef("FRE", null, "FRE", "MIL", "FREMIL", null, 0, 0, "test");
    List<CodedEvent> events = List.of(event(monthly, "COERCE", "closed", Modality.ASSERTED),
        event(monthly, "SANCTION", "banned", Modality.ASSERTED)).stream()
        .map(e -> new CodedEvent(e.id(), e.event(), e.mode(), e.context(), e.cameo(), e.quadClass(), e.goldstein(),
            List.of(army), List.of(), false, e.date(), null, Map.of(), e.modality(), null, e.evidence(), 1))
        .toList();
    EventDate banned = anchor(monthly, events).get(1).date();
    assertThat(banned).extracting(EventDate::value, EventDate::rule)
        .containsExactly("before 2021-03-10", Narrative.PAST_RULE);
  }

  @Test
  void anApproximateDurationGivesOnlyTheMonth() {
    assertThat(dateOf("signed").value()).isEqualTo("2021-03-08");
    assertThat(dateOf("attacked")).extracting(EventDate::value, EventDate::precision)
        .containsExactly("2021-02", Precision.MONTH);
  }
}
