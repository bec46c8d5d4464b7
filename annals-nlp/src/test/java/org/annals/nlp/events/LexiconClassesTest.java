package org.annals.nlp.events;

import org.junit.jupiter.api.Test;

/**
 * Hand-written lexicon entries and agent names added for classes of misses on news the coder was
 * not tuned on; the sentences are written for these tests.
 */
class LexiconClassesTest extends CodingTestBase {

  @Test
  void voicedSupportIsPraise() {
    assertCodes("Portugal voiced support for the Moroccan bid on Tuesday.", "2024-05-10",
        "SUPPORT 051 PRT:GOV -> MAR asserted");
  }

  @Test
  void pardonsAreConcessions() {
    assertCodes("The Romanian president pardoned two Moldovan activists on Friday.", "2024-05-10",
        "CONCEDE 081 ROU:GOV -> MDA:CVL asserted");
  }

  @Test
  void onThePhone() {
    assertCodes("Czech Prime Minister Petr Fiala and Slovak Prime Minister Robert Fico spoke on the phone on Friday.",
        "2024-05-10", "CONSULT/phone 041 CZE:GOV+SVK:GOV symmetric asserted");
  }

  @Test
  void aLoneGunmanIsAnUnidentifiedArmedActor() {
    assertCodes("A gunman shot two Swiss police officers in Geneva on Sunday.", "2024-05-10",
        "ASSAULT/firearms 193 CHE:UAF -> CHE:COP asserted");
  }
}
