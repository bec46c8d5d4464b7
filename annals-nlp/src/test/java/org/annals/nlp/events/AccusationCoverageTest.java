package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Accusations, refusals and demands of wire news that had no trigger (issue 13, helper h138):
 * charges made, levelled, renewed or repeated "that" someone did something; a state said to
 * undermine efforts, a process or stability; a person wanted for questioning or for a crime, or
 * put on a most wanted list; objections filed or lodged; ratification stalled, delayed or held
 * up; a refusal to be bought; an extradition forced; a that-clause "X has the duty to ..." after a
 * speech verb. Near senses that must code nothing: charges for a service, a player most wanted,
 * the wisdom of a plan questioned, a car or talks that stalled, rain undermining a bridge, a house
 * one will not buy. Sentences written for this test.
 */
class AccusationCoverageTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  @Test
  void chargesMadeThatSomeoneDidSomethingAccuseTheClausesSubject() {
    assertCodes("Pakistan levelled charges that India had sponsored the attacks in Balochistan.", DAY,
        "ACCUSE/allege 112 PAK:GOV -> IND:GOV asserted", "ASSAULT 190 IND:GOV speculative");
    assertCodes("The Iranian foreign minister repeated allegations that Israel had sabotaged the nuclear plant.", DAY,
        "ACCUSE/allege 112 IRN:GOV -> ISR:GOV asserted");
    assertThat(types("Venezuela renewed accusations that Colombia was sheltering armed groups on its border.", DAY))
        .containsExactly("ACCUSE");
  }

  @Test
  void chargesForAServiceAreNoAccusation() {
    assertCodes("The bank repeated its charges for the service in its annual letter.", DAY);
    assertCodes("The hotel renewed charges for parking last spring.", DAY);
  }

  @Test
  void aStateSaidToUndermineEffortsIsAccused() {
    assertCodes("Russia has often claimed that Ukraine was undermining efforts at closer cooperation.", DAY,
        "ACCUSE/allege 112 RUS:GOV -> UKR:GOV asserted");
    assertCodes("China said the United States was undermining stability in the region.", DAY,
        "ACCUSE/allege 112 CHN:GOV -> USA:GOV asserted");
    assertCodes("Heavy rain undermined the foundations of the old bridge.", DAY);
    assertCodes("The coach said injuries were undermining the team's season.", DAY);
  }

  @Test
  void wantedForQuestioningOrOnAMostWantedList() {
    assertThat(types("The former minister is wanted for questioning in the corruption case, Kenyan police said.", DAY))
        .containsExactly("ACCUSE");
    assertThat(types("Interpol added the former general to its most wanted list.", DAY))
        .containsExactly("ACCUSE");
    assertCodes("The striker is the most wanted player in the transfer market.", DAY);
    assertCodes("The toy was the most wanted gift this Christmas.", DAY);
    assertCodes("Analysts are questioning the wisdom of the new tax.", DAY);
  }

  @Test
  void objectionsLodgedAreAComplaint() {
    assertCodes("Japan lodged an objection with China over the new air defence zone.", DAY,
        "ACCUSE/allege 114 JPN:GOV -> CHN:GOV asserted");
    assertCodes("The neighbours filed objections to the new garage.", DAY);
  }

  @Test
  void ratificationStalledIsARefusal() {
    assertCodes("Hungary held up ratification of Finland's accession to NATO.", DAY,
        "REJECT 120 HUN:GOV -> FIN:GOV asserted");
    assertThat(types("Russia has stalled ratification of the treaty with Ukraine.", DAY)).containsExactly("REJECT");
    assertCodes("Talks on the trade deal stalled in March.", DAY);
    assertCodes("The car stalled on the bridge.", DAY);
  }

  @Test
  void aRefusalToBeBoughtAndAHouseNotBought() {
    assertThat(types("\"We will not be bought,\" the Palestinian negotiator told Israel.", DAY))
        .containsExactly("REJECT");
    assertCodes("\"They are not going to buy a new house,\" the agent said.", DAY);
    assertCodes("\"I will not buy that car,\" he said.", DAY);
  }

  @Test
  void forcingAnExtraditionDemandsIt() {
    assertThat(types("The Security Council imposed sanctions on Libya to force the extradition of the two suspects.", DAY))
        .containsExactly("SANCTION", "REQUEST");
    assertCodes("The police forced the door of the house.", DAY);
  }

  @Test
  void aDutySaidOfAnotherIsADemand() {
    assertCodes("Germany said Russia had a responsibility to end the war in Ukraine.", DAY,
        "REQUEST/yield 1056 DEU:GOV -> RUS:GOV asserted");
    assertThat(types("The council said Syria has the duty to protect its civilians.", DAY)).containsExactly("REQUEST");
    assertCodes("The law says parents have the duty to feed their children.", DAY);
  }
}
