package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import static org.annals.nlp.text.HandParse.dep;

import java.util.List;
import org.annals.model.Dependency;
import org.annals.model.ontology.StandardOntology;
import org.annals.nlp.text.HandParse;
import org.annals.nlp.text.SentenceGraph;
import org.junit.jupiter.api.Test;

/**
 * Where the dictionary's pattern words may be found, on hand-built parses (the matcher, not the
 * parser, is under test): TAKE's "- * MINISTER" ([181], seizing a minister) is the verb's object.
 */
class DictionarySlotTest {
  private static final DictionaryMatcher MATCHER =
      new DictionaryMatcher(CameoVerbs.bundled(StandardOntology.load()));

  private static SentenceGraph parse(String tagged, Dependency... deps) {
    return new SentenceGraph(HandParse.sentence(tagged, deps));
  }

  private static List<String> codes(SentenceGraph g) {
    return MATCHER.find(g, new boolean[g.size()]).stream().map(m -> m.entry().cameo()).toList();
  }

  @Test
  void theObjectFillsABarePatternWord() {
    // The rebels took the minister .
    SentenceGraph g = parse("The/DT rebels/NNS took/VBD the/DT minister/NN ./.",
        dep("root", -1, 2), dep("det", 1, 0), dep("nsubj", 2, 1), dep("det", 4, 3), dep("obj", 2, 4));
    assertThat(codes(g)).containsExactly("181");
  }

  @Test
  void anObliqueBesideTheObjectDoesNot() {
    // The leader took a swipe at the minister .
    SentenceGraph g = parse("The/DT leader/NN took/VBD a/DT swipe/NN at/IN the/DT minister/NN ./.",
        dep("root", -1, 2), dep("det", 1, 0), dep("nsubj", 2, 1), dep("det", 4, 3), dep("obj", 2, 4),
        dep("case", 7, 5), dep("det", 7, 6), dep("obl:at", 2, 7));
    assertThat(codes(g)).doesNotContain("181");
  }
}
