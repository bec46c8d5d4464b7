package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Who accuses whom (issue 13, h69): the recipient of a judgement of an assault the article names
 * only by a noun ("condemned the raid", "called the bombardment a war crime", "the shooting was
 * denounced by ...") is whoever did the assault the article has just reported, whatever word
 * reported it ({@code assault-noun} in {@link ActAuthors}). An assault noun with a phrase of its own,
 * an arrest called "the raid" or "the operation", and a judgement of something else keep their
 * arguments. The one a bare participle accuses ("appeared in court, charged with spying") is its
 * recipient, the doer an implied court ({@link AccusedParticiple}); a nationality given before a
 * person's name ("a Romanian, Ana Popescu,") is the person's country. The sentences are written
 * for these tests.
 */
class AccuseArgumentsTest extends CodingTestBase {

  @Test
  void theAssaultJudgedByANounIsTheOneJustReported() {
    assertCodes("Turkish jets bombed Kurdish positions in northern Syria on Sunday. "
        + "The raid was condemned by the Syrian government.", "2024-03-05",
        "ASSAULT/heavy-weapons 195 TUR:MIL -> SYR:GOV asserted",
        "ACCUSE/disapprove 111 SYR:GOV -> TUR:MIL asserted");
    assertCodes("Russian forces shelled the Ukrainian city of Kharkiv on Tuesday, killing four civilians. "
        + "The Polish foreign minister called the bombardment a war crime.", "2024-03-05",
        "ASSAULT/heavy-weapons 194 RUS:MIL -> UKR asserted", // "killing four civilians": its toll (HarmByMeans)
        "ACCUSE/disapprove 111 POL:GOV -> RUS:MIL asserted");
    assertCodes("Israeli troops launched an offensive in southern Lebanon on Friday. Egypt denounced the operation.",
        "2024-03-05", "ASSAULT 190 ISR:MIL asserted", "ACCUSE/disapprove 111 EGY:GOV -> ISR:MIL asserted");
    assertCodes("Azerbaijani forces attacked Armenian border posts overnight. France criticized the assault.",
        "2024-03-05", "ASSAULT 190 AZE:MIL -> ARM asserted", "ACCUSE/disapprove 111 FRA:GOV -> AZE:MIL asserted");
    assertCodes("Sudanese paramilitaries stormed a village in Darfur on Thursday. The shooting was denounced by Chad.",
        "2024-03-05", "ASSAULT 190 SDN:PRM -> SDN:CVL asserted", "ACCUSE/disapprove 111 TCD:GOV -> SDN:PRM asserted");
    assertCodes("A gunman shot five shoppers in Dallas on Saturday. State police investigated the shooting on Tuesday.",
        "2024-03-05", "ASSAULT/firearms 193 USA:UAF -> USA:CVL asserted",
        "ACCUSE/investigate 090 USA:COP -> USA:UAF asserted");
    assertCodes("Russian forces shelled Kharkiv on Tuesday. A Ukrainian minister condemned the strike.",
        "2024-03-05", "ASSAULT/heavy-weapons 194 RUS:MIL asserted", "ACCUSE/disapprove 111 UKR:GOV -> RUS:MIL asserted");
  }

  @Test
  void anAssaultNounWithItsOwnPhraseOrAnArrestKeepsItsArguments() {
    assertCodes("Turkish jets bombed Kurdish positions in northern Syria on Sunday. "
        + "The Syrian government condemned the attack on a Damascus mosque.", "2024-03-05",
        "ASSAULT/heavy-weapons 195 TUR:MIL -> SYR:GOV asserted", "ACCUSE/disapprove 111 SYR:GOV asserted");
    assertCodes("Nigerian police arrested dozens of protesters on Monday. Amnesty International condemned the raid.",
        "2024-03-05", "COERCE/arrest 173 NGA:COP -> NGA:CVL asserted", "ACCUSE/disapprove 111 IGO:NGO asserted");
    assertCodes("Serbian police detained three Kosovar journalists on Monday. Albania condemned the operation.",
        "2024-03-05", "COERCE/arrest 173 SRB:COP -> KOS:JRN asserted", "ACCUSE/disapprove 111 ALB:GOV asserted");
    assertCodes("Russian forces shelled Kharkiv on Tuesday. Germany condemned the Chinese exercises near Taiwan.",
        "2024-03-05", "ASSAULT/heavy-weapons 194 RUS:MIL asserted", "ACCUSE/disapprove 111 DEU:GOV -> CHN asserted");
  }

  @Test
  void theOneABareParticipleAccusesIsItsRecipientNotItsSource() {
    assertCodes("A Georgian, Levan Beridze, appeared before a court in Tbilisi on Monday, charged with espionage.",
        "2024-03-05", "COERCE/arrest 173 - -> GEO asserted", "ACCUSE/allege 112 GEO:JUD -> GEO asserted");
    assertCodes("A Belgian man, Marc Dubois, was arrested in Lyon on Friday, accused of smuggling weapons.",
        "2024-03-05", "COERCE/arrest 173 FRA:COP -> BEL asserted", "ACCUSE/allege 112 ---:JUD -> BEL asserted");
    assertCodes("Greek police detained a Turkish man, Emre Kaya, at the border, suspected of spying.",
        "2024-03-05", "COERCE/arrest 173 GRC:COP -> TUR asserted", "ACCUSE/disapprove 110 ---:JUD -> TUR asserted");
  }

  @Test
  void accusationsWithTheirOwnSubjectOrAgentKeepTheirArguments() {
    assertCodes("Levan Beridze was charged with espionage in Tbilisi on Monday.", "2024-03-05",
        "ACCUSE/allege 112 GEO:JUD -> GEO asserted");
    assertCodes("The Georgian minister, accused of corruption by the opposition, resigned on Monday.", "2024-03-05",
        "ACCUSE/allege 112 GEO:OPP asserted", "RETREAT/resign 084 GEO:GOV asserted");
    assertCodes("The Georgian government accused Russia of spying on Monday.", "2024-03-05",
        "ACCUSE/allege 112 GEO:GOV -> RUS:GOV asserted", "ACCUSE/investigate 090 GEO:GOV asserted");
  }

  @Test
  void aNationalityBeforeTheNameGivesThePersonsCountry() {
    assertCodes("Moldovan authorities detained a Romanian, Ana Popescu, at the border.", "2024-03-05",
        "COERCE/arrest 173 MDA:GOV -> ROU asserted");
    assertCodes("Levan Beridze, a Georgian, appeared before a court in Tbilisi on Monday.", "2024-03-05",
        "COERCE/arrest 173 - -> GEO asserted");
    assertCodes("Prosecutors met a Georgian official, Levan Beridze, in Tbilisi on Monday.", "2024-03-05",
        "CONSULT 040 GEO:GOV+GEO:JUD symmetric asserted");
  }
}
