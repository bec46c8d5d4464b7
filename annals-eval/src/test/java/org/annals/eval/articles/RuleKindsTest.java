package org.annals.eval.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.eval.common.TestEvents;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;

/** The kinds of rule the per-rule tables of {@code eval articles} count by. */
class RuleKindsTest {

  private static ActorRef ruled(String rule) {
    return new ActorRef("x", null, "RUR", "GOV", null, null, 0, 1, rule);
  }

  private static Evidence evidence(CodedEvent e, String rule) {
    Evidence v = e.evidence();
    return new Evidence(v.article(), v.start(), v.end(), v.trigger(), rule);
  }

  @Test
  void anActorIsCountedByWhatGaveItItsCountry() {
    assertEquals("kb:person", RuleKinds.actor("kb:person:jane-doe"));
    assertEquals("country-from-context", RuleKinds.actor("kb:agent:police+country-from-context:RUR"));
    assertEquals("coref:pronoun > kb:country", RuleKinds.actor("coref:pronoun>kb:country:RUR"));
    assertEquals("phoenix:agents", RuleKinds.actor("phoenix:Phoenix.agents.txt:12+ner:person"));
    assertEquals("none", RuleKinds.side(List.of()));
    assertEquals("kb:role", RuleKinds.side(List.of(ruled("kb:role:president+kb:person:x"))));
  }

  @Test
  void aTriggerIsCountedByItsSourceAndTheSidesItLacks() {
    var dictionary = TestEvents.event("ASSAULT", null, Modality.ASSERTED, 0, 5,
        List.of(TestEvents.actor("RUR", "MIL")), List.of());
    dictionary = dictionary.withEvidence(evidence(dictionary, "lexicon:cameo-verbs:12"));
    assertEquals("cameo verb dictionary, no target", RuleKinds.trigger(dictionary));
    var curated = TestEvents.event("ACCUSE", null, Modality.ASSERTED, 0, 5, List.of(),
        List.of(TestEvents.actor("RUR", "GOV")));
    curated = curated.withEvidence(evidence(curated, "lexicon:accuse.accuse+embed:ASSAULT"));
    assertEquals("curated entry (embedded), no source", RuleKinds.trigger(curated));
  }
}
