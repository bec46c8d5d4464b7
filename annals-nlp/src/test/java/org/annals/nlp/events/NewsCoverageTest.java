package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Wordings of criticism, support and intent that had no trigger on a probe of written news
 * sentences (session 26, helper h128): taking issue with, railing against, tearing into someone;
 * barbs traded; a state said to destabilise a country or to weaponise migrants; standing behind or
 * shoulder to shoulder with a party, one's heart going out to it; undertaking to act, one's word
 * given. Near senses that must code nothing: a podium stood behind, a boat destabilised, fans
 * trading insults, a review undertaken, the word given to start a race; "orchestrated" is no
 * support. Sentences written for this test.
 */
class NewsCoverageTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  @Test
  void idiomsOfCriticismCriticise() {
    assertCodes("The Chinese foreign ministry took issue with the Australian report on Tuesday.", DAY,
        "ACCUSE/disapprove 111 CHN:GOV -> AUS asserted");
    assertCodes("Kenya's president railed against the British colonial record in a speech.", DAY,
        "ACCUSE/disapprove 111 KEN:GOV -> GBR asserted");
    assertCodes("The Turkish president tore into the Swedish government over the Koran burning.", DAY,
        "ACCUSE/disapprove 111 TUR:GOV -> SWE:GOV asserted");
    assertThat(types("The Argentine president traded barbs with the Spanish prime minister over the insults.", DAY))
        .containsExactly("ACCUSE");
  }

  @Test
  void aStateSaidToDestabiliseOrWeaponiseIsAccused() {
    assertCodes("Moldova's president said Russia was trying to destabilise the country.", DAY,
        "ACCUSE/allege 112 MDA:GOV -> RUS:GOV asserted");
    assertCodes("Warsaw said Minsk was weaponising migrants against the European Union.", DAY,
        "ACCUSE/allege 112 POL:GOV -> BLR:GOV asserted");
  }

  @Test
  void nearSensesOfCriticismCodeNothing() {
    assertCodes("The Greek police said the migrants had destabilised the boat by standing up.", DAY);
    assertCodes("The British and Irish fans traded insults before the match.", DAY);
    assertThat(types("Lithuania's foreign minister said Belarus had orchestrated the migrant crisis on the border.", DAY))
        .doesNotContain("SUPPORT");
  }

  @Test
  void standingBehindAPartyOrOnesHeartGoingOutSupportsIt() {
    assertCodes("The Italian prime minister said Italy stands shoulder to shoulder with Ukraine.", DAY,
        "SUPPORT 051 ITA:GOV -> UKR:GOV asserted");
    assertCodes("The Dutch prime minister said his heart went out to the people of Morocco after the earthquake.", DAY,
        "SUPPORT 051 NLD:GOV -> MAR:CVL asserted");
    assertThat(types("The Australian prime minister stood firmly behind New Zealand in the row with China.", DAY))
        .containsExactly("SUPPORT");
  }

  @Test
  void aPodiumOrADecisionStoodBehindIsNoSupport() {
    assertCodes("The Polish president stood behind the podium as the Lithuanian president spoke.", DAY);
    assertCodes("The French president stood behind his decision to raise the pension age.", DAY);
  }

  @Test
  void anUndertakingOrOnesWordGivenIsAnIntent() {
    assertCodes("The Ghanaian president undertook to repay the Chinese loans by 2030.", DAY,
        "AGREE 030 GHA:GOV -> CHN asserted");
    assertThat(types("The Canadian prime minister gave his word that Canada would back Ukraine's membership.", DAY))
        .containsExactly("AGREE");
  }

  @Test
  void aReviewUndertakenOrTheWordToStartIsNoIntent() {
    assertCodes("The Spanish prime minister undertook a review of the defence budget.", DAY);
    assertThat(types("The Italian minister gave the word to start the race.", DAY)).doesNotContain("AGREE");
  }
}
