package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * False events of quiet news, second part (session 24, helper h113): interview talk, everyday senses
 * of the dictionary's verbs, accidents and life stories, condolences (events.tsv block "False events
 * of quiet news, second part"), and political sentences with the same words that still code.
 * Sentences written for this test.
 */
class FalseEventClassesTwoTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> types(String text) {
    return code(text, DAY).events().stream().map(e -> e.event().toString()).toList();
  }

  @Test
  void thingsGivenToPatientsAnimalsAndUsersAreNoAid() {
    assertThat(types("The nurse gave the patient two sedatives before the operation.")).isEmpty();
    assertThat(types("The doctors gave him painkillers and sent him home.")).isEmpty();
    assertThat(types("The charity gave the volunteers a platform to tell their stories."))
        .isEmpty();
    assertThat(types("The mayor gave his condolences to the victims' families.")).isEmpty();
    assertThat(types("Japan gave the Philippines ten coast guard vessels in March."))
        .containsExactly("AID");
  }

  @Test
  void beliefsRejectedAndEverydayWillingnessAreNoEvents() {
    assertThat(types("Many young people in Lagos reject religion altogether, the survey found."))
        .isEmpty();
    assertThat(types("Scientists rejected the theory after the second experiment failed."))
        .isEmpty();
    assertThat(types("By May we were ready to submit the paper for publication.")).isEmpty();
    assertThat(types("The hospital staff were willing to try a new treatment.")).isEmpty();
    assertThat(types("Iran rejected the United States' proposal for new talks on Tuesday."))
        .containsExactly("REJECT");
    assertThat(types("North Korea said it was willing to resume talks with Seoul."))
        .containsExactly("AGREE");
  }

  @Test
  void softwareAndToolsRestrictReleaseAndAllowNobody() {
    assertThat(types("The licence allows anyone to copy and modify the code.")).isEmpty();
    assertThat(types("The company's proprietary software restricts users who want to modify it."))
        .isEmpty();
    assertThat(types("The course teaches women to take control of their finances.")).isEmpty();
    assertThat(types("Such locks restrict people who buy the device from repairing it."))
        .isEmpty();
    assertThat(types("The developers released a new version of the game on Tuesday.")).isEmpty();
    assertThat(types("Saudi Arabia allowed women to drive for the first time in 2018."))
        .containsExactly("CONCEDE");
    assertThat(types("Russian forces took control of the Zaporizhzhia nuclear plant."))
        .containsExactly("COERCE");
    assertThat(types("China prevented the activists from leaving the country."))
        .containsExactly("COERCE");
  }

  @Test
  void accidentsProbesAndLifeStoriesAreNoEvents() {
    assertThat(types("Police opened a homicide probe after the body was found in the river."))
        .isEmpty();
    assertThat(types("Her grandfather was killed during World War II in France.")).isEmpty();
    assertThat(types("He attended a boarding school in Scotland before joining the navy."))
        .isEmpty();
    assertThat(types("Two cyclists were caught up in the crash on the coast road.")).isEmpty();
    assertThat(types("The injured climber was airlifted to Lyon for treatment.")).isEmpty();
    assertThat(types("Doctors found the minister to be positive for the virus on Monday."))
        .isEmpty();
    assertThat(types("Two Ukrainian soldiers were killed in combat near Bakhmut on Sunday."))
        .containsExactly("ASSAULT");
    assertThat(types("The sheriff's deputies arrested four people for trespassing."))
        .containsExactly("COERCE");
  }

  @Test
  void idiomsOfInterviewsAreNoEvents() {
    assertThat(types("The plan could blow up in his face, his adviser warned.")).isEmpty();
    assertThat(types("A fan started swearing at the referee during the match.")).isEmpty();
    assertThat(types("She removed her headscarf for the photograph.")).isEmpty();
    assertThat(types("The breach compromised the privacy of millions of customers.")).isEmpty();
    assertThat(types("The drone could also be used for military purposes, the inventor said."))
        .isEmpty();
    assertThat(types("The foundation offered a prize for the best design of a water filter."))
        .isEmpty();
    assertThat(types("Gunmen armed with assault rifles attacked a checkpoint near Deir ez-Zor."))
        .containsExactly("ASSAULT");
    assertThat(types("Iran banned two female chess players for refusing to wear the hijab."))
        .contains("COERCE");
  }

  @Test
  void scienceAndSchoolTalkAreNoEvents() {
    assertThat(types("Researchers cautioned against reading too much into the early results."))
        .isEmpty();
    assertThat(types("The school is working with the council to provide support to the students."))
        .isEmpty();
    assertThat(types("Biologists in Utrecht investigated yeast cells grown without oxygen."))
        .isEmpty();
    assertThat(types("The team asked volunteers to participate in a sleep study.")).isEmpty();
    assertThat(types("Her teacher inspired her to study medicine in Vienna.")).isEmpty();
    assertThat(types("US officials cautioned China against sending weapons to Russia."))
        .contains("ACCUSE");
    assertThat(types("British police are investigating Russian agents over the poisoning in"
        + " Salisbury.")).containsExactly("ACCUSE");
  }
}
