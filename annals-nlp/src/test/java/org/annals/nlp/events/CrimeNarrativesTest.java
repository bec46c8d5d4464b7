package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Crime and attack narratives (issue 13, helper h95): the attack a report opens with as what the
 * police answered, a suspect's surrender, suspects in custody, a crime treated as terrorism, and
 * the content of a confession. Sentences written for this test (invented facts), each class with a
 * near sentence that must not change.
 */
class CrimeNarrativesTest extends CodingTestBase {
  private static final String DAY = "2021-03-09";

  @Test
  void anAttackThePoliceAnsweredIsTheAttackWithNoDoer() {
    assertCodes("Shortly after midnight on Sunday, police in Ghent, Belgium, responded to reports of a"
        + " stabbing at a student party.", DAY, "ASSAULT/primitive 182 - asserted");
    assertCodes("Officers were called to a shooting outside a bar in Lyon, France, on Friday night.", DAY,
        "ASSAULT/firearms 193 - asserted"); // no request of the officers, and they are not the doers
  }

  @Test
  void anAttackAnsweredAgainOrReportsOfManyAreNoNewAttack() {
    assertCodes("Police responded to the shooting within minutes.", DAY); // told before; not the police's
    assertCodes("Reports of shootings have risen in Chicago this year.", DAY);
  }

  @Test
  void aSuspectWhoGivesHimselfUpIsArrested() {
    assertCodes("The wanted Serbian commander gave himself up to the authorities in Belgrade.", DAY,
        "COERCE/arrest 173 SRB:COP -> SRB:MIL asserted");
    assertCodes("The suspected gunman surrendered himself to police in Toulouse on Sunday.", DAY,
        "COERCE/arrest 173 FRA:COP -> FRA:UAF asserted");
    assertThat(types("The rebels surrendered the town to the army.", DAY)).doesNotContain("COERCE");
  }

  @Test
  void suspectsInCustodyAreDetained() {
    assertCodes("Two suspects were in custody, the regional police chief in Kano, Nigeria, said.", DAY,
        "COERCE/arrest 173 NGA:COP -> NGA:CRM asserted");
    assertThat(types("The suspect's wife was granted custody of their children.", DAY))
        .doesNotContain("COERCE");
  }

  @Test
  void yearsServedOfASentenceAreAnImprisonment() {
    assertCodes("The former Colombian senator served eleven years of his forty-year prison sentence.", DAY,
        "COERCE/arrest 173 COL:JUD -> COL:LEG asserted");
    assertThat(types("The Nigerian activist Ken Adeyemi served six years of a twenty-year sentence before"
        + " he was pardoned.", DAY)).contains("COERCE");
    assertCodes("The Chilean mayor served four years of a six-year term.", DAY); // a term of office
  }

  @Test
  void aCrimeTreatedAsTerrorismIsInvestigated() {
    assertCodes("Detectives in Leeds said they were treating the arson as a hate crime.", DAY,
        "ACCUSE/investigate 090 GBR:COP asserted");
    assertCodes("Doctors in Leeds treated the wounded as a matter of urgency.", DAY);
  }

  @Test
  void whatSomeoneConfessedToIsNoNewAct() {
    assertCodes("The farmer confessed to killing his neighbour with an axe in 2015.", DAY);
    assertCodes("A guard told investigators he had confessed to the bombing of a police station in Kabul.", DAY);
    assertCodes("The Kenyan farmer killed his neighbour with an axe in 2015.", DAY, "ASSAULT 1823 KEN:AGR asserted");
  }
}
