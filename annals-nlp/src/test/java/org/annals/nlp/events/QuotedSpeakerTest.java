package org.annals.nlp.events;

import static org.annals.nlp.text.HandParse.dep;
import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.ActorRef;
import org.annals.nlp.ActorMention;
import org.annals.nlp.text.HandParse;
import org.annals.nlp.text.SentenceGraph;
import org.junit.jupiter.api.Test;

/**
 * First person in quotations ({@link AttributionRules#quotedSpeakers}) on hand-built parses: "we"
 * and "our" are the speaker's group, "I" the speaker.
 */
class QuotedSpeakerTest {
  private final AttributionRules rules = new AttributionRules();

  // " We will attack ships , " a spokesman for the rebels said .
  private static final String SPOKESMAN = "\"/`` We/PRP will/MD attack/VB ships/NNS ,/, \"/'' a/DT spokesman/NN "
      + "for/IN the/DT rebels/NNS said/VBD/say ./.";

  private static SentenceGraph spokesman() {
    return new SentenceGraph(HandParse.sentence(SPOKESMAN, dep("root", -1, 12), dep("ccomp", 12, 3),
        dep("nsubj", 3, 1), dep("aux", 3, 2), dep("obj", 3, 4), dep("det", 8, 7), dep("nsubj", 12, 8),
        dep("case", 11, 9), dep("det", 11, 10), dep("nmod:for", 8, 11)));
  }

  private static ActorMention mention(int first, int last, ActorRef r) {
    return new ActorMention(0, first, last, last, r);
  }

  @Test
  void weInAQuoteIsTheBodyItsSpeakerSpeaksFor() {
    SentenceGraph g = spokesman();
    ActorMention[] at = new ActorMention[g.size()];
    ActorRef rebels = new ActorRef("the rebels", "Northern Front", "ZZZ", "REB", "ZZZREB", "group/front", 40, 50,
        "kb:group:front");
    at[10] = at[11] = mention(10, 11, rebels);
    rules.quotedSpeakers(g, at, 0);
    assertThat(at[1]).isNotNull();
    assertThat(at[1].ref().entity()).isEqualTo("group/front");
    assertThat(at[1].ref().rule()).isEqualTo("coref:quote-group>kb:group:front");
  }

  @Test
  void weSaidByAPersonIsTheStateBodyOfTheirCountryAndIIsThePerson() {
    // " We and I will attack ships , " the minister said .  (the minister resolved to a person)
    SentenceGraph g = new SentenceGraph(HandParse.sentence(
        "\"/`` We/PRP and/CC I/PRP will/MD attack/VB ships/NNS ,/, \"/'' the/DT minister/NN said/VBD/say ./.",
        dep("root", -1, 11), dep("ccomp", 11, 5), dep("nsubj", 5, 1), dep("conj:and", 1, 3), dep("cc", 3, 2),
        dep("aux", 5, 4), dep("obj", 5, 6), dep("det", 10, 9), dep("nsubj", 11, 10)));
    ActorMention[] at = new ActorMention[g.size()];
    ActorRef minister = new ActorRef("the minister", "Ana Ruiz", "ZZZ", "GOV", "ZZZGOV", "person/ana-ruiz", 40, 52,
        "kb:role:minister");
    at[9] = at[10] = mention(9, 10, minister);
    rules.quotedSpeakers(g, at, 0);
    assertThat(at[1].ref().entity()).isNull();
    assertThat(at[1].ref().cameo()).isEqualTo("ZZZGOV");
    assertThat(at[1].ref().rule()).startsWith("coref:quote-group>");
    assertThat(at[3].ref().entity()).isEqualTo("person/ana-ruiz");
    assertThat(at[3].ref().rule()).startsWith("coref:quote-speaker>");
  }

  /** " Our forces will strike , " the minister said . — with "forces" resolved by {@code forcesRule}. */
  private ActorRef ourForces(String forcesRule) {
    SentenceGraph g = new SentenceGraph(HandParse.sentence(
        "\"/`` Our/PRP$ forces/NNS will/MD strike/VB ,/, \"/'' the/DT minister/NN said/VBD/say ./.",
        dep("root", -1, 9), dep("ccomp", 9, 4), dep("nmod:poss", 2, 1), dep("nsubj", 4, 2), dep("aux", 4, 3),
        dep("det", 8, 7), dep("nsubj", 9, 8)));
    ActorMention[] at = new ActorMention[g.size()];
    at[2] = mention(2, 2, new ActorRef("forces", null, "YYY", "MIL", "YYYMIL", null, 5, 11, forcesRule));
    at[7] = at[8] = mention(7, 8, new ActorRef("the minister", null, "ZZZ", "GOV", "ZZZGOV", null, 30, 42,
        "kb:adjective:zzz+kb:role:minister"));
    rules.quotedSpeakers(g, at, 0);
    return at[2].ref();
  }

  @Test
  void anActorOurOwnsTakesTheSpeakersCountryNotTheGuessedOne() {
    ActorRef forces = ourForces("kb:agent:forces+country-from-context:YYY");
    assertThat(forces.country()).isEqualTo("ZZZ");
    assertThat(forces.cameo()).isEqualTo("ZZZMIL");
    assertThat(forces.rule()).isEqualTo("kb:agent:forces+country-of-quote-speaker:ZZZ");
  }

  @Test
  void anActorNamedWithItsOwnCountryKeepsIt() {
    assertThat(ourForces("kb:adjective:yyy+kb:agent:forces").country()).isEqualTo("YYY");
  }

  /** Ruiz spoke after the vote {@code sep} " I will resign . " — the clause a ccomp of "spoke". */
  private ActorMention[] spokeAfterTheVote(String sep) {
    SentenceGraph g = new SentenceGraph(HandParse.sentence(
        "Ruiz/NNP spoke/VBD/speak after/IN the/DT vote/NN " + sep + " \"/`` I/PRP will/MD resign/VB ./. \"/''",
        dep("root", -1, 1), dep("nsubj", 1, 0), dep("obl:after", 1, 4), dep("case", 4, 2), dep("det", 4, 3),
        dep("punct", 1, 5), dep("punct", 1, 6), dep("ccomp", 1, 9), dep("nsubj", 9, 7), dep("aux", 9, 8)));
    ActorMention[] at = new ActorMention[g.size()];
    at[0] = mention(0, 0, new ActorRef("Ruiz", "Ana Ruiz", "ZZZ", "LEG", "ZZZLEG", null, 0, 4,
        "ner:person+country-from-context:ZZZ"));
    rules.quotedSpeakers(g, at, 0);
    return at;
  }

  @Test
  void aQuotationAColonPutsAfterAnyVerbIsItsSubjects() {
    ActorMention[] at = spokeAfterTheVote(":/:");
    assertThat(at[7]).isNotNull();
    assertThat(at[7].ref().name()).isEqualTo("Ana Ruiz");
    assertThat(at[7].ref().rule()).startsWith("coref:quote-speaker>");
    // without the colon, "spoke" is no verb of saying and the quotation's "I" stays unknown
    assertThat(spokeAfterTheVote(",/,")[7]).isNull();
  }
}
