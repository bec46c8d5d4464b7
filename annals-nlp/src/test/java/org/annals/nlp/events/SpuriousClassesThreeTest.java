package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spurious events (issue 13, helper h83, precision): harms a clause's subject suffered, not did
 * ({@link SufferedHarms}), a vote or a sign that asks nothing of anyone ({@link SpuriousGuards},
 * word lists {@code decision-verb}, {@code sign-noun}), a projectile's wound and views that clash
 * (lexicon {@code none.projectile-hit}, {@code none.views-clash}), and fights between politicians
 * ({@link PoliticalContests}). Each class has near sentences that must keep their event. The
 * classes were seen on the tune articles ({@code gold/articles/tune.json}); the sentences are
 * written for these tests.
 */
class SpuriousClassesThreeTest extends CodingTestBase {
  private static final String DAY = "2024-03-06";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void aBattleSufferedInIsNotTheSufferersAttack() {
    // SufferedHarms.sufferedIn: the "in" phrase of a suffering verb or of a casualty noun
    assertCodes("Iraqi forces suffered hundreds of losses in the fighting around Mosul.", DAY);
    assertCodes("Ukraine lost dozens of soldiers in the fighting near Bakhmut, the ministry said.", DAY);
    assertCodes("The Sudanese army incurred serious losses in the clashes outside Khartoum.", DAY);
    assertCodes("The Kurdish militia sustained heavy casualties in the battle for Raqqa.", DAY);
  }

  @Test
  void aBattleFoughtStillCodes() {
    assertThat(types("Rebels fought Malian soldiers near Timbuktu on Sunday.")).containsExactly("ASSAULT");
    assertThat(types("Russian forces attacked Ukrainian positions near Bakhmut on Friday."))
        .containsExactly("ASSAULT");
    assertThat(types("The Ethiopian army lost the battle for the town to rebel fighters."))
        .containsExactly("ASSAULT");
  }

  @Test
  void aVictimIsNotTheDoerOfWhatHitHim() {
    // SufferedHarms.ownSubject and none.projectile-hit: the harm verb has a subject of its own
    assertCodes("The reporter was still in hospital after a bullet struck him in the chest.", DAY);
    assertCodes("The Colombian activist was in a coma after shrapnel hit her in the head.", DAY);
    assertCodes("The Kenyan student is recovering after a stray bullet grazed his arm.", DAY);
    // a weapon that hit a convoy: the wounding stays, with no doer, and the victim does not strike
    assertCodes("The Somali minister was wounded after a mortar struck his convoy.", DAY,
        "ASSAULT 180 - -> SOM:GOV asserted");
  }

  @Test
  void aShootingByANamedDoerStillCodes() {
    assertThat(types("Police shot the Nigerian activist in the leg on Friday.")).containsExactly("ASSAULT");
    assertThat(types("Soldiers shot the Bolivian protester after the march.")).containsExactly("ASSAULT");
  }

  @Test
  void aVoteIsNoDemand() {
    // SpuriousGuards (decision-verb): a vote is told by what it decided, if anything
    assertCodes("The United Kingdom voted in 2016 to leave the European Union.", DAY);
    assertCodes("Scotland voted in 2014 to remain in the United Kingdom.", DAY);
    assertThat(types("Greek voters voted in 2015 to reject the bailout terms of the European Union."))
        .containsExactly("REJECT");
    assertThat(types("The Irish parliament voted to expel the Russian ambassador on Tuesday."))
        .containsExactly("SANCTION");
    assertThat(types("The UN General Assembly voted to condemn Russia for the invasion."))
        .containsExactly("ACCUSE");
  }

  @Test
  void whatASignAsksIsNoRequest() {
    // SpuriousGuards (sign-noun): the request and what it asks are the protest's message
    assertThat(types("Protesters carrying banners asking the Kenyan government to scrap the tax marched through"
        + " Nairobi.")).containsExactly("PROTEST");
    assertCodes("Demonstrators held signs urging the Polish president to veto the bill.", DAY);
    assertCodes("Farmers waved placards demanding that the French government cut fuel taxes.", DAY);
    assertThat(types("Students marched with posters calling on the Hungarian president to resign."))
        .containsExactly("PROTEST");
    // asked by people, it stays a request
    assertThat(types("The Chilean opposition asked the government to scrap the tax on Monday."))
        .containsExactly("REQUEST");
  }

  @Test
  void viewsThatClashAreNoFight() {
    // none.views-clash
    assertCodes("His conservative views have clashed with the positions of the party's leaders.", DAY);
    assertCodes("Her views clashed with those of the Brazilian president.", DAY);
    assertCodes("The senator's stance on immigration clashed with the policy of the governor.", DAY);
    assertThat(types("Farmers clashed with police in Brussels on Thursday.")).containsExactly("PROTEST");
  }

  @Test
  void aFightBetweenPoliticiansIsAContest() {
    // PoliticalContests: every side a person of a political sector
    assertCodes("Boris Johnson and Jeremy Corbyn clashed over Brexit during the televised debate.", DAY);
    assertCodes("Emmanuel Macron and Marine Le Pen battled over pensions in the debate.", DAY);
    assertCodes("Joe Biden and Bernie Sanders fought over health care in the primary.", DAY);
    assertThat(types("Narendra Modi and Imran Khan clashed over Kashmir at the summit."))
        .containsExactly("CONSULT");
    // armed sides, countries or forces still fight
    assertThat(types("Armenian and Azerbaijani troops clashed on the border on Tuesday."))
        .containsExactly("ASSAULT");
    assertThat(types("Israeli troops fought Hamas fighters in Gaza on Monday.")).containsExactly("ASSAULT");
  }
}
