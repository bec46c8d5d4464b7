package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * False events of quiet news (session 24, helper h110): word senses, light verbs and everyday acts
 * of science, business, interviews and accidents that read as political triggers (events.tsv block
 * "False events of quiet news"), and political sentences with the same words that still code.
 * Sentences written for this test.
 */
class FalseEventClassesTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> types(String text) {
    return code(text, DAY).events().stream().map(e -> e.event().toString()).toList();
  }

  @Test
  void thePressAndPressedButtonsDemandNothing() {
    assertThat(types("In a press release, the health ministry of Peru said the hospital would"
        + " reopen in June.")).isEmpty();
    assertThat(types("The study showed that the mice pressed the lever to get more sugar."))
        .isEmpty();
    assertThat(types("The United States pressed Pakistan to arrest the militants."))
        .containsExactly("REQUEST");
  }

  @Test
  void questionsAskedAreNoRequest() {
    assertThat(types("Reporters asked the mayor of Oslo several questions about the new stadium."))
        .isEmpty();
    assertThat(types("Ask anyone in the village and they will tell you the bridge is old."))
        .isEmpty();
    assertThat(types("Reporters asked the Brazilian president to explain the decision."))
        .containsExactly("REQUEST");
  }

  @Test
  void tipsServicesPostsAndWithheldNamesAreNoAid() {
    assertThat(types("The instructor gave the students tips on how to cook rice.")).isEmpty();
    assertThat(types("The patients' names were not provided by the hospital.")).isEmpty();
    assertThat(types("The firm provides translation services to local government.")).isEmpty();
    assertThat(types("Her team delivered consultancy services to several ministries.")).isEmpty();
    assertThat(types("The former governor was given ministerial posts by the prime minister."))
        .isEmpty();
    assertThat(types("Turkey gave Syrian rebels weapons and training.")).containsExactly("AID");
    assertThat(types("Japan provided Sri Lanka with emergency food aid.")).containsExactly("AID");
  }

  @Test
  void suggestionsOfferedAreNoOffer() {
    assertThat(types("Citizens can offer suggestions to the council through the website."))
        .isEmpty();
  }

  @Test
  void demonstratingAThingIsNoProtest() {
    assertThat(types("No drug has been demonstrated effective against the virus.")).isEmpty();
    assertThat(types("At the stand, a student was demonstrating small screens for costumes."))
        .isEmpty();
    assertThat(types("Thousands of students demonstrated in Santiago against the tuition fees."))
        .containsExactly("PROTEST");
    assertThat(types("Students were demonstrating outside the French embassy in Rome on Friday."))
        .containsExactly("PROTEST");
  }

  @Test
  void deathsAndInjuriesAtWorkOrInAnOverturnedVehicleAreNoAssault() {
    assertThat(types("A worker was killed while repairing a crane at the port of Antwerp."))
        .isEmpty();
    assertThat(types("Two firefighters were injured when their truck overturned on the way to the"
        + " blaze.")).isEmpty();
    assertThat(types("Three Malian soldiers were killed when gunmen attacked their convoy near"
        + " Gao.")).contains("ASSAULT");
  }

  @Test
  void studiesConductedAndArtistsCollaboratingAreNoPolitics() {
    assertThat(types("The analysis was conducted at a laboratory in Leipzig.")).isEmpty();
    assertThat(types("The pianist collaborated with the orchestra of Vienna on a recording."))
        .isEmpty();
    assertThat(types("Prosecutors in Seoul are investigating the former president over bribery."))
        .containsExactly("ACCUSE");
  }

  @Test
  void thankYouAloneIsCourtesyButThanksForHelpStaySupport() {
    assertThat(types("The Chilean minister thanked you for your help, the ambassador said."))
        .containsExactly("SUPPORT");
    assertThat(types("Prime Minister Narendra Modi thanked Japan for its help after the floods."))
        .containsExactly("SUPPORT");
  }

  @Test
  void askingAboutConditionsEndedWorkAndIllnessesAreNoEvents() {
    assertThat(types("The novelist said the word \"heritage\" asks about too many things at once."))
        .isEmpty();
    assertThat(types("Visitors may enter the palace provided they show a ticket.")).isEmpty();
    assertThat(types("She overcame leukaemia as a teenager and became a famous singer."))
        .isEmpty();
    assertThat(types("Police press officer Anna Berg said the bridge would stay closed."))
        .isEmpty();
    assertThat(types("Kenya asked Uganda to hand over the suspects.")).contains("REQUEST");
  }

  @Test
  void suppliesAndGrantsAsNounsThanksToAllAndResidingAreNoEvents() {
    assertThat(types("The charity hopes to apply for government grants next year.")).isEmpty();
    assertThat(types("\"I sincerely thank everyone for their prayers,\" the former minister"
        + " wrote.")).isEmpty();
    assertThat(types("The brother of the drowned boy now resides in Germany.")).isEmpty();
    assertThat(types("Turkey gave Syrian rebels weapons and training.")).containsExactly("AID");
  }
}
