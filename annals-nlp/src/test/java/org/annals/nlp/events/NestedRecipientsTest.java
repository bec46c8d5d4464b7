package org.annals.nlp.events;

import static org.annals.nlp.text.HandParse.dep;
import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.nlp.ActorMention;
import org.annals.nlp.text.HandParse;
import org.annals.nlp.text.SentenceGraph;
import org.junit.jupiter.api.Test;

/**
 * {@link NestedRecipients} on hand-built parses: the rules, not the parser, are under test. Each
 * rule has a near parse that must give no recipient.
 */
class NestedRecipientsTest {
  private static final ActorRef FRONT = new ActorRef("the Front", "Northern Front", "ZZZ", "REB", "ZZZREB",
      "group/front", 0, 0, "kb:group:front");
  private static final ActorRef PRESIDENT = new ActorRef("the president", null, "ZZZ", "GOV", "ZZZGOV", null,
      0, 0, "kb:role:president");
  private static final ActorRef UGANDA = new ActorRef("Uganda", "Uganda", "UGA", "GOV", "UGAGOV",
      "country/UGA", 0, 0, "kb:country:UGA");

  /** One rule of {@link NestedRecipients} applied to a parse. */
  private interface Rule {
    void apply(SentenceGraph g, Mentions m, Participants p);
  }

  /** The participants {@code rule} finds in {@code g} with {@code r} the only mention, at {@code token}. */
  private static Participants found(SentenceGraph g, int token, ActorRef r, Rule rule) {
    ActorMention[] at = new ActorMention[g.size()];
    at[token] = new ActorMention(0, token, token, token, r);
    Participants p = new Participants();
    rule.apply(g, new Mentions(at), p);
    return p;
  }

  private static SentenceGraph parse(String tagged, Dependency... deps) {
    return new SentenceGraph(HandParse.sentence(tagged, deps));
  }

  @Test
  void theSubjectOfAClauseMisparsedAsAComplementMadeWhatWasRejected() {
    // The police rejected the plan the Front had sent .
    SentenceGraph g = parse("The/DT police/NN rejected/VBD/reject the/DT plan/NN the/DT Front/NNP had/VBD/have "
        + "sent/VBN/send ./.", dep("root", -1, 2), dep("det", 1, 0), dep("nsubj", 2, 1), dep("ccomp", 2, 8),
        dep("det", 4, 3), dep("dep", 8, 4), dep("det", 6, 5), dep("nsubj", 8, 6), dep("aux", 8, 7));
    Participants p = found(g, 6, FRONT, (x, m, q) -> NestedRecipients.looseRelative(x, m, 2, q));
    assertThat(p.recipients).containsExactly(FRONT);
    assertThat(p.actors).isEmpty();
  }

  @Test
  void aComplementClauseWithoutALooseNounNamesNoRecipient() {
    // The police said the Front had sent a plan .
    SentenceGraph g = parse("The/DT police/NN said/VBD/say the/DT Front/NNP had/VBD/have sent/VBN/send a/DT "
        + "plan/NN ./.", dep("root", -1, 2), dep("det", 1, 0), dep("nsubj", 2, 1), dep("ccomp", 2, 6),
        dep("det", 4, 3), dep("nsubj", 6, 4), dep("aux", 6, 5), dep("det", 8, 7), dep("obj", 6, 8));
    assertThat(found(g, 4, FRONT, (x, m, q) -> NestedRecipients.looseRelative(x, m, 2, q)).recipients).isEmpty();
  }

  private static Participants placed(String verb) {
    // The army VERB the president under house arrest .
    SentenceGraph g = parse("The/DT army/NN " + verb + " the/DT president/NN under/IN house/NN arrest/NN ./.",
        dep("root", -1, 2), dep("det", 1, 0), dep("nsubj", 2, 1), dep("det", 4, 3), dep("obj", 2, 4),
        dep("case", 7, 5), dep("compound", 7, 6), dep("obl:under", 2, 7));
    return found(g, 4, PRESIDENT, (x, m, q) -> NestedRecipients.placedUnder(x, m, 7, q));
  }

  @Test
  void whoIsPlacedUnderArrestUndergoesItButNotWhoIsPraisedUnderIt() {
    assertThat(placed("placed/VBD/place").recipients).containsExactly(PRESIDENT);
    assertThat(placed("praised/VBD/praise").recipients).isEmpty();
  }

  private static Participants banOn(String what) {
    // a ban on imports from/of WHAT
    SentenceGraph g = parse("a/DT ban/NN on/IN imports/NNS " + what, dep("root", -1, 1), dep("det", 1, 0),
        dep("case", 3, 2), dep("nmod:on", 1, 3), dep("case", 5, 4),
        dep(what.startsWith("from") ? "nmod:from" : "nmod:of", 3, 5));
    return found(g, 5, UGANDA, (x, m, q) -> NestedRecipients.destination(x, m, 3, q));
  }

  @Test
  void goodsFromACountryAMeasureIsOnNameItsRecipientButNotWhatTheGoodsAre() {
    assertThat(banOn("from/IN Uganda/NNP").recipients).containsExactly(UGANDA);
    assertThat(banOn("of/IN Uganda/NNP").recipients).isEmpty();
  }
}
