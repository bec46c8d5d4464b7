package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Session 26, targets that need reference resolution (h132): "it" for the deed just told, "its"
 * of another country, "the country"/"the island" named before, and a reaction in a relative or
 * "prompting" clause. Invented sentences; each class has near sentences whose target must stay
 * empty or the actor's own.
 */
class TargetCorefClassesTest extends CodingTestBase {
  private static final String DATE = "2024-05-10";

  /** "London called it piracy": "it" or "this" is the deed of the sentence before. */
  @Test
  void itOrThisIsTheDeedJustTold() {
    assertCodes("Iran seized a British tanker on Friday. London called it piracy.", DATE,
        "COERCE/seize 1711 IRN:GOV -> GBR:BUS asserted", "ACCUSE/disapprove 111 GBR:GOV -> IRN:GOV asserted");
    assertCodes("Venezuela expelled three Spanish diplomats on Tuesday. Spain condemned this as unacceptable.", DATE,
        "SANCTION/expel 166 VEN:GOV -> ESP:GOV asserted", "ACCUSE/disapprove 111 ESP:GOV -> VEN:GOV asserted");
    assertCodes("Germany gave Ukraine new tanks on Monday. Russia condemned it.", DATE,
        "AID 070 DEU:GOV -> UKR:MIL asserted", "ACCUSE/disapprove 111 RUS:GOV -> DEU:GOV asserted");
  }

  /** The judge's own deed, or a thing no act, leaves "it" without a target. */
  @Test
  void itOfTheJudgesOwnDeedOrOfAThingHasNoTarget() {
    assertCodes("Iran seized a British tanker on Friday. Iran called it a legal step.", DATE,
        "COERCE/seize 1711 IRN:GOV -> GBR:BUS asserted");
    assertCodes("Kenya and Uganda signed a trade deal. Tanzania welcomed it.", DATE,
        "SUPPORT 057 KEN:GOV+UGA:GOV symmetric asserted", "SUPPORT 051 TZA:GOV asserted");
  }

  /** "fired water cannon at its boats": "its" is the country named before, not the actor. */
  @Test
  void itsOfAnotherCountryIsTheTarget() {
    assertCodes("The Philippines sent two supply boats to a reef on Monday. China's coast guard fired water cannon at its boats.",
        DATE, "ASSAULT/crowd-control 175 CHN:COP -> PHL:GOV asserted");
    assertCodes("Poland closed its border crossings on Wednesday. Belarus condemned its move as hostile.", DATE,
        "SANCTION/withdraw 160 POL:GOV asserted", "ACCUSE/disapprove 111 BLR:GOV -> POL:GOV asserted");
    assertCodes("Japan deployed new missiles on its southern islands. Beijing criticized its decision, calling its policy reckless.",
        DATE, "MOBILIZE/troops 154 JPN:GOV asserted", "ACCUSE/disapprove 111 CHN:GOV -> JPN:GOV asserted",
        "ACCUSE/disapprove 111 CHN:GOV -> JPN:GOV asserted");
    assertCodes("Lithuania expelled a Russian diplomat. Moscow rejected its accusations as baseless.", DATE,
        "SANCTION/expel 166 LTU:GOV -> RUS:GOV asserted", "REJECT 120 RUS:GOV -> LTU:GOV asserted");
  }

  /** "its own", "its involvement", "its offensive": the doer's own, no other country. */
  @Test
  void itsOwnStaysTheActors() {
    assertCodes("Taiwan held elections on Saturday. China criticized its own officials for corruption.", DATE,
        "ACCUSE/disapprove 111 CHN:GOV -> CHN:GOV asserted");
    assertCodes("Ukraine accused Moscow of shelling a hospital. Russia denied its involvement in the strike.", DATE,
        "ACCUSE/allege 112 UKR:GOV -> RUS:GOV asserted", "REJECT 120 RUS:GOV asserted");
    assertCodes("Egypt hosted talks on Gaza on Monday. Israel resumed its offensive in the territory.", DATE,
        "ASSAULT 190 ISR:GOV asserted");
  }

  /** "toward the island", "at the country": the country named in the sentences before. */
  @Test
  void theCountryOrTheIslandIsTheOneNamedBefore() {
    assertCodes("Cyprus reported a migrant surge this week. Turkey sent warships near the island.", DATE,
        "MOBILIZE/troops 154 TUR:GOV -> CYP:GOV asserted");
    assertCodes("Ukraine has asked for more air defense. Russia launched 90 missiles at the country overnight.", DATE,
        "REQUEST 100 UKR:GOV asserted", "ASSAULT/heavy-weapons 194 RUS:GOV -> UKR:GOV asserted");
    assertCodes("Cuba has faced blackouts for weeks. The United States threatened new sanctions on the country.", DATE,
        "THREATEN/restrict 1312 USA:GOV -> CUB:GOV asserted");
  }

  /** "drew anger in Manila, which said it would protest": Manila reacts to the subject's country. */
  @Test
  void aReactionInARelativeClauseTargetsTheMainSubject() {
    assertCodes("Beijing's moves drew anger in Manila, which said it would file a diplomatic protest.", DATE,
        "ACCUSE/allege 114 PHL:GOV -> CHN:GOV future");
    assertCodes("The Israeli raid angered Jordan, which recalled its ambassador.", DATE,
        "ASSAULT 190 ISR asserted", "SANCTION/withdraw 161 JOR:GOV -> ISR asserted");
    assertCodes("Venezuela's election drew criticism from Argentina, which refused to recognize the result.", DATE,
        "ACCUSE/disapprove 111 ARG:GOV -> VEN:GOV asserted", "REJECT 120 ARG:GOV -> VEN:GOV asserted");
    assertCodes("Chinese warships sailed near Japan on Monday, prompting Tokyo to lodge a protest.", DATE,
        "ACCUSE/allege 114 JPN:GOV -> CHN:MIL asserted");
  }
}
