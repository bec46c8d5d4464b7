package org.annals.nlp.events;

import static org.annals.nlp.text.HandParse.dep;
import static org.annals.nlp.text.HandParse.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.Modality;
import org.annals.nlp.text.SentenceGraph;
import org.junit.jupiter.api.Test;

/**
 * Conditional clauses and scheduled acts in {@link ModalityRules}, on hand-built parses (the rule, not the
 * parser, is under test).
 */
class ModalityRulesTest {
  private final ModalityRules rules = new ModalityRules();

  @Test
  void aThreatStaysAssertedWhileWhatItsConditionNamesIsHypothetical() {
    SentenceGraph g = new SentenceGraph(sentence(
        "North/NNP Korea/NNP threatened/VBD to/TO retaliate/VB if/IN the/DT United/NNP States/NNPS"
            + " goes/VBZ ahead/RB with/IN the/DT drills/NNS ./.",
        dep("root", -1, 2), dep("compound", 1, 0), dep("nsubj", 2, 1), dep("xcomp", 2, 4), dep("mark", 4, 3),
        dep("advcl:if", 4, 9), dep("mark", 9, 5), dep("det", 8, 6), dep("compound", 8, 7), dep("nsubj", 9, 8),
        dep("advmod", 9, 10), dep("obl:with", 9, 13), dep("case", 13, 11), dep("det", 13, 12),
        dep("punct", 2, 14)));
    assertThat(rules.of(g, 2)).isEqualTo(Modality.ASSERTED);
    assertThat(rules.of(g, 9)).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(rules.of(g, 13)).as("a noun inside the condition").isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void anInvertedShouldIsAConditionAndItsModalConsequenceIsHypothetical() {
    SentenceGraph g = new SentenceGraph(sentence(
        "Should/MD the/DT talks/NNS go/VB ahead/RB ,/, the/DT leaders/NNS would/MD sign/VB an/DT agreement/NN ./.",
        dep("root", -1, 9), dep("advcl", 9, 3), dep("aux", 3, 0), dep("det", 2, 1), dep("nsubj", 3, 2),
        dep("advmod", 3, 4), dep("punct", 9, 5), dep("det", 7, 6), dep("nsubj", 9, 7), dep("aux", 9, 8),
        dep("obj", 9, 11), dep("det", 11, 10), dep("punct", 9, 12)));
    assertThat(rules.of(g, 2)).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(rules.of(g, 9)).isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void unlessMakesBothTheConditionAndTheFutureConsequenceHypothetical() {
    SentenceGraph g = new SentenceGraph(sentence(
        "Britain/NNP will/MD impose/VB sanctions/NNS unless/IN Iran/NNP releases/VBZ the/DT tanker/NN ./.",
        dep("root", -1, 2), dep("nsubj", 2, 0), dep("aux", 2, 1), dep("obj", 2, 3), dep("advcl:unless", 2, 6),
        dep("mark", 6, 4), dep("nsubj", 6, 5), dep("obj", 6, 8), dep("det", 8, 7), dep("punct", 2, 9)));
    assertThat(rules.of(g, 2)).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(rules.of(g, 6)).isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void withoutAConditionAModalIsFutureAndAnAssertedConditionalSayerStaysAsserted() {
    SentenceGraph g = new SentenceGraph(sentence(
        "The/DT minister/NN said/VBD he/PRP would/MD visit/VB Paris/NNP ./.",
        dep("root", -1, 2), dep("det", 1, 0), dep("nsubj", 2, 1), dep("ccomp", 2, 5), dep("nsubj", 5, 3),
        dep("aux", 5, 4), dep("obj", 5, 6), dep("punct", 2, 7)));
    assertThat(rules.of(g, 5)).isEqualTo(Modality.FUTURE);
    assertThat(rules.of(g, 2)).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void aReportedConditionalIntentionStaysFuture() {
    SentenceGraph g = new SentenceGraph(sentence(
        "The/DT party/NN said/VBD it/PRP would/MD boycott/VB the/DT vote/NN unless/IN talks/NNS resumed/VBD ./.",
        dep("root", -1, 2), dep("det", 1, 0), dep("nsubj", 2, 1), dep("ccomp", 2, 5), dep("nsubj", 5, 3),
        dep("aux", 5, 4), dep("obj", 5, 7), dep("det", 7, 6), dep("advcl:unless", 5, 10), dep("mark", 10, 8),
        dep("nsubj", 10, 9), dep("punct", 2, 11)));
    assertThat(rules.of(g, 5)).isEqualTo(Modality.FUTURE);
    assertThat(rules.of(g, 10)).isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void negationOutranksTheCondition() {
    SentenceGraph g = new SentenceGraph(sentence(
        "Iran/NNP would/MD not/RB attack/VB if/IN talks/NNS resumed/VBD ./.",
        dep("root", -1, 3), dep("nsubj", 3, 0), dep("aux", 3, 1), dep("advmod", 3, 2), dep("advcl:if", 3, 6),
        dep("mark", 6, 4), dep("nsubj", 6, 5), dep("punct", 3, 7)));
    assertThat(rules.of(g, 3)).isEqualTo(Modality.NEGATED);
    assertThat(rules.of(g, 6)).isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void aFormOfBeBeforeTheClausesOwnToSchedulesTheAct() {
    SentenceGraph g = new SentenceGraph(sentence(
        "The/DT envoy/NN is/VBZ/be to/TO be/VB questioned/VBN/question by/IN prosecutors/NNS on/IN Monday/NNP ./.",
        dep("root", -1, 5), dep("det", 1, 0), dep("nsubj:pass", 5, 1), dep("cop", 5, 2), dep("mark", 5, 3),
        dep("aux:pass", 5, 4), dep("obl:agent", 5, 7), dep("case", 7, 6), dep("obl:on", 5, 9),
        dep("case", 9, 8), dep("punct", 5, 10)));
    assertThat(rules.of(g, 5)).isEqualTo(Modality.FUTURE);
    assertThat(rules.scheduled(g, 5, new int[] {5})).as("a schedule, not an announcement").isTrue();
  }

  @Test
  void anActiveBeToIsAsOftenAnOrderAndMarksNothingWhileWillAnnounces() {
    SentenceGraph g = new SentenceGraph(sentence(
        "The/DT officers/NNS are/VBP/be to/TO pay/VB damages/NNS ./.",
        dep("root", -1, 4), dep("det", 1, 0), dep("nsubj", 4, 1), dep("aux", 4, 2), dep("mark", 4, 3),
        dep("obj", 4, 5), dep("punct", 4, 6)));
    assertThat(rules.of(g, 4)).isEqualTo(Modality.ASSERTED);
    SentenceGraph will = new SentenceGraph(sentence(
        "The/DT two/CD ministers/NNS will/MD hold/VB talks/NNS ./.",
        dep("root", -1, 4), dep("det", 2, 0), dep("nummod", 2, 1), dep("nsubj", 4, 2), dep("aux", 4, 3),
        dep("obj", 4, 5), dep("punct", 4, 6)));
    assertThat(rules.of(will, 5)).isEqualTo(Modality.FUTURE);
    assertThat(rules.scheduled(will, 5, new int[] {4, 5})).as("'will' announces").isFalse();
  }

  @Test
  void toBlameIsAJudgementWhenItIsTheTriggersOwnWords() {
    SentenceGraph g = new SentenceGraph(sentence(
        "Ankara/NNP said/VBD/say Athens/NNP was/VBD/be to/TO blame/VB ./.",
        dep("root", -1, 1), dep("nsubj", 1, 0), dep("ccomp", 1, 5), dep("nsubj", 5, 2), dep("cop", 5, 3),
        dep("mark", 5, 4), dep("punct", 1, 6)));
    assertThat(rules.of(g, 5, new int[] {3, 4, 5})).isEqualTo(Modality.ASSERTED);
    assertThat(rules.scheduled(g, 5, new int[] {3, 4, 5})).isFalse();
  }

  @Test
  void aPenaltyStillFacedIsFutureWhileChargesFacedStand() {
    SentenceGraph g = new SentenceGraph(sentence(
        "The/DT colonel/NN faces/VBZ/face a/DT prison/NN term/NN ./.",
        dep("root", -1, 2), dep("det", 1, 0), dep("nsubj", 2, 1), dep("obj", 2, 5), dep("det", 5, 3),
        dep("compound", 5, 4), dep("punct", 2, 6)));
    assertThat(rules.of(g, 2, new int[] {2, 4, 5})).isEqualTo(Modality.FUTURE);
    assertThat(rules.scheduled(g, 2, new int[] {2, 4, 5})).isTrue();
    SentenceGraph charges = new SentenceGraph(sentence(
        "The/DT colonel/NN faces/VBZ/face bribery/NN charges/NNS/charge ./.",
        dep("root", -1, 2), dep("det", 1, 0), dep("nsubj", 2, 1), dep("obj", 2, 4), dep("compound", 4, 3),
        dep("punct", 2, 5)));
    assertThat(rules.of(charges, 2, new int[] {2, 4})).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void aReducedConditionHeadedByIfIsHypothetical() {
    SentenceGraph g = new SentenceGraph(sentence(
        "The/DT mayor/NN faces/VBZ/face jail/NN if/IN convicted/VBN/convict ./.",
        dep("root", -1, 2), dep("det", 1, 0), dep("nsubj", 2, 1), dep("obj", 2, 3), dep("advcl", 2, 4),
        dep("dep", 4, 5), dep("punct", 2, 6)));
    assertThat(rules.of(g, 5)).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(rules.of(g, 3)).as("the main clause is no condition").isNotEqualTo(Modality.HYPOTHETICAL);
  }
}
