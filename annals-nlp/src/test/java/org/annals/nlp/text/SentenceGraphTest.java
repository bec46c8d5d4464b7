package org.annals.nlp.text;

import static org.annals.nlp.text.HandParse.dep;
import static org.annals.nlp.text.HandParse.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.Sentence;
import org.junit.jupiter.api.Test;

/** The graph's parse repairs, on hand-built parses of the kind CoreNLP gives. */
class SentenceGraphTest {
  @Test
  void anInfinitiveRightAfterAVerbIsItsComplementWithItsSubject() {
    // Ministers are expected to meet envoys in the coming days , aides suggested .
    Sentence s = sentence("Ministers/NNS are/VBP expected/VBN to/TO meet/VB envoys/NNS in/IN the/DT"
        + " coming/VBG days/NNS ,/, aides/NNS suggested/VBD ./.",
        dep("root", -1, 2), dep("nsubj:pass", 2, 0), dep("aux:pass", 2, 1), dep("ccomp", 2, 12),
        dep("mark", 4, 3), dep("obj", 4, 5), dep("obl:in", 4, 9), dep("advcl:to", 12, 4),
        dep("nsubj", 12, 11));
    SentenceGraph g = new SentenceGraph(s);
    assertThat(g.head(4)).isEqualTo(dep("xcomp", 2, 4));
    assertThat(g.children(2)).contains(dep("xcomp", 2, 4));
    assertThat(g.children(12)).doesNotContain(dep("advcl:to", 12, 4));
    assertThat(g.childrenBy(4, "nsubj")).containsExactly(0);
    assertThat(g.heads(0)).contains(dep("nsubj:xsubj", 4, 0));
  }

  @Test
  void otherAttachmentsAreKept() {
    // Aides waited , to meet envoys .  (a comma before "to": a purpose clause, left alone)
    Sentence s = sentence("Aides/NNS waited/VBD ,/, to/TO meet/VB envoys/NNS ./.",
        dep("root", -1, 1), dep("nsubj", 1, 0), dep("advcl:to", 1, 4), dep("mark", 4, 3),
        dep("obj", 4, 5));
    SentenceGraph g = new SentenceGraph(s);
    assertThat(g.head(4)).isEqualTo(dep("advcl:to", 1, 4));
    assertThat(g.childrenBy(4, "nsubj")).isEmpty();
    // Envoys plan to meet .  (already a complement: nothing added)
    SentenceGraph right = new SentenceGraph(sentence("Envoys/NNS plan/VBP to/TO meet/VB ./.",
        dep("root", -1, 1), dep("nsubj", 1, 0), dep("xcomp", 1, 3), dep("mark", 3, 2),
        dep("nsubj:xsubj", 3, 0)));
    assertThat(right.children(3)).containsExactly(dep("mark", 3, 2), dep("nsubj:xsubj", 3, 0));
  }

  @Test
  void aNameFusedWithAFrontedPhraseIsTheSubjectOfTheVerbAfterIt() {
    // On state radio Ruiz also criticised the deal .  (parsed as "on [state radio Ruiz]")
    Sentence parsed = sentence("On/IN state/NN radio/NN Ruiz/NNP also/RB criticised/VBD the/DT"
        + " deal/NN ./.",
        dep("root", -1, 5), dep("case", 3, 0), dep("compound", 3, 1), dep("compound", 3, 2),
        dep("obl:on", 5, 3), dep("advmod", 5, 4), dep("det", 7, 6), dep("obj", 5, 7));
    SentenceGraph g = new SentenceGraph(HandParse.ner(parsed, 3, "PERSON"));
    assertThat(g.childrenBy(5, "nsubj")).containsExactly(3);
    assertThat(g.head(2)).isEqualTo(dep("obl:on", 5, 2));
    assertThat(g.childrenBy(2, "case")).containsExactly(0);
    assertThat(g.childrenBy(2, "compound")).containsExactly(1);
    assertThat(g.children(3)).isEmpty();
    // the same words with a comma-less title before the name, or a subject already there: kept
    assertThat(new SentenceGraph(parsed).childrenBy(5, "nsubj")).as("not a name").isEmpty();
    Sentence titled = HandParse.ner(HandParse.ner(parsed, 3, "PERSON"), 2, "TITLE");
    assertThat(new SentenceGraph(titled).head(3)).isEqualTo(dep("obl:on", 5, 3));
  }

  @Test
  void aGerundReadAsTheAdjectiveOfItsObjectHeadsAClause() {
    // Strikers answered by burning tyres .  (parsed as "by [burning tyres]", burning an adjective)
    Sentence parsed = sentence("Strikers/NNS answered/VBD by/IN burning/VBG tyres/NNS ./.",
        dep("root", -1, 1), dep("nsubj", 1, 0), dep("case", 4, 2), dep("amod", 4, 3),
        dep("obl:by", 1, 4));
    SentenceGraph g = new SentenceGraph(parsed);
    assertThat(g.head(3)).isEqualTo(dep("advcl:by", 1, 3));
    assertThat(g.childrenBy(3, "mark")).containsExactly(2);
    assertThat(g.childrenBy(3, "obj")).containsExactly(4);
    assertThat(g.childrenBy(1, "obl:by")).isEmpty();
    // an adjective that is a gerund with no preposition before it stays one ("the burning tyres")
    Sentence adjective = sentence("Strikers/NNS left/VBD the/DT burning/VBG tyres/NNS ./.",
        dep("root", -1, 1), dep("nsubj", 1, 0), dep("det", 4, 2), dep("amod", 4, 3),
        dep("obj", 1, 4));
    assertThat(new SentenceGraph(adjective).head(3)).isEqualTo(dep("amod", 4, 3));
  }

  @Test
  void aNationalityReadAsAnAdjectiveOfTheWholeSentenceIsItsSubject() {
    // The Spanish ceded control of the port .  (parsed as one noun phrase, "ceded" an adjective)
    Sentence parsed = sentence("The/DT Spanish/JJ ceded/VBN control/NN of/IN the/DT port/NN ./.",
        dep("root", -1, 3), dep("det", 3, 0), dep("amod", 3, 1), dep("amod", 3, 2),
        dep("case", 6, 4), dep("det", 6, 5), dep("nmod:of", 3, 6), dep("punct", 3, 7));
    SentenceGraph g = new SentenceGraph(HandParse.ner(parsed, 1, "NATIONALITY"));
    assertThat(g.head(2)).as("the verb heads the sentence").isNull();
    assertThat(g.childrenBy(2, "nsubj")).containsExactly(1);
    assertThat(g.childrenBy(2, "obj")).containsExactly(3);
    assertThat(g.childrenBy(3, "nmod:of")).containsExactly(6);
    // an adjective that names no nationality keeps the noun phrase ("The old ceded land ...")
    assertThat(new SentenceGraph(parsed).head(2)).isEqualTo(dep("amod", 3, 2));
  }
}
