package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verbal and judicial acts that got no trigger on the tune articles (issue 13, session 20, helper
 * h76), each class with sentences that must code and near sentences that must not: a denial of an
 * allegation, a claim or one's involvement (REJECT, CAMEO 016 as the PLOVER manual allows), but not
 * of a rumour nor "denied that" an act happened, and not a refusal of entry (reject.deny-request); an indictment or an
 * arraignment (ACCUSE/allege, not the dictionary's arrest); harsh criticism the dictionary lacks
 * ("lambasted"); questioning or interviewing by the police or prosecutors (ACCUSE/investigate 091),
 * not by a journalist; a ruling or a court order ignored (REJECT/yield 128), not the weather; a
 * refusal said as "will not approve" or "will never sign the treaty" (REJECT), not a letter left
 * unsigned; relations improved or mended (SUPPORT 054), not the weather improving; a criticism in a
 * statement whose author is the main clause's subject ("in a statement condemning the raid, the
 * ministry called on ..."). The sentences are written for these tests.
 */
class VerbalActsTest extends CodingTestBase {
  private static final String DAY = "2024-03-12";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void denyingAnAllegationOrInvolvementRejectsIt() {
    assertCodes("The Malawian government denied the allegations of vote rigging.", DAY,
        "REJECT 120 MWI:GOV asserted");
    assertThat(types("The Tanzanian government has denied any involvement in the kidnapping."))
        .containsExactly("REJECT");
  }

  @Test
  void aRumourDeniedIsNoRejectionButAnActDeniedIs() {
    assertCodes("The Zambian ministry denied the rumours of a cabinet reshuffle.", DAY);
    // denying that one's side did something answers an accusation (session 24): the act is not coded
    assertThat(types("Zambian President Hakainde Hichilema denied that his troops had attacked the"
        + " village.")).containsExactly("REJECT");
  }

  @Test
  void entryDeniedStaysARefusalOfARequest() {
    assertThat(code("The Zambian opposition denied entry to the observers.", DAY).events())
        .extracting(e -> e.evidence().rule()).containsExactly("lexicon:reject.deny-request");
  }

  @Test
  void anIndictmentOrAnArraignmentIsAnAccusation() {
    assertCodes("Brazilian prosecutors indicted the former governor of Bahia on Tuesday.", DAY,
        "ACCUSE/allege 112 BRA:JUD -> BRA:GOV asserted");
    assertThat(types("The Kenyan prosecutor arraigned the former governor of Nairobi on Monday."))
        .containsExactly("ACCUSE");
  }

  @Test
  void harshCriticismIsDisapproval() {
    assertCodes("Kenyan opposition leader Raila Odinga lambasted President William Ruto over the"
        + " new tax.", DAY, "ACCUSE/disapprove 111 KEN:OPP -> KEN:GOV asserted");
  }

  @Test
  void questioningByThePoliceIsAnInvestigation() {
    assertCodes("Kenyan police questioned the former governor of Nairobi for six hours.", DAY,
        "ACCUSE/investigate 091 KEN:COP -> KEN:GOV asserted");
    assertCodes("The former governor of Nairobi was questioned by Kenyan police on Monday.", DAY,
        "ACCUSE/investigate 091 KEN:COP -> KEN:GOV asserted");
    assertThat(types("Kenyan detectives interviewed the minister's driver and two aides."))
        .containsExactly("ACCUSE");
  }

  @Test
  void anInterviewByAJournalistIsNoInvestigation() {
    assertCodes("A Kenyan television journalist interviewed the former governor of Nairobi.", DAY);
  }

  @Test
  void aRulingIgnoredIsDefied() {
    assertThat(types("The South African government ignored the court ruling on the pipeline."))
        .containsExactly("REJECT");
  }

  @Test
  void theWeatherIgnoredOrImprovedIsNoEvent() {
    assertCodes("The South African government ignored the rain and went ahead with the parade.", DAY);
    assertCodes("The weather improved after the storm, and relations between the two coaches"
        + " remained tense.", DAY);
  }

  @Test
  void sayingOneWillNotApproveOrSignRefuses() {
    assertThat(types("Chilean President Gabriel Boric said he will not approve a budget that cuts"
        + " pensions.")).containsExactly("REJECT");
    assertThat(types("Chilean President Gabriel Boric will never sign the treaty with Bolivia, his"
        + " spokesman said.")).containsExactly("REJECT");
  }

  @Test
  void aLetterLeftUnsignedIsNoRefusal() {
    assertCodes("Chilean President Gabriel Boric did not sign the letter because he was"
        + " travelling.", DAY);
  }

  @Test
  void relationsImprovedAreSupport() {
    assertCodes("Chile and Peru improved their relations after the 2014 border ruling.", DAY,
        "SUPPORT 054 CHL:GOV+PER:GOV symmetric asserted");
  }

  @Test
  void aStatementCondemningIsItsAuthorsCriticism() {
    assertThat(code("In a statement condemning the raid, the Bolivian foreign ministry called on"
        + " Peru to release the fishermen.", DAY).events())
        .extracting(CodingTestBase::summary)
        .contains("ACCUSE/disapprove 111 BOL:GOV asserted");
  }
}
