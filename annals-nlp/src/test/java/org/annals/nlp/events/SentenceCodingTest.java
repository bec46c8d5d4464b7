package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * The project's own coding cases (sentences written for Annals; facts from public record), one
 * or a few lines each, covering every PLOVER 2.0 event type and the hard cases: negation,
 * speculation, hypotheticals, reported speech, passive voice, compound and symmetric actors,
 * metonymy, role nouns resolved by date, and text without events. Each asserts the full coding
 * summary (see {@link CodingTestBase}).
 */
class SentenceCodingTest extends CodingTestBase {

  // ---- every PLOVER type ------------------------------------------------------------------

  @Test
  void agree() {
    assertCodes("Iran agreed on Sunday to resume nuclear talks with the United States.", "2025-04-14",
        "AGREE 036 IRN:GOV asserted");
    assertCodes("Chinese Premier Li Qiang pledged to provide emergency aid to Myanmar after the earthquake.", "2025-03-30",
        "AGREE 033 CHN:GOV -> MMR:GOV asserted");
  }

  @Test
  void consult() {
    assertCodes("German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Warsaw on Tuesday.", "2024-07-03",
        "CONSULT 040 DEU:GOV+POL:GOV symmetric asserted");
    assertCodes("Indian Prime Minister Narendra Modi visited Ukraine on Friday.", "2024-08-24",
        "CONSULT/visit 042 IND:GOV -> UKR:GOV asserted");
    assertCodes("Chinese President Xi Jinping and French President Emmanuel Macron spoke by telephone on Monday.", "2025-03-11",
        "CONSULT/phone 041 CHN:GOV+FRA:GOV symmetric asserted");
  }

  @Test
  void support() {
    assertCodes("The German government praised Kenya for its role in the Sudan peace talks.", "2024-05-02",
        "SUPPORT 051 DEU:GOV -> KEN:GOV asserted");
    assertCodes("Armenia and Azerbaijan signed a peace agreement on Friday.", "2025-08-09",
        "SUPPORT 057 ARM:GOV+AZE:GOV symmetric asserted");
  }

  @Test
  void agreeWithCompoundActors() {
    assertCodes("Mexico and the United States agreed to cooperate on border security.", "2025-02-10",
        "AGREE 031 MEX:GOV+USA:GOV asserted");
  }

  @Test
  void cooperate() {
    assertCodes("Colombia extradited a drug trafficker to the United States on Wednesday.", "2024-05-02",
        "COOPERATE 063 COL:GOV -> USA:GOV asserted");
  }

  @Test
  void aid() {
    assertCodes("Japan sent emergency food aid to Myanmar after the earthquake.", "2025-04-02",
        "AID 073 JPN:GOV -> MMR:GOV asserted");
    assertCodes("Germany delivered more air defence missiles to Ukraine.", "2024-06-02",
        "AID 072 DEU:GOV -> UKR:GOV asserted");
  }

  @Test
  void concede() {
    assertCodes("The Georgian government lifted the curfew in Tbilisi on Monday.", "2024-06-03",
        "CONCEDE 081 GEO:GOV -> GEO:CVL asserted");
  }

  @Test
  void retreat() {
    assertCodes("Israel withdrew its troops from the southern town on Sunday.", "2024-04-08",
        "RETREAT/withdraw 087 ISR:GOV asserted");
    assertCodes("Russia released an American journalist on Thursday.", "2024-08-02",
        "RETREAT/release 0841 RUS:GOV -> USA:JRN asserted");
  }

  @Test
  void request() {
    assertCodes("The European Union urged Serbia to hold new elections.", "2025-03-02",
        "REQUEST 100 IGO:IGO -> SRB:GOV asserted");
    assertCodes("Egypt called for an immediate ceasefire in Gaza.", "2024-03-02",
        "REQUEST/yield 1056 EGY:GOV asserted");
  }

  @Test
  void accuse() {
    assertCodes("China accused the Philippines of provoking a confrontation at sea.", "2024-06-18",
        "ACCUSE/allege 112 CHN:GOV -> PHL:GOV asserted");
    assertCodes("France condemned the attack on its embassy in Niger.", "2023-07-31",
        "ACCUSE/disapprove 111 FRA:GOV asserted");
  }

  @Test
  void reject() {
    assertCodes("North Korea rejected a South Korean offer of talks.", "2024-02-02",
        "REJECT/meet 125 PRK:GOV -> KOR asserted");
  }

  @Test
  void threaten() {
    assertCodes("Trump threatened Canada with new tariffs on Monday.", "2025-02-04",
        "THREATEN/restrict 1312 USA:GOV -> CAN:GOV asserted");
  }

  @Test
  void protest() {
    assertCodes("Thousands of Georgian protesters rallied in Tbilisi against the government.", "2024-12-02",
        "PROTEST/demo 141 GEO:CVL -> GEO:GOV asserted");
  }

  @Test
  void sanction() {
    assertCodes("Poland expelled two Russian diplomats on Tuesday.", "2024-05-22",
        "SANCTION/expel 166 POL:GOV -> RUS:GOV asserted");
  }

  @Test
  void sanctionByMetonym() {
    assertCodes("The Pentagon suspended military aid to Ukraine in March.", "2025-04-01",
        "SANCTION/discontinue 1622 USA:MIL -> UKR:GOV asserted");
  }

  @Test
  void mobilize() {
    assertCodes("India deployed additional troops along its border with China.", "2020-06-20",
        "MOBILIZE/troops 154 IND:GOV asserted");
  }

  @Test
  void coerce() {
    assertCodes("Iranian authorities arrested a French citizen in Tehran.", "2024-05-02",
        "COERCE/arrest 173 IRN:GOV -> FRA:CVL asserted");
  }

  @Test
  void assault() {
    assertCodes("Russian forces shelled the Ukrainian city of Kharkiv on Sunday.", "2024-05-20",
        "ASSAULT/heavy-weapons 194 RUS:MIL -> UKR asserted");
  }

  // ---- hard cases -----------------------------------------------------------------------------

  @Test
  void negation() {
    assertCodes("Hungary did not veto the new sanctions package.", "2024-06-25",
        "REJECT/yield 129 HUN:GOV negated");
    assertCodes("A meeting between the two foreign ministers was not discussed.", "2025-01-10");
  }

  @Test
  void speculation() {
    assertCodes("Officials fear that Russia may be preparing a new offensive against Ukraine.", "2024-04-02",
        "ASSAULT 190 RUS:GOV -> UKR:GOV speculative");
  }

  @Test
  void hypothetical() {
    assertCodes("If Iran attacks Israel, the region will face a wider war.", "2024-08-05",
        "ASSAULT 190 IRN:GOV -> ISR:GOV hypothetical");
  }

  @Test
  void future() {
    // an announced visit is coded as CAMEO/PLOVER code intent: AGREE 036. The PLOVER manual ("Auxiliary
    // modes") returns the single category, not a category plus the future mode: the intent is asserted
    CodedArticle a = assertCodes("Emmanuel Macron will visit China next month.", "2024-04-02",
        "AGREE 036 FRA:GOV -> CHN:GOV asserted");
    assertThat(a.events().get(0).attributes()).containsEntry("intended", "CONSULT/visit");
  }

  @Test
  void anAnnouncedRetreatIsAConcessionAndAFutureConcessionStaysOne() {
    // the concession is the announcement, which was made (asserted); a concession itself told in
    // the future stays a future CONCEDE (manual, section CONCEDE)
    // PLOVER manual, CONCEDE: "announced ... would withdraw troops" is CONCEDE, not AGREE
    assertCodes("The Danish government announced on Monday it would withdraw its troops from Iraq.",
        "2024-03-10", "CONCEDE 035 DNK:GOV -> IRQ:GOV asserted");
    assertCodes("The Peruvian government will lift the curfew next week.", "2024-03-10",
        "CONCEDE 081 PER:GOV future");
  }

  @Test
  void aMeasureStatedInThePassiveIsCodedThoughNobodyIsNamed() {
    assertCodes("The ban was lifted in 2011.", "2024-03-10", "CONCEDE 081 - asserted");
    assertCodes("The match was suspended after fans threw flares.", "2024-03-10"); // no measure
  }

  @Test
  void aDenialThatSomethingHappenedIsARejectionNotTheDeniedAct() {
    // the article gold codes a denial of what one is accused of as REJECT 120 (session 24, h107)
    CodedArticle a = code("Kremlin spokesman Dmitry Peskov denied that Russia had attacked the power station.",
        "2025-04-01");
    assertThat(a.events()).extracting(e -> e.event() + " " + e.cameo()).containsExactly("REJECT 120");
    assertThat(a.events().get(0).actors()).extracting(r -> r.country()).containsExactly("RUS");
  }

  @Test
  void reportedSpeech() {
    CodedArticle a = assertCodes("Turkey arrested dozens of protesters, the interior ministry said.", "2025-03-23",
        "COERCE/arrest 173 TUR:GOV -> TUR:CVL asserted");
    assertThat(a.events().get(0).attribution()).isNotNull();
    assertThat(a.events().get(0).attribution().text()).contains("said");
  }

  @Test
  void passiveVoice() {
    assertCodes("Two Ukrainian soldiers were captured by Russian troops near the border.", "2024-05-02",
        "ASSAULT 190 RUS:MIL -> UKR:MIL asserted");
  }

  @Test
  void compoundActors() {
    assertCodes("France and Germany condemned the strikes on Ukrainian power plants.", "2024-03-25",
        "ACCUSE/disapprove 111 DEU:GOV+FRA:GOV asserted");
  }

  @Test
  void symmetricActors() {
    assertCodes("Vladimir Putin and Xi Jinping held talks in Beijing on Thursday.", "2024-05-17",
        "CONSULT 040 CHN:GOV+RUS:GOV symmetric asserted");
  }

  @Test
  void metonymy() {
    assertCodes("The Kremlin rejected the proposal on Friday.", "2025-03-15",
        "REJECT/meet 127 RUS:GOV asserted");
    assertCodes("Washington imposed new sanctions on Caracas.", "2024-05-02",
        "SANCTION 163 USA:GOV -> VEN:GOV asserted");
  }

  @Test
  void roleNounsResolveByDate() {
    CodedArticle a = assertCodes("The US president spoke by phone with the Russian president on Tuesday.", "2021-06-02",
        "CONSULT/phone 041 RUS:GOV+USA:GOV symmetric asserted");
    assertThat(a.events().get(0).actors()).extracting(r -> r.name())
        .containsExactlyInAnyOrder("Joe Biden", "Vladimir Putin");
    CodedArticle b = code("The US president spoke by phone with the Russian president on Tuesday.", "2025-06-04");
    assertThat(b.events().get(0).actors()).extracting(r -> r.name())
        .containsExactlyInAnyOrder("Donald Trump", "Vladimir Putin");
  }

  @Test
  void roleNounWithCountryAdjective() {
    CodedArticle a = assertCodes("The Chinese foreign minister visited Moscow on Monday.", "2025-04-01",
        "CONSULT/visit 042 CHN:GOV -> RUS:GOV asserted");
    assertThat(a.events().get(0).actors().get(0).name()).isEqualTo("Wang Yi");
  }

  @Test
  void surnamesReferBack() {
    CodedArticle a = assertCodes("Ukrainian President Volodymyr Zelensky arrived in Washington on Friday. "
        + "Later that day Trump met Zelensky at the White House.", "2025-02-28",
        "CONSULT/visit 042 UKR:GOV -> USA:GOV asserted",
        "CONSULT 040 UKR:GOV+USA:GOV symmetric asserted");
    CodedEvent meet = a.events().get(1);
    assertThat(meet.actors()).extracting(r -> r.name()).containsExactlyInAnyOrder("Donald Trump", "Volodymyr Zelensky");
  }

  @Test
  void articleWithoutEvents() {
    assertCodes("The weather in Paris was mild on Sunday. Museums across the city were crowded with tourists.",
        "2024-05-05");
  }

  // ---- cases from the demo corpus (own sentences, same shapes) ---------------------------

  @Test
  void monthNamesAreNotTriggers() {
    assertCodes("Greece and Turkey last held talks in March.", "2025-05-14",
        "CONSULT 040 GRC:GOV+TUR:GOV symmetric asserted");
  }

  @Test
  void aPhrasalVerbIsNotItsBareVerb() {
    assertCodes("Kyiv gave up its bid on Friday.", "2024-06-15");
    assertCodes("Japan gave rice to North Korea.", "2024-06-15", "AID 070 JPN:GOV -> PRK:GOV asserted");
  }

  @Test
  void givingPhrasesThatGiveNothingAreNoEvent() {
    assertCodes("The Kenyan minister gave no sign of a change of course.", "2024-06-15");
    assertCodes("Chile's foreign minister gave a long interview to a Peruvian paper.", "2024-06-15");
    assertCodes("Peru's president gave a speech in Lima on Monday.", "2024-06-15");
    assertCodes("Norway gave Malawi food aid.", "2024-06-15", "AID 073 NOR:GOV -> MWI:GOV asserted");
  }

  @Test
  void theHostOfACallInAnObliqueTakesPart() {
    assertCodes("Xi Jinping welcomed the proposal during a phone call with Emmanuel Macron on Monday.", "2025-06-10",
        "SUPPORT 051 CHN:GOV asserted", "CONSULT/phone 041 CHN:GOV+FRA:GOV symmetric asserted");
  }

  @Test
  void aConversationBetweenTwoLeadersIsAContact() {
    assertCodes("The latest conversation between Olaf Scholz and Emmanuel Macron, held on Friday,"
        + " covered energy prices.", "2024-03-10", "CONSULT 040 DEU:GOV+FRA:GOV symmetric asserted");
  }

  @Test
  void bothSidesOfADashedPairTakePart() {
    assertCodes("India–Pakistan talks took place in Geneva on Friday.", "2024-03-10",
        "CONSULT 040 IND:GOV+PAK:GOV symmetric asserted");
  }

  @Test
  void aCallDuringWhichOneLeaderUrgedTheOtherIsBetweenBoth() {
    assertCodes("Olaf Scholz urged Recep Tayyip Erdogan to reopen the border during a phone call on"
        + " Friday.", "2024-03-10", "REQUEST 100 DEU:GOV -> TUR:GOV asserted",
        "CONSULT/phone 041 DEU:GOV+TUR:GOV symmetric asserted");
  }

  @Test
  void callOnADateIsNoRequest() {
    assertCodes("Emmanuel Macron and Xi Jinping spoke by phone on Monday. "
        + "Their previous call on April 2 lasted about an hour and focused on Ukraine and Iran.", "2025-06-10",
        "CONSULT/phone 041 CHN:GOV+FRA:GOV symmetric asserted");
  }

  @Test
  void topicsOfADiscussionAreNotParticipants() {
    CodedArticle a = assertCodes("German Chancellor Olaf Scholz and Chinese President Xi Jinping spoke by phone on "
        + "Tuesday, discussing Ukraine and Iran.", "2024-05-08",
        "CONSULT/phone 041 CHN:GOV+DEU:GOV symmetric asserted");
    assertThat(a.events().get(0).evidence().trigger().text()).isEqualTo("spoke by phone");
    assertCodes("Emmanuel Macron and Xi Jinping spoke by phone on Monday. The two leaders discussed trade and Ukraine.",
        "2025-06-10", "CONSULT/phone 041 CHN:GOV+FRA:GOV symmetric asserted");
  }

  @Test
  void namedAppositionsSayWhoAGroupIs() {
    assertCodes("The French and Chinese presidents, Emmanuel Macron and Xi Jinping, spoke by phone on Monday.",
        "2025-06-10", "CONSULT/phone 041 CHN:GOV+FRA:GOV symmetric asserted");
  }

  @Test
  void theyAndTheTwoLeadersReferBackToThePair() {
    CodedArticle a = assertCodes("Narendra Modi and Vladimir Putin met in Moscow on Monday. "
        + "On Friday they spoke by phone for an hour.", "2024-07-13",
        "CONSULT 040 IND:GOV+RUS:GOV symmetric asserted", "CONSULT/phone 041 IND:GOV+RUS:GOV symmetric asserted");
    assertThat(a.events().get(1).actors()).allSatisfy(r -> assertThat(r.rule()).startsWith("group:"));
  }

  @Test
  void aRestatementOrACountIsNotAnotherEvent() {
    assertCodes("Emmanuel Macron and Xi Jinping spoke by phone on Monday. "
        + "It was the third phone call between the two leaders this year. "
        + "The call came after two phone calls between the two leaders in spring.", "2025-06-10",
        "CONSULT/phone 041 CHN:GOV+FRA:GOV symmetric asserted");
  }

  @Test
  void aCityGivesTheLocationsCountry() {
    CodedArticle a = assertCodes("Vladimir Putin and Donald Trump met in Anchorage on Friday.", "2025-08-16",
        "CONSULT 040 RUS:GOV+USA:GOV symmetric asserted");
    assertThat(a.events().get(0).location()).extracting(l -> l.text(), l -> l.country())
        .containsExactly("Anchorage", "USA");
  }

  @Test
  void aRepeatedActSummedUpIsNotOneEvent() {
    assertCodes("Emmanuel Macron and Xi Jinping spoke by phone on Monday. "
        + "Before that, they had spoken by phone four times this year.", "2025-06-10",
        "CONSULT/phone 041 CHN:GOV+FRA:GOV symmetric asserted");
  }

  @Test
  void talkOfASummitIsSpeculation() {
    assertCodes("The call revived talk of a summit between Xi Jinping and Emmanuel Macron.", "2025-06-10",
        "CONSULT/third-party 044 CHN:GOV+FRA:GOV symmetric speculative");
    assertCodes("Officials discussed a possible summit between Xi Jinping and Emmanuel Macron.", "2025-06-10",
        "CONSULT/third-party 044 CHN:GOV+FRA:GOV symmetric speculative");
  }

  /** "ended without a ceasefire": the ceasefire did not happen; the talks did. */
  @Test
  void anEventNamedAfterWithoutDidNotHappen() {
    CodedArticle a = code("Talks between Germany and China ended on Friday without a"
        + " ceasefire between Russia and Ukraine.", "2025-06-10");
    assertThat(a.events()).extracting(e -> e.event() + " " + e.modality().label())
        .containsExactlyInAnyOrder("CONSULT asserted", "RETREAT negated");
  }
}
