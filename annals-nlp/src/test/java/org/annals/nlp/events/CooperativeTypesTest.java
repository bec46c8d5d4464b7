package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The boundary between AGREE, CONCEDE and RETREAT (issue 13, helper h77; {@link CooperativeTypes}), each
 * class with sentences that must code and near sentences that must not change. As the PLOVER
 * manual says, announced retreats and future concessions do not reduce to AGREE: a commitment
 * (agreed, promised, pledged) to a concession or to withdrawing, disarming, stepping down or
 * releasing captives is a CONCEDE, and so is a withdrawal, disarmament or resignation announced for
 * the future whatever dictionary entry found it; an offer or readiness stays an AGREE, as do a
 * commitment to talks or to letting others in and an announced release. A promise of a retreat is
 * no threat. A release of things that are not held (names, figures, funds) is no event, a release
 * of people or of a seized ship is a RETREAT. A meeting told by a verb needs a second side. An
 * acquittal is a CONCEDE, not a conviction. The sentences are written for these tests.
 */
class CooperativeTypesTest extends CodingTestBase {
  private static final String DAY = "2023-06-14";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void aCommitmentToGiveSomethingUpIsAConcession() {
    assertThat(types("The Colombian guerrillas agreed on Tuesday to hand back the captured"
        + " villages and withdraw their fighters to the mountains.")).contains("CONCEDE")
        .doesNotContain("AGREE");
    assertThat(types("The Moldovan defence minister agreed to step down after the scandal."))
        .containsExactly("CONCEDE");
    assertThat(types("Azerbaijan pledged to pull its soldiers back from the disputed villages."))
        .containsExactly("CONCEDE");
    assertThat(types("The junta in Niger promised on Friday to free the detained president."))
        .containsExactly("CONCEDE");
    assertThat(types("The Bolivian government agreed on Tuesday to lift the curfew in La Paz."))
        .containsExactly("CONCEDE");
  }

  @Test
  void anOfferOrATalkStaysAnAgreement() {
    assertThat(types("Azerbaijan is willing to pull its soldiers back from the disputed villages."))
        .containsExactly("AGREE");
    assertThat(types("The Bolivian government agreed on Tuesday to hold talks with the miners'"
        + " union.")).containsExactly("AGREE");
    assertThat(types("The Sudanese army agreed to allow humanitarian access to the besieged"
        + " city.")).containsExactly("AGREE");
  }

  @Test
  void aPromisedRetreatIsNoThreat() {
    assertThat(types("The Moldovan defence minister vowed to resign if the audit found"
        + " wrongdoing.")).doesNotContain("THREATEN");
    // a promised hostile act stays a threat
    assertThat(types("Azerbaijan vowed on Monday to retaliate against Armenia."))
        .containsExactly("THREATEN");
  }

  @Test
  void anAnnouncedWithdrawalDisarmamentOrResignationIsAConcession() {
    assertThat(types("Denmark said on Monday it would pull its troops out of Iraq by the end of"
        + " the year.")).containsExactly("CONCEDE");
    assertThat(types("The Mozambican rebels said on Sunday they would disarm by December."))
        .containsExactly("CONCEDE");
    assertThat(types("The Slovak health minister said on Thursday that he will resign."))
        .containsExactly("CONCEDE");
    // a resignation that happened stays a RETREAT, an announced release an intent
    assertThat(types("The Slovak health minister resigned on Thursday."))
        .containsExactly("RETREAT");
    assertThat(types("The Mozambican rebels said on Sunday they would release the kidnapped"
        + " missionaries.")).containsExactly("AGREE");
  }

  @Test
  void aReleaseOfThingsNotHeldIsNoEvent() {
    assertThat(types("The Chilean police released the names of the three suspects on Monday."))
        .isEmpty();
    assertThat(types("Kenya released emergency funds for the drought-hit counties on Monday."))
        .isEmpty();
    assertThat(types("The Ugandan ministry released new unemployment figures on Monday."))
        .isEmpty();
  }

  @Test
  void aReleaseOfPeopleOrOfASeizedShipStaysARetreat() {
    assertThat(types("Belarus released two Lithuanian journalists on Monday."))
        .containsExactly("RETREAT");
    assertThat(types("The Houthi rebels freed the kidnapped engineers on Monday."))
        .containsExactly("RETREAT");
    assertThat(types("Iran released the seized Greek tanker on Monday."))
        .containsExactly("RETREAT");
  }

  @Test
  void aMeetingWithOneSideOnlyIsNoConsultation() {
    assertThat(types("The Brazilian senate was to meet on Monday to discuss the budget.")).isEmpty();
    assertThat(types("The Brazilian president was met at the airport by a junior aide."))
        .isEmpty();
    // a meeting of two sides stays
    assertThat(types("The Brazilian foreign minister met his Argentine counterpart on Monday."))
        .containsExactly("CONSULT");
    assertThat(types("The Brazilian president met with the Argentine president in Buenos Aires"
        + " on Monday.")).containsExactly("CONSULT");
    // a second side the clause names keeps the meeting, though no actor was resolved for it
    assertThat(types("The Brazilian president met with Yanomami elders in Roraima on Monday."))
        .containsExactly("CONSULT");
  }

  @Test
  void anAcquittalIsAConcessionAndAConvictionStaysASanction() {
    assertThat(types("The former Estonian minister was found not guilty of bribery on Monday."))
        .containsExactly("CONCEDE");
    assertThat(types("A Latvian court found the two activists innocent of arson."))
        .containsExactly("CONCEDE");
    assertThat(types("A Latvian court found the former minister guilty of bribery on Monday."))
        .containsExactly("SANCTION");
  }
}
