package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Session 26, "missing target": recipients the text names that were left empty (h125). Invented
 * sentences; each class has near sentences whose coding must not change.
 */
class EmptyTargetClassesTest extends CodingTestBase {
  private static final String DATE = "2024-05-10";

  /** "shot dead a Palestinian teenager": the victim right after the result word is the target. */
  @Test
  void theVictimAfterShotDeadIsTheTarget() {
    assertCodes("Turkish soldiers shot dead a Syrian migrant trying to cross the border.", DATE,
        "ASSAULT/firearms 193 TUR:MIL -> SYR:CVL asserted");
    assertCodes("Police in Nairobi shot dead a Somali man suspected of planning an attack.", DATE,
        "ASSAULT/firearms 193 KEN:COP -> SOM asserted");
    assertCodes("A Russian soldier was shot dead by Ukrainian troops near Bakhmut.", DATE,
        "ASSAULT/firearms 193 UKR:MIL -> RUS:MIL asserted");
  }

  /** "carried out air strikes on targets in Syria": the aimed-at thing is the country's it lies in. */
  @Test
  void anAimedAtThingIsTheCountrysItLiesIn() {
    assertCodes("Pakistan carried out air strikes on hideouts inside Afghanistan, officials said.", DATE,
        "ASSAULT/aerial 195 PAK:GOV -> AFG:GOV asserted");
    assertCodes("Israeli warplanes carried out air strikes on targets in Syria overnight.", DATE,
        "ASSAULT/aerial 195 ISR:MIL -> SYR:GOV asserted");
    assertCodes("Israel launched air strikes on Hamas positions in Gaza.", DATE,
        "ASSAULT/aerial 195 ISR:GOV -> PSE:REB asserted");
  }

  /** "a French aid worker": a nationality, a modifier no piece covers, then the agent, is one mention. */
  @Test
  void aNationalityBeforeAModifiedAgentGivesItsCountry() {
    assertCodes("A court in Tehran jailed a British aid worker for five years.", DATE,
        "COERCE/arrest 173 IRN:JUD -> GBR:LAB asserted");
    assertCodes("Belarus jailed a Polish journalist for eight years.", DATE,
        "COERCE/arrest 173 BLR:GOV -> POL:JRN asserted");
  }

  /** "a ship linked to Israel": what is done to a thing linked to someone is done to them. */
  @Test
  void aThingLinkedToSomeoneIsTheirs() {
    assertCodes("Houthi rebels attacked a ship linked to Israel in the Red Sea.", DATE,
        "ASSAULT 190 YEM:REB -> ISR:GOV asserted");
    assertCodes("Iran seized a vessel belonging to a Greek company.", DATE,
        "COERCE/seize 1711 IRN:GOV -> GRC:BUS asserted");
  }

  /** Domestic matters and things, no recipient: nothing changes. */
  @Test
  void aDomesticMatterOrAThingHasNoTarget() {
    assertCodes("The French government raised the retirement age to 64 on Friday.", DATE);
    assertCodes("Russia tested a new intercontinental ballistic missile on Wednesday.", DATE);
    assertCodes("India's prime minister inaugurated a new bridge in Mumbai on Friday.", DATE);
  }
}
