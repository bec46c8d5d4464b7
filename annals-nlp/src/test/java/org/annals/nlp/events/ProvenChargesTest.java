package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.model.ActorRef;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.CodedEvent;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Trigger;
import org.annals.nlp.CodingState;
import org.junit.jupiter.api.Test;

/**
 * The PLOVER manual's rule: an allegation reported alongside the conviction that proved it is not
 * coded. The rule on hand-built events first, then on whole articles of the project's own words.
 */
class ProvenChargesTest extends CodingTestBase {
  private static final ActorRef COURT = actor("a court", null, "JUD");
  private static final ActorRef MAYOR = actor("former mayor Rui Tavares", null, "GOV");
  private static final ActorRef SURNAME = actor("Tavares", null, "GOV");
  private static final ActorRef MINISTER = actor("finance minister Ana Lopes", null, "GOV");

  private static ActorRef actor(String text, String entity, String sector) {
    return new ActorRef(text, null, "PRT", sector, "PRT" + sector, entity, 0, text.length(), "test");
  }

  private static CodedEvent event(String type, String mode, Modality modality, List<ActorRef> recipients) {
    return new CodedEvent(type + recipients.size() + modality, type, mode, List.of(), "000", 4, -2, List.of(COURT),
        recipients, false, null, null, Map.of(), modality, null,
        new Evidence("a", 0, 10, new Trigger(0, 5, "words"), "test", null), 0.5);
  }

  private static List<String> kept(CodedEvent... events) {
    CodingState state = CodingState.of(new AnnotatedDoc(Article.of("text", LocalDate.of(2024, 3, 14)), List.of(), "none"))
        .withEvents(List.of(events));
    return new ProvenCharges().apply(state).events().stream().map(CodedEvent::id).toList();
  }

  @Test
  void chargesAgainstTheConvictedGoWhenTheArticleReportsTheConviction() {
    CodedEvent conviction = event("SANCTION", "convict", Modality.ASSERTED, List.of(MAYOR));
    CodedEvent bySurname = event("ACCUSE", "allege", Modality.ASSERTED, List.of(SURNAME));
    CodedEvent unnamed = event("ACCUSE", "allege", Modality.ASSERTED, List.of());
    assertThat(kept(conviction, bySurname, unnamed)).containsExactly(conviction.id());
  }

  @Test
  void chargesAgainstSomeoneElseOrWithoutAConvictionStay() {
    CodedEvent other = event("ACCUSE", "allege", Modality.ASSERTED, List.of(MINISTER));
    assertThat(kept(event("SANCTION", "convict", Modality.ASSERTED, List.of(MAYOR)), other)).contains(other.id());
    CodedEvent charge = event("ACCUSE", "allege", Modality.ASSERTED, List.of(MAYOR));
    assertThat(kept(charge)).containsExactly(charge.id());
    assertThat(kept(event("SANCTION", "convict", Modality.HYPOTHETICAL, List.of(MAYOR)), charge))
        .as("a conviction that may come proves nothing").contains(charge.id());
    CodedEvent criticism = event("ACCUSE", "disapprove", Modality.ASSERTED, List.of(MAYOR));
    assertThat(kept(event("SANCTION", "convict", Modality.ASSERTED, List.of(MAYOR)), criticism))
        .as("only allegations are proven by a verdict").contains(criticism.id());
  }

  @Test
  void anArticleOnAConvictionCodesTheVerdictNotTheChargesBehindIt() {
    assertThat(types("A court in Porto convicted former mayor Rui Tavares of bribery on Tuesday. Prosecutors"
        + " had accused Tavares of taking money from builders. The charges against him were filed in 2021.",
        "2024-03-14")).containsExactly("SANCTION");
    assertThat(types("Prosecutors in Porto accused former mayor Rui Tavares of taking money from builders"
        + " on Tuesday. His trial is set for March.", "2024-03-14")).containsExactly("ACCUSE");
  }
}
