package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Roles of event nouns and relation nouns (session 26, helper h133, source): the "of" phrase of an
 * event noun done to someone (word lists {@code patient-noun}, {@code of-patient-noun}) undergoes
 * the act and is never taken as the doer of a reaction it sparks; a person named by a tie to
 * another (word list {@code relation-noun}: "Trump's son", "her lawyer") is not that other and
 * takes its country only ({@link PhraseExpansion}); an agentive noun of a passive trigger ("the
 * withdrawal of troops was announced") has its "of" phrase as doer ({@link ArgumentFinder}); an act
 * avenged is another's ({@code citing-verb}). Near sentences keep the doers their own words name. The sentences are
 * written for these tests.
 */
class EventNounRolesTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  @Test
  void theUndergoerOfAnEventNounDoesNotReact() {
    assertCodes("The arrest of the Russian opposition leader Alexei Navalny sparked protests across Russia.", DAY,
        "PROTEST/demo 141 ---:CVL asserted");
    assertCodes("The ouster of the Pakistani prime minister Imran Khan led to mass protests.", DAY,
        "PROTEST/demo 141 ---:CVL asserted");
  }

  @Test
  void theDoerOfAnEventNounIsItsPossessorOrByPhrase() {
    assertCodes("Israel's bombardment of Gaza continued for a third week, health officials in Gaza said.", DAY,
        "ASSAULT/heavy-weapons 194 ISR:GOV -> PSE asserted");
    assertCodes("Germany's expulsion of four Russian diplomats angered Moscow.", DAY,
        "SANCTION/expel 166 DEU:GOV -> RUS:GOV asserted");
    assertCodes("The abduction of Japanese citizens by North Korea remains unresolved.", DAY,
        "ASSAULT/abduct 181 PRK:GOV -> JPN:CVL asserted");
  }

  @Test
  void anAgentiveNounKeepsItsOfPhrase() {
    assertCodes("The protest of South Korean farmers against the trade deal blocked roads in Seoul.", DAY,
        "PROTEST/demo 141 ---:CVL -> KOR:AGR asserted", "PROTEST/obstruct 144 KOR:AGR asserted");
    assertCodes("The visit of the Chinese premier to Berlin was welcomed by German industry.", DAY,
        "SUPPORT 051 DEU:BUS -> CHN:GOV asserted");
  }

  @Test
  void aRelativeIsNotThePersonTiedTo() {
    assertCodes("Trump's son criticised the judge on Friday.", DAY, "ACCUSE/disapprove 111 USA -> USA:JUD asserted");
    assertCodes("Putin's daughter visited Germany on Tuesday.", DAY, "CONSULT/visit 042 RUS -> DEU:GOV asserted");
    assertCodes("Erdogan's son-in-law met Qatari officials in Doha.", DAY,
        "CONSULT 040 QAT:GOV+TUR symmetric asserted");
  }

  @Test
  void anAgentiveNounInItsOwnPassiveTriggerIsTheDoer() {
    assertCodes("The withdrawal of Russian troops from Kherson was announced on Wednesday.", DAY,
        "CONCEDE 0356 RUS:MIL asserted");
    assertCodes("The resignation of the British prime minister was announced on Thursday.", DAY,
        "CONCEDE 0831 GBR:GOV asserted");
  }

  @Test
  void anAvengedActIsAnothers() {
    // neither the doer nor the one the vow is against: the killed commander (AttackVictimRolesTest)
    assertCodes("Iran vowed to avenge the assassination of Qasem Soleimani, the commander of the Quds Force.", DAY,
        "AGREE 030 IRN:GOV asserted");
  }

  @Test
  void aSpokesmanStillSpeaksForHisPrincipal() {
    assertCodes("The minister's spokesman said France would send more aid to Lebanon.", DAY,
        "AGREE 033 FRA:GOV -> LBN:GOV asserted");
  }
}
