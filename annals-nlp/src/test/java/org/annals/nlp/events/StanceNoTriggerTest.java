package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Verbal stances that had no trigger, found by a probe of written sentences (session 25, helper
 * h120): a state or an act named a threat, a mockery or hostile (word list negative-judgement),
 * coming out against a policy, standing with a named party, a policy cut or hike scrapped, a green
 * light given, a course reversed or a U-turn made, cold water poured on a proposal. Near senses
 * that must code nothing: weather, a drought or a virus named a disaster or a threat, a road turned
 * down, remarks or a decision stood by, a bank reversing course. Sentences written for this test.
 */
class StanceNoTriggerTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  @Test
  void aStateNamedAThreatOrAnActAMockeryIsCriticised() {
    assertCodes("Lithuania's president described Belarus as a threat to regional security.", DAY,
        "ACCUSE/disapprove 111 LTU:GOV -> BLR:GOV asserted");
    assertCodes("The Slovak prime minister described the Czech sanctions as a hostile act.", DAY,
        "ACCUSE/disapprove 111 SVK:GOV -> CZE asserted");
    assertCodes("The Danish foreign minister characterised the Iranian trial as a mockery of justice.", DAY,
        "ACCUSE/disapprove 111 DNK:GOV -> IRN asserted");
  }

  @Test
  void weatherAndDisastersNamedBadJudgeNobody() {
    assertCodes("Farmers called the drought a disaster for the region.", DAY);
    assertCodes("The weather was described as a disaster for the harvest by farmers.", DAY);
    assertCodes("The virus was described as a threat to public health.", DAY);
  }

  @Test
  void comingOutAgainstAPolicyRejectsIt() {
    assertCodes("The Canadian minister came out against the American tariffs on steel.", DAY,
        "REJECT 120 CAN:GOV -> USA asserted");
    assertCodes("The Latvian government came out against the German gas pipeline.", DAY,
        "REJECT 120 LVA:GOV -> DEU asserted");
  }

  @Test
  void standingWithANamedPartySupportsIt() {
    assertThat(types("Hungary's prime minister stood with the Serbian president at the rally in Belgrade.", DAY))
        .contains("SUPPORT");
    assertCodes("Senegal's president said he stood with the people of Mali.", DAY,
        "SUPPORT 051 SEN:GOV -> MLI:CVL asserted");
  }

  @Test
  void standingByRemarksOrWaitingIsNoSupport() {
    assertThat(types("The Irish minister stood by his remarks about the British government.", DAY))
        .doesNotContain("SUPPORT");
    assertCodes("Rescue teams stood by as the storm approached the coast.", DAY);
    assertThat(types("The Belgian government stood by its decision to expel the diplomats.", DAY))
        .doesNotContain("SUPPORT");
  }

  @Test
  void concessionsInIdioms() {
    assertThat(types("The Ecuadorian government scrapped the fuel subsidy cut after mass protests.", DAY))
        .contains("CONCEDE");
    assertCodes("The Slovenian prime minister made a U-turn on the pension reform.", DAY,
        "CONCEDE 080 SVN:GOV asserted");
    assertCodes("The Ukrainian government reversed course on the grain export ban.", DAY,
        "CONCEDE 080 UKR:GOV asserted");
    assertCodes("The bank reversed course on interest rates.", DAY);
  }

  @Test
  void aGreenLightIsAnIntentAndColdWaterARejection() {
    assertCodes("The Argentine government gave the green light to the Chilean mining project.", DAY,
        "AGREE 030 ARG:GOV -> CHL asserted");
    assertCodes("Tokyo poured cold water on Seoul's proposal for a joint fund.", DAY,
        "REJECT 120 JPN:GOV -> KOR:GOV asserted");
  }

  @Test
  void aRoadTurnedDownIsNoRefusal() {
    assertCodes("The Nepali climbers turned down the path to the valley.", DAY);
    assertCodes("Drivers turned down the narrow road towards the border.", DAY);
  }
}
