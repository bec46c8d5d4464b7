package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coverage of cooperative diplomacy in wire news (issue 13, helper h137): accession papers, treaties
 * and cooperation plans signed, treaties and enlargements ratified or approved, a ratification
 * started and an IGO joined are SUPPORT (057/051); an invitation to join is an offer (AGREE 030);
 * looking forward to visiting a country is an intent to meet (AGREE 036). Near sentences (autographs,
 * leases, club contracts, private visits, school choirs) code nothing. The sentences are written for
 * these tests.
 */
class DiplomacyCoverageTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void accessionPapersAndCooperationPlansSigned() {
    assertCodes("Slovakia's president signed the accession documents on Monday.", DAY,
        "SUPPORT 057 SVK:GOV asserted");
    assertThat(types("Hungary's president signed the country's accession document to NATO on"
        + " Wednesday.")).containsExactly("SUPPORT");
    assertCodes("The Philippines and Vietnam signed an economic cooperation program on Monday.",
        DAY, "SUPPORT 057 PHL:GOV+VNM:GOV symmetric asserted");
    assertThat(types("The foreign ministers of Japan and Australia signed a security cooperation"
        + " plan in Tokyo on Tuesday.")).containsExactly("SUPPORT");
  }

  @Test
  void treatiesRatifiedOrApproved() {
    assertCodes("The Argentine Senate ratified the trade treaty with Uruguay on Thursday.", DAY,
        "SUPPORT 057 ARG:LEG -> URY:GOV asserted");
    assertThat(types("The European Parliament ratified the partnership agreement with Ukraine on"
        + " Wednesday.")).containsExactly("SUPPORT");
    assertThat(types("The Czech parliament ratified Slovenia's accession to NATO on Tuesday."))
        .containsExactly("SUPPORT");
    assertThat(types("The German Bundestag approved the enlargement of the European Union on"
        + " Friday.")).containsExactly("SUPPORT");
    assertThat(types("Portugal started the ratification process of the treaty with Spain last"
        + " month.")).containsExactly("SUPPORT");
  }

  @Test
  void invitationsToJoinAndFutureVisitsAreIntents() {
    assertThat(types("NATO leaders invited Montenegro to join the alliance on Wednesday."))
        .containsExactly("AGREE");
    // passive: the invited are the recipients
    assertCodes("Albania and Croatia were invited to join NATO at the summit in Bucharest on"
        + " Thursday.", DAY, "AGREE 030 - -> ALB:GOV+HRV:GOV asserted",
        "CONSULT/third-party 044 ALB:GOV+HRV:GOV symmetric asserted");
    assertCodes("The French president said on Tuesday that he looked forward to visiting"
        + " Vietnam.", DAY, "AGREE 036 FRA:GOV -> VNM:GOV asserted");
    // a future accession is a promise (PLOVER: future SUPPORT is AGREE)
    assertThat(types("Lithuania will officially join NATO next month.")).containsExactly("AGREE");
  }

  @Test
  void nearMissesCodeNothing() {
    assertThat(types("The actor signed autographs for fans outside the theater on Sunday."))
        .isEmpty();
    assertThat(types("The firm signed a lease for a new office on Monday.")).isEmpty();
    assertThat(types("The club ratified the new coach's contract on Friday.")).isEmpty();
    assertThat(types("The board approved the expansion of the factory on Monday.")).isEmpty();
    assertThat(types("The prime minister visited his mother in hospital on Sunday.")).isEmpty();
    assertThat(types("He looked forward to visiting his grandchildren in the summer.")).isEmpty();
    assertThat(types("The child was invited to join the school choir.")).isEmpty();
    assertThat(types("The company started the approval process for the new drug.")).isEmpty();
  }
}
