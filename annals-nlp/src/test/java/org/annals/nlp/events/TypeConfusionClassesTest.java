package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Matched events of the wrong PLOVER type, found by probing with written sentences (session 26,
 * h129): requests one will not consider are refused, not requests; a sentence "to serve" a prison
 * term is also the imprisonment; a payment ordered by a court is a sanction (PLOVER manual,
 * SANCTION), compensation paid of one's own accord stays a RETREAT; a military offensive "supported by" a
 * state is military aid; pressing ahead with a plan and giving voters a say ask and give nothing.
 * Sentences written for this test.
 */
class TypeConfusionClassesTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  @Test
  void requestsNotConsideredAreRefusals() {
    assertCodes("Interpol said it would not consider requests of this kind from Iran.", DAY,
        "REJECT 120 IGO:IGO -> IRN:GOV asserted");
  }

  @Test
  void aSentenceToServeAPrisonTermIsAlsoTheImprisonment() {
    assertCodes("The Turkish journalist was sentenced to serve life in prison for espionage.", DAY,
        "SANCTION/convict 116 TUR:JUD -> TUR:JRN asserted", "COERCE/arrest 173 TUR:JUD -> TUR:JRN asserted");
  }

  @Test
  void compensationOrderedByACourtIsASanction() {
    assertCodes("Germany paid compensation to the families of the victims on Monday.", DAY,
        "RETREAT 084 DEU:GOV -> DEU:CVL asserted");
    assertCodes("The former mayor was sentenced to pay damages to the city.", DAY,
        "SANCTION/convict 116 ---:JUD -> ---:GOV asserted");
    // an order to another country to pay stays a demand (LexiconClassesTest)
    assertCodes("The Chinese president ordered Japan to pay compensation.", DAY,
        "REQUEST/yield 1056 CHN:GOV -> JPN:GOV asserted");
  }

  @Test
  void anOffensiveSupportedByAStateIsMilitaryAid() {
    assertCodes("The district was recaptured by the army after an offensive supported by Russian air strikes.",
        DAY, "COERCE/seize 192 RUS:MIL asserted", "AID 072 RUS asserted");
    assertCodes("Russia supported the Syrian government's position at the Security Council.", DAY,
        "SUPPORT 051 RUS:GOV -> SYR:GOV asserted");
  }

  @Test
  void pressingAheadAndGivingASayAreNoEvents() {
    assertCodes("The opposition said it is time to give voters the final say on the deal.", DAY);
    assertCodes("The Hungarian government pressed ahead with the new media law.", DAY);
  }
}
