package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * False events in non-political text (session 21, helper h88): words of violence, retreat, aid,
 * support and protest in their everyday senses of accidents, sport, business and science code
 * nothing (lexicon {@code none.*} entries of the h88 block of events.tsv; athletes and sports
 * officials added to the word list {@code apolitical-actor}). Each class has near sentences in
 * which the political sense must still code. The sentences are written for these tests.
 */
class QuietTextTest extends CodingTestBase {
  private static final String DAY = "2021-04-12";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void aPlayerWithdrawingFromACompetitionIsNoRetreat() {
    assertThat(types("The Swiss tennis star withdrew from the Madrid tournament with a knee injury.")).isEmpty();
    assertThat(types("The Belgian cyclist pulled out of the Tour de France after a crash.")).isEmpty();
    assertThat(types("The Scottish golfer withdrew from the Australian Open because of illness.")).isEmpty();
    assertThat(types("The Dutch brewer withdrew its lager from the shelves after a contamination scare."))
        .isEmpty();
    // troops and treaties stay
    assertThat(types("Russian troops withdrew from the town after a week of fighting.")).containsExactly("RETREAT");
    assertThat(types("The United States withdrew from the Open Skies Treaty.")).containsExactly("SANCTION");
  }

  @Test
  void rescuesFromAccidentsAndFiresAreNoAid() {
    assertThat(types("Firefighters rescued four children from the burning house.")).isEmpty();
    assertThat(types("A German hiker was rescued from the mountain after two nights in the snow.")).isEmpty();
    assertThat(types("Lifeguards rescued two swimmers caught in a strong current.")).isEmpty();
    assertThat(types("The Portuguese firefighters battled the blaze for three days.")).isEmpty();
    // a navy's rescue and a battle between armed sides stay
    assertThat(types("The Italian navy rescued 200 migrants in the Mediterranean.")).containsExactly("AID");
    assertThat(types("The Afghan army battled the Taliban for two days in the north.")).containsExactly("ASSAULT");
    assertThat(types("Syrian soldiers fought Kurdish fighters under heavy fire near the border.")).contains("ASSAULT");
  }

  @Test
  void deathsAndInjuriesInCrashesAreNoAssault() {
    assertThat(types("The minibus overturned on a bend, injuring nine passengers.")).isEmpty();
    assertThat(types("A freight train derailed in western Canada, killing two crew members.")).isEmpty();
    assertThat(types("The ferry collided with a fishing boat, killing four fishermen.")).isEmpty();
    assertThat(types("A small plane crashed shortly after take-off, killing the pilot.")).isEmpty();
    // an attack on a bus stays
    assertThat(types("Gunmen attacked the bus on the highway, killing twelve passengers.")).contains("ASSAULT");
  }

  @Test
  void wordsOfForceAndProtestInSportAreNoEvent() {
    assertThat(types("Dozens of fans invaded the pitch after the final whistle.")).isEmpty();
    assertThat(types("The Jamaican sprinter defended her title at the world championships.")).isEmpty();
    assertThat(types("The Spanish club appealed against the red card shown to its midfielder.")).isEmpty();
    assertThat(types("Supporters protested the referee's decision to award a penalty.")).isEmpty();
    assertThat(types("The Welsh captain accused the referee of bias after the defeat.")).isEmpty();
    assertThat(types("The Swedish forward hit the crossbar twice in the first half.")).isEmpty();
    assertThat(types("The Chilean skater captured the gold medal in the final event.")).isEmpty();
    assertThat(types("The Argentine champions seized the lead with a win over their rivals.")).isEmpty();
    assertThat(types("The Pakistani batsman was banned for six matches for ball tampering.")).isEmpty();
    // the political senses stay
    assertThat(types("Protesters stormed the parliament in Colombo.")).containsExactly("ASSAULT");
    assertThat(types("The German chancellor defended Israel's right to self-defence.")).containsExactly("SUPPORT");
    assertThat(types("The opposition leader accused the election commission of bias.")).containsExactly("ACCUSE");
    assertThat(types("The former minister appealed against his conviction.")).containsExactly("ACCUSE");
    assertThat(types("Fans protested against the government in the stadium.")).containsExactly("PROTEST");
  }

  @Test
  void contractsAndCourtesiesOfPlayersAreNoEvent() {
    assertThat(types("The Portuguese club offered the striker a new three-year contract.")).isEmpty();
    assertThat(types("The French striker signed a four-year contract with the Italian club.")).isEmpty();
    assertThat(types("\"You are the best fans in the world, so thank you,\" the Ethiopian runner said after"
        + " the race.")).isEmpty();
    // a deal between states and thanks between them stay
    assertThat(types("Iran signed a deal with Russia to build two reactors.")).isNotEmpty();
    assertThat(types("Ukraine thanked Poland for the weapons.")).containsExactly("SUPPORT");
  }

  @Test
  void newbornsDrugsBloodAndSpaceProbesAreNoEvent() {
    assertThat(types("The zoo in Prague welcomed a baby gorilla on Sunday.")).isEmpty();
    assertThat(types("The Swiss drugmaker won approval for its new cancer drug in Europe.")).isEmpty();
    assertThat(types("The hospital in Lima asked residents to donate blood after the shortage.")).isEmpty();
    assertThat(types("The Japanese space probe landed on the asteroid in 2019.")).isEmpty();
    assertThat(types("The probe was launched into orbit on a Russian rocket.")).isEmpty();
    assertThat(types("The Dutch scientists captured a rare owl on camera.")).isEmpty();
    // welcoming an agreement, an investigation launched and a request for aid stay
    assertThat(types("The Japanese prime minister welcomed the agreement with South Korea."))
        .containsExactly("SUPPORT");
    assertThat(types("Prosecutors launched a probe into the mayor's spending.")).containsExactly("ACCUSE");
    assertThat(types("The Kenyan government asked the United Nations for food aid.")).containsExactly("REQUEST");
  }

  @Test
  void firmsAskingCustomersAndAudiencesThrowingThingsAreNoEvent() {
    assertThat(types("The airline asked passengers to arrive three hours before their flights.")).isEmpty();
    assertThat(types("The carmaker urged customers to bring their vehicles in for repairs.")).isEmpty();
    assertThat(types("The Canadian singer asked fans to stop throwing bottles on stage.")).isEmpty();
    // a government's request to airlines and stones thrown at the police stay
    assertThat(types("The Indian government asked airlines to suspend flights to China.")).containsExactly("REQUEST");
    assertThat(types("Protesters threw stones at police outside the parliament in Nairobi."))
        .containsExactly("PROTEST");
  }
}
