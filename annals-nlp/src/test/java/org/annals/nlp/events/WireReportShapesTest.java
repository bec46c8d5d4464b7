package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Shapes of wire reports on conflict and diplomacy that named the wrong country or asserted what
 * nobody vouched for: "X said its troops ...", "near the Afghan border", "recalled its ambassador to
 * Y", "rejected accusations that ...", "allegations that ...", "Bosnian Serb", "ethnic Hungarian", "the
 * Saudi-led coalition", and a protest in an article about one country. Sentences written for these tests; the whole pipeline codes them.
 */
class WireReportShapesTest extends CodingTestBase {

  private static final String DAY = "2024-05-10";

  @Test
  void forcesOwnedByAPossessivePronounAreOfWhatItRefersTo() {
    // not the country of the scene the forces act in
    assertCodes("The Azerbaijani defence ministry said its artillery destroyed an Armenian ammunition depot on Monday.",
        DAY, "COERCE/seize 171 AZE:MIL -> ARM asserted");
    assertCodes("Kenya's army said its soldiers killed nine militants in Somalia on Sunday.",
        DAY, "ASSAULT 1823 KEN:MIL -> SOM:REB asserted");
  }

  @Test
  void aNationalityBeforeBorderNamesNoScene() {
    // the frontier is shared: the soldiers and migrants are of the sentence's other country
    assertCodes("Thai soldiers exchanged fire with gunmen near the Cambodian border on Friday.",
        DAY, "ASSAULT/firearms 193 THA:MIL+THA:UAF symmetric asserted");
    assertCodes("Greek police arrested seven migrants near the Turkish border on Wednesday.",
        DAY, "COERCE/arrest 173 GRC:COP -> GRC:REF asserted");
  }

  @Test
  void aRecalledEnvoyReducesRelationsWithTheHost() {
    assertCodes("Bolivia recalled its ambassador to Chile over the remarks on Tuesday.",
        DAY, "SANCTION/withdraw 161 BOL:GOV -> CHL:GOV asserted");
    assertCodes("Lithuania withdrew its envoy to Beijing after the dispute over Taiwan.",
        DAY, "SANCTION/expel 166 LTU:GOV -> CHN:GOV asserted");
    // another country's envoy stays the target
    assertCodes("Venezuela expelled the Spanish ambassador on Monday.",
        DAY, "SANCTION/expel 166 VEN:GOV -> ESP:GOV asserted");
  }

  @Test
  void aDeniedAccusationIsARejectionAndWhatItAccusesIsNotCoded() {
    // the dismissed allegations, a matter of Serbia's, are Serbia's own (DomesticRecipients)
    assertCodes("Serbia dismissed allegations that its police had tortured detainees.",
        DAY, "REJECT 120 SRB:GOV -> SRB asserted");
    assertCodes("Hungary rejected claims that its border guards had beaten refugees.",
        DAY, "REJECT 120 HUN:GOV -> HUN asserted");
  }

  @Test
  void whatAnAccusationSaysWasDoneIsSpeculative() {
    // the accusation made is the event (accuse.make-allegation-that); what it says was done is not told as done
    assertThat(code("Rights groups made accusations that Malian soldiers had executed civilians near Kidal.", DAY)
        .events()).extracting(e -> e.event() + "/" + e.modality().label())
        .containsExactly("ACCUSE/asserted");
    // a report "of" an act tells that it happened
    assertCodes("Police in Lyon responded to reports of a shooting at a bar on Saturday.",
        DAY, "ASSAULT/firearms 193 - asserted");
  }

  @Test
  void aPeopleNamedAfterAnotherCountryIsOfTheCountryItLivesIn() {
    assertCodes("Bosnian Serb police detained two journalists in Banja Luka on Monday.",
        DAY, "COERCE/arrest 173 BIH:COP -> BIH:JRN asserted");
    assertCodes("Ethnic Hungarian lawmakers boycotted the vote in the Slovak parliament on Tuesday.",
        DAY, "PROTEST/boycott 143 SVK:LEG -> SVK:GOV asserted");
    // alone, the people: civilians of the country they live in
    assertCodes("Ethnic Uzbeks marched through Osh on Friday to demand protection.",
        DAY, "PROTEST/demo 141 KGZ:CVL -> KGZ:GOV asserted");
  }

  @Test
  void aCoalitionLedByOneStateIsThatStatesMilitary() {
    assertCodes("Saudi-led coalition aircraft bombed a prison in Dhamar on Sunday.",
        DAY, "ASSAULT/heavy-weapons 195 SAU:MIL -> YEM:COP asserted");
  }

  @Test
  void aDeploymentAnnouncedIsAFutureDeploymentNotAThreatToWhereItGoes() {
    assertCodes("Rwanda will deploy troops to Mozambique next month.",
        DAY, "MOBILIZE/troops 154 RWA:GOV -> MOZ:GOV future");
  }

  @Test
  void aProtestNoOneIsNamedForIsByThePeopleOfTheArticlesCountry() {
    assertCodes("Kenya's finance minister proposed new taxes on Monday. Kenyan officials said the Kenyan"
        + " treasury needed the money. Demonstrations broke out on Thursday.",
        DAY, "PROTEST/demo 141 KEN:CVL asserted");
  }
}
