package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * False events on news with no political event (culture, science, accidents): weak evidence that
 * must code nothing, each class with a near sentence that still codes. The classes were seen on
 * the project's quiet articles ({@code gold/articles/quiet-tune.json}); the sentences are written
 * for these tests.
 */
class QuietTextClassesTest extends CodingTestBase {
  private static final String DAY = "2024-03-10";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void aBareDictionaryVerbOfCooperationNeedsBothSides() {
    // "award" and "attend" code only by their dictionary default: with one side, no event
    assertCodes("The winners of the Kenyan science contest were awarded laptops and travel grants.", DAY);
    assertCodes("Several Peruvian teachers returned to the fair after attending it last year.", DAY);
  }

  @Test
  void aThingThatExplodesIsNoAttack() {
    assertCodes("Chilean police officers were standing nearby when the old boiler exploded.", DAY);
    assertThat(types("A bomb exploded outside a Chilean police station on Monday.")).contains("ASSAULT");
  }

  @Test
  void sadnessOverALossIsNoDisapproval() {
    assertCodes("The Indian prime minister said he was deeply saddened by the loss of lives.", DAY);
  }

  @Test
  void anOccupationIsNoOfficeOfState() {
    // titles the KB's offices and the agent dictionary do not know imply no government
    assertThat(sectors("The singer Lena Marquardt promised her fans a new album.")).doesNotContain("GOV");
    assertThat(sectors("The novelist Ines Valcourt spoke with her sister about a sequel.")).doesNotContain("GOV");
    assertThat(sectors("The Kenyan foreign minister promised the Ugandan government new trade talks."))
        .containsOnly("GOV");
  }

  private static List<String> sectors(String text) {
    return code(text, DAY).events().stream()
        .flatMap(e -> java.util.stream.Stream.concat(e.actors().stream(), e.recipients().stream()))
        .map(r -> String.valueOf(r.sector())).toList();
  }

  @Test
  void wordsAndFavoursAmongFirmsAreNoPoliticalEvent() {
    assertCodes("The Danish toy company apologized for the delays in its online shop.", DAY);
    assertThat(types("The Danish government apologized for the delays in its online tax service."))
        .containsExactly("CONCEDE");
  }

  @Test
  void investigatingAnAccidentAccusesNobody() {
    assertCodes("Peruvian aviation officials are investigating the crash of the cargo plane.", DAY);
    assertCodes("Spanish safety officials launched an investigation into the derailment near Cuenca.", DAY);
    assertThat(types("Peruvian prosecutors launched an investigation into the mayor over bribes."))
        .containsExactly("ACCUSE");
  }

  @Test
  void emergencyMeasuresInAReportOnADisasterAreNoCoercion() {
    String quake = "A strong earthquake shook the south of Chile on Tuesday, damaging hundreds of homes. "
        + "Rescue teams searched the rubble overnight. ";
    assertCodes(quake + "The Chilean president declared a state of emergency in the region.", DAY);
    assertCodes(quake + "The regional government closed all schools until further notice.", DAY);
    // the same measures in a report on unrest are coercion
    String unrest = "Thousands of Chilean students clashed with the police in Santiago on Tuesday. "
        + "Several buses were set on fire. ";
    assertThat(types(unrest + "The Chilean president declared a state of emergency in the region."))
        .contains("COERCE");
  }

  @Test
  void everydaySensesOfDictionaryVerbsCodeNothing() {
    assertCodes("One of the roles the Irish actress took on this year was a pirate queen.", DAY);
    assertCodes("A Belgian radio host moderated the panel on urban gardening.", DAY);
    assertCodes("The Danish city of Aarhus celebrated the tenth anniversary of its Danish jazz festival.", DAY);
    assertCodes("The Irish singer said she was devastated by the news.", DAY);
    assertCodes("The young Irish actress was given a chance to audition for the lead role.", DAY);
    // the dictionary's patterns of the same verbs still code
    assertThat(types("Malian rebels took control of the town of Kidal on Sunday.")).isNotEmpty();
  }

  @Test
  void aCandidateThankingTheirOwnSupportersPraisesNoOtherActor() {
    assertCodes("The Chilean senator ended her campaign on Friday and thanked her supporters in a video.", DAY);
    assertCodes("In his victory speech, the Peruvian mayor thanked the voters and his campaign staff.", DAY);
    // near: thanking another country's leader is praise between actors
    assertThat(types("The Chilean president thanked the Peruvian president for his help after the floods."))
        .containsExactly("SUPPORT");
  }
}
