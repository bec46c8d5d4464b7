package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;

/**
 * ACCUSE events with no trigger (issue 13, session 21, h81): a legal action named by its noun alone
 * ({@link LegalNouns}): a trial, a prosecution, an impeachment trial, a charge, an investigation
 * against or into a named actor; without its doer, the court or legislature of the accused's one
 * country. A private claim (an allegation, a lawsuit) needs its own doer. Near texts that must not
 * code an accusation: a process against no one named, an inquiry asked for, investigators speaking,
 * charges dropped. Sentences and names written for these tests.
 */
class AccuseCoverageTest extends CodingTestBase {

  private static final String DATE = "2024-05-05";

  @Test
  void aTrialOrProsecutionOfAnActorIsByTheCourtsOfItsCountry() {
    CodedArticle coded = assertCodes("The trial of the former Peruvian president opened in Lima on Monday.", DATE,
        "ACCUSE/allege 112 PER:JUD -> PER:GOV asserted");
    assertThat(coded.events().get(0).actors().get(0).rule())
        .isEqualTo("implied-agent:court>lexicon:accuse.trial-of+country-of-patient:PER");
    assertCodes("The prosecution of the Brazilian senator began in March.", DATE,
        "ACCUSE/allege 112 BRA:JUD -> BRA:LEG asserted");
  }

  @Test
  void aChargeAgainstAnActorNamedAfterTheCrimeIsAgainstIt() {
    assertCodes("The charge of treason against the Ugandan opposition leader was read out in court on Monday.",
        DATE, "ACCUSE/allege 112 UGA:JUD -> UGA:OPP asserted");
    assertCodes("Zambian prosecutors filed charges of fraud against the former Zambian finance minister.", DATE,
        "ACCUSE/allege 112 ZMB:JUD -> ZMB:GOV asserted");
  }

  @Test
  void anInquiryIntoTheConductOfAnActorIsAgainstIt() {
    assertCodes("Prosecutors in Lima have widened an investigation into alleged bribery by the Peruvian president.",
        DATE, "ACCUSE/investigate 090 PER:JUD -> PER:GOV asserted");
    assertCodes("Kenyan senators subpoenaed bank records as part of their inquiry into alleged misconduct by the "
        + "Kenyan deputy president.", DATE, "REQUEST 100 KEN:LEG -> KEN asserted",
        "ACCUSE/investigate 090 KEN:LEG -> KEN:GOV asserted");
    assertThat(types("An investigation by Kenyan police into the fire began on Monday.", DATE))
        .doesNotContain("ACCUSE");
  }

  @Test
  void anImpeachmentTrialIsTheLegislatures() {
    CodedArticle coded = assertCodes("Senators in Lima prepared for the impeachment trial of the Peruvian president.",
        DATE, "ACCUSE/allege 112 PER:LEG -> PER:GOV asserted");
    assertThat(coded.events().get(0).evidence().rule()).isEqualTo("lexicon:accuse.impeachment-process");
  }

  @Test
  void aPrivateClaimNeedsItsOwnDoer() {
    assertCodes("The Ugandan journalist's lawsuit against the Kenyan government was dismissed in March.", DATE,
        "ACCUSE/allege 115 UGA:JRN -> KEN:GOV asserted", "REJECT 120 - -> KEN:GOV+UGA:JRN asserted");
    assertCodes("The allegations against the Chilean minister were published on Sunday.", DATE);
  }

  @Test
  void aLegalProcessAgainstNoOneNamedIsNoAccusation() {
    assertCodes("The police investigation into the fire is continuing.", DATE);
    assertCodes("Investigators said the fire began in the kitchen of the hotel.", DATE);
    assertCodes("The allegations were serious, the Chilean minister said.", DATE);
  }

  @Test
  void anInquiryAskedForOrChargesDroppedAreNoNewAccusation() {
    assertThat(types("Kenyan protesters called for an inquiry into the Kenyan police.", DATE))
        .doesNotContain("ACCUSE");
    assertCodes("Chilean prosecutors dropped the charges against the Chilean activist.", DATE,
        "CONCEDE 081 CHL:JUD -> CHL:OPP asserted");
  }
}
