package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/**
 * Verbs the hand-written lexicon does not list, coded by the CAMEO verb-pattern dictionary over
 * the parse; phrases where a bare dictionary verb must code nothing; generic agents that take
 * the country their sentence names. Sentences written for these tests.
 */
class DictionaryCodingTest extends CodingTestBase {

  @Test
  void verbsOnlyTheDictionaryKnows() {
    assertCodes("Taliban fighters ambushed an Afghan army convoy near Kunduz on Tuesday.", "2024-05-10",
        "ASSAULT 190 AFG:REB -> AFG:MIL asserted");
    assertCodes("The Kenyan government expelled a Somali diplomat on Friday.", "2024-05-10",
        "SANCTION/expel 166 KEN:GOV -> SOM:GOV asserted");
  }

  @Test
  void objectPatternsRefineTheCode() {
    assertCodes("Syrian troops shelled rebel positions in Idlib province overnight.", "2024-05-10",
        "ASSAULT/heavy-weapons 194 SYR:MIL -> SYR:REB asserted");
  }

  @Test
  void theRuleNamesTheDictionaryLine() {
    CodedArticle a = code("Turkish warplanes bombed the positions of Kurdish militants in Iraq on Friday.",
        "2024-05-10");
    assertThat(a.events()).singleElement().satisfies(e -> {
      assertThat(e.event()).isEqualTo("ASSAULT");
      assertThat(e.evidence().rule()).startsWith("lexicon:cameo-verbs:");
    });
  }

  @Test
  void aBareVerbActingOnAThingIsNoEvent() {
    assertCodes("The Brazilian striker hit the post twice in the match against Argentina.", "2024-05-10");
    assertCodes("The Ethiopian athlete broke the world record in Berlin on Sunday.", "2024-05-10");
  }

  @Test
  void aBareVerbActingOnPeopleIsAnEvent() {
    assertCodes("Marek Novak stabbed two guards at a prison in the Slovak town of Nitra before fleeing.",
        "2024-05-10", "ASSAULT/primitive 182 SVK -> SVK:CVL asserted"); // a knife: the curated entry's mode; the guards, of the scene
  }

  @Test
  void aTimeExpressionFillsNoPrepositionSlot() {
    // "- * (ON)" under CALL is an appeal (CAMEO 020, not coded); "on Sunday" must not fill it
    assertCodes("The Danish prime minister called the Norwegian prime minister on Sunday.",
        "2024-05-10", "CONSULT/phone 041 DNK:GOV+NOR:GOV symmetric asserted");
  }

  @Test
  void aPrepositionIsNoVerb() {
    assertCodes("Chile was rarely hit by earthquakes this strong, according to Chilean seismologists.",
        "2024-05-10");
  }

  @Test
  void verbsTakenOutOfTheirBlockCodeNothing() {
    assertCodes("Analysts said Lithuania needs to keep its border with Poland open.", "2024-05-10");
  }

  @Test
  void whatSomeoneMustDoIsTheDemandsNotAnAct() {
    CodedArticle a = code("Spain said Morocco must give up its claim to the islands.", "2024-05-10");
    assertThat(a.events()).extracting(e -> e.event()).doesNotContain("CONCEDE");
  }

  @Test
  void genericAgentsTakeTheCountryTheirSentenceNames() {
    assertCodes("Police arrested dozens of protesters in Minsk on Sunday, according to a Belarusian rights group.",
        "2024-05-10", "COERCE/arrest 173 BLR:COP -> BLR:CVL asserted");
    // with no country named, the event stays, its actors' country unknown (PETRARCH's ---)
    assertCodes("Police arrested dozens of protesters on Sunday.", "2024-05-10",
        "COERCE/arrest 173 ---:COP -> ---:CVL asserted");
  }
}
