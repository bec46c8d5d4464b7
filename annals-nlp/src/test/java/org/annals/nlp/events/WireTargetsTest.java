package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Targets left empty or wrong in wire news (session 27, h141): an accession is done towards the
 * organisation joined, a treaty ratified or its ratification stalled towards the other party the
 * sentence names, and premises raided towards their occupants at home ({@link TreatyParties},
 * {@link DomesticRecipients}). Near-misses name no party and get none. Sentences written for this test.
 */
class WireTargetsTest extends CodingTestBase {
  private static final String DAY = "2004-05-10";

  /** The recipients' countries of the events of {@code type}, one string per event ("IGO", "" for none). */
  private static List<String> targets(String text, String type) {
    return code(text, DAY).events().stream().filter(e -> e.event().equals(type))
        .map(WireTargetsTest::countries).toList();
  }

  private static String countries(CodedEvent e) {
    return String.join("+", e.recipients().stream().map(r -> String.valueOf(r.country())).sorted().toList());
  }

  @Test
  void anAccessionIsDoneTowardsTheOrganisationJoined() {
    assertThat(targets("Lithuania's president signed the accession papers on Tuesday, completing the"
        + " country's path into NATO.", "SUPPORT")).containsExactly("IGO");
    assertThat(targets("NATO leaders met in Prague. Slovenia's foreign minister signed the accession"
        + " documents on Wednesday.", "SUPPORT")).containsExactly("IGO");
    assertThat(targets("Bulgaria's parliament ratified the country's accession to NATO on Thursday.", "SUPPORT"))
        .containsExactly("IGO");
  }

  @Test
  void anAccessionWithNoOrganisationNamedHasNoTarget() {
    assertCodes("The company signed the accession papers for the new pension scheme on Friday.", DAY);
    assertCodes("The queen's accession to the throne was celebrated in London.", DAY);
  }

  @Test
  void aTreatyRatifiedOrStalledIsDoneTowardsTheOtherParty() {
    assertThat(targets("Germany signed a border treaty with Poland last year. The Polish parliament has"
        + " already ratified it, but the German parliament has stalled ratification.", "REJECT"))
        .containsExactly("POL");
    assertThat(targets("Argentina has stalled ratification of the boundary treaty with Chile, officials"
        + " in Santiago said.", "REJECT")).containsExactly("CHL");
    assertThat(targets("Brazil has delayed ratification of a trade pact with Paraguay, Paraguayan"
        + " officials complained.", "REJECT")).containsExactly("PRY");
  }

  @Test
  void aTreatyWithNoOtherPartyNamedHasNoTarget() {
    assertThat(targets("The Kenyan parliament ratified the treaty on Monday.", "SUPPORT")).containsExactly("");
  }

  @Test
  void premisesRaidedAreTheirOccupantsAtHome() {
    assertThat(targets("Police in Morocco raided three homes in Casablanca on Sunday.", "COERCE"))
        .containsExactly("MAR");
    assertThat(targets("Indonesian police raided the house of a suspected militant in Jakarta.", "COERCE"))
        .containsExactly("IDN");
    assertThat(targets("Egyptian security forces searched the offices of an opposition newspaper in Cairo.",
        "COERCE")).containsExactly("EGY");
  }
}
