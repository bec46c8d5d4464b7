package org.annals.nlp.text;

import static org.annals.nlp.text.HandParse.dep;
import static org.annals.nlp.text.HandParse.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.Sentence;
import org.junit.jupiter.api.Test;

/** {@link WithPartner}: "agreed with X to build", misread as a for-to clause, on hand-built parses. */
class WithPartnerTest {
  /** "Nepal VERB PREP India to build a dam ." parsed as "VERB [PREP India to build a dam]". */
  private static SentenceGraph forTo(String verb, String preposition) {
    Sentence s = sentence("Nepal/NNP " + verb + "/VBD " + preposition
        + "/IN India/NNP to/TO build/VB a/DT dam/NN ./.",
        dep("root", -1, 1), dep("nsubj", 1, 0), dep("advcl:to", 1, 5), dep("mark", 5, 2),
        dep("nsubj", 5, 3), dep("mark", 5, 4), dep("det", 7, 6), dep("obj", 5, 7));
    return new SentenceGraph(s);
  }

  @Test
  void aPartnerMisreadAsTheSubjectOfTheInfinitiveIsTheVerbsWithPhrase() {
    SentenceGraph g = forTo("agreed", "with");
    assertThat(g.childrenBy(1, "obl:with")).containsExactly(3);
    assertThat(g.childrenBy(3, "case")).containsExactly(2);
    assertThat(g.head(5)).isEqualTo(dep("xcomp", 1, 5));
    assertThat(g.childrenBy(5, "nsubj")).as("India is no subject; Nepal controls it")
        .containsExactly(0);
    assertThat(g.heads(0)).contains(dep("nsubj:xsubj", 5, 0));
    assertThat(g.childrenBy(5, "mark")).containsExactly(4);
  }

  @Test
  void aForToClauseWithoutWithIsKept() {
    SentenceGraph g = forTo("waited", "for");
    assertThat(g.childrenBy(5, "nsubj")).containsExactly(3);
    assertThat(g.childrenBy(1, "obl:with")).isEmpty();
    assertThat(g.head(5)).isEqualTo(dep("advcl:to", 1, 5));
  }
}
