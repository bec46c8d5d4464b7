package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Word senses of wire news that gave a spurious event or the wrong type (session 27, h140): an
 * invitation is an intent (AGREE), individuals expelled are deported (COERCE) while diplomats stay
 * a SANCTION, approval given is SUPPORT, and dictionary senses (remaining neutral, searching for a
 * suspect, a task one is charged with, a trial delayed) are no event. Sentences written for this test.
 */
class WireSensesTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  @Test
  void anInvitationIsAnIntentToMeetNotAMeeting() {
    assertCodes("The French president invited the Kenyan leader to visit Paris next month.", DAY,
        "AGREE 036 FRA:GOV -> KEN:GOV asserted");
    assertThat(types("Egypt has invited Israeli and Palestinian negotiators to talks in Cairo.", DAY))
        .containsExactly("AGREE");
    assertThat(types("Germany invited Sweden and Finland to join the defence pact.", DAY))
        .containsExactly("AGREE");
  }

  @Test
  void whatAThingInvitesIsNoEvent() {
    assertCodes("The ruling party's proposal invited sharp criticism from business groups.", DAY);
    assertCodes("The agency invited bids from foreign companies for the oil contract.", DAY);
    assertCodes("The ministry invited public comments on the draft regulation.", DAY);
  }

  @Test
  void individualsExpelledAreDeportedDiplomatsExpelledAreSanctioned() {
    assertThat(types("Malaysia expelled a North Korean man suspected in the killing.", DAY))
        .containsExactly("COERCE");
    assertThat(types("Tanzania expelled five Iraqis and a Libyan after the bombing.", DAY))
        .containsExactly("COERCE");
    assertThat(types("Russia expelled three American diplomats on Tuesday.", DAY))
        .containsExactly("SANCTION");
    assertThat(types("Four Iranian diplomats were expelled by Argentina.", DAY))
        .containsExactly("SANCTION");
    assertThat(types("Iraq expelled the American weapons inspectors in 1998.", DAY))
        .containsExactly("SANCTION");
  }

  @Test
  void approvalGivenIsSupportNotAid() {
    assertThat(types("Belgium's parliament gave its go-ahead to the enlargement of the alliance.", DAY))
        .containsExactly("SUPPORT");
    assertThat(types("The Danish government gave its approval to the Swedish accession.", DAY))
        .containsExactly("SUPPORT");
    assertThat(types("Japan gave 50 million dollars in aid to Indonesia.", DAY)).containsExactly("AID");
    assertThat(types("Iraq gave the UN arms inspectors full access to the palaces on Monday.", DAY))
        .containsExactly("RETREAT");
  }

  @Test
  void dictionarySensesThatAreNoEvent() {
    assertCodes("Austria said it would remain neutral in the conflict.", DAY);
    assertCodes("Police searched for a suspect in the shooting in Oslo.", DAY);
    assertCodes("Scotland has been ruled from London for three centuries.", DAY);
    assertCodes("Sinn Fein said it was pushed out of the talks unfairly.", DAY);
    assertThat(types("The army harmed civilians during the raid on the village.", DAY))
        .containsExactly("ASSAULT");
    assertCodes("The new tariffs could harm relations between China and Australia.", DAY);
  }

  @Test
  void lightVerbsOfTasksDetailsAndHomageAreNoEvent() {
    assertCodes("The Security Council charged the inspectors with verifying the destruction of weapons.", DAY);
    assertCodes("The king charged his new prime minister with forming a government.", DAY);
    assertCodes("Thousands of children gathered to deliver a homage to the national poet.", DAY);
    assertCodes("The government offered an explanation of the delays at the border.", DAY);
    assertThat(types("Russia charged the opposition leader with fraud.", DAY)).containsExactly("ACCUSE");
  }

  @Test
  void aTrialDelayedOrBlockedIsNoNewAccusation() {
    assertCodes("The court's decision has delayed the trial of two Libyan suspects.", DAY);
    assertCodes("A legal challenge blocked the trial of the former prime minister.", DAY);
  }
}
