package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spurious events (issue 13, helper h74, precision): word senses that report no political event
 * (lexicon {@code none.*} entries and the CAMEO curation), a series of protests or attacks named
 * again as the context of another event ({@link SeriesMentions}), an attack a plot is for
 * ({@link PlottedActs}) and an act only wanted of someone ({@link WishedActs}). Each class has near
 * sentences that must keep their event. The classes were seen on the tune articles
 * ({@code gold/articles/tune.json}, {@code quiet-tune.json}); the sentences are written for these
 * tests.
 */
class SpuriousClassesTwoTest extends CodingTestBase {
  private static final String DAY = "2024-03-06";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void demonstrateWithAnObjectIsShowNoProtest() {
    // none.demonstrate-show; protest.demonstrate-on-day keeps a time phrase after the verb
    assertCodes("The Hungarian vote demonstrated a deep distrust of the government.", DAY);
    assertCodes("The leak demonstrates how little the Kenyan ministry knew.", DAY);
    assertCodes("The result demonstrated that the Dutch coalition still holds a majority.", DAY);
    assertThat(types("Thousands demonstrated outside the Hungarian parliament on Sunday."))
        .containsExactly("PROTEST");
    assertThat(types("Georgian students demonstrated the next day in Tbilisi.")).containsExactly("PROTEST");
    assertThat(types("Teachers demonstrated against the new Polish pension law.")).containsExactly("PROTEST");
  }

  @Test
  void beingHumbledIsNoDisapproval() {
    // cameo-curation: verb humble; humiliate keeps its block (DISGRACE, 110)
    assertCodes("The Chilean president said she was humbled by the support of voters.", DAY);
    assertThat(types("The Iranian foreign minister humiliated the Saudi envoy in a speech."))
        .containsExactly("ACCUSE");
  }

  @Test
  void guardingOrProtectingThingsAidsNoOne() {
    // cameo-curation: verbs guard, protect, safeguard, shield, tend; aid.protect-civilians
    assertCodes("Kurdish forces guard thousands of captured militants in camps in northern Syria.", DAY);
    assertCodes("The Nigerian navy protects the country's oil platforms.", DAY);
    assertCodes("The new Argentine law protects the sources of journalists.", DAY);
    assertCodes("UN peacekeepers protected civilians in Juba on Tuesday.", DAY,
        "AID 074 IGO:IGO -> SSD:CVL asserted");
    assertThat(types("French troops escorted refugees to the Chadian border.")).containsExactly("AID");
  }

  @Test
  void comfortOrSolaceGivenIsNoAid() {
    // none.give-solace
    assertCodes("The verdict in Oslo may provide some comfort to the families of the victims.", DAY);
    assertCodes("The memorial service offered solace to the relatives of the Kenyan soldiers.", DAY);
    assertThat(types("Germany provided emergency relief to flood victims in Libya on Wednesday."))
        .containsExactly("AID");
  }

  @Test
  void votesOrDelegatesGivenAreAnElectionResult() {
    // none.give-votes
    assertCodes("The result in Arizona gave the senator eleven more electoral votes.", DAY);
    assertCodes("The recount handed the Peruvian candidate two more delegates.", DAY);
    assertThat(types("Japan gave Ukraine two billion dollars in loans on Thursday.")).containsExactly("AID");
  }

  @Test
  void aMessageSentIsNoAid() {
    // none.letter-sent: the participle after its noun
    assertThat(types("A tweet sent from the Colombian minister's account on Monday praised the army."))
        .containsExactly("SUPPORT");
    assertThat(types("In an email sent to reporters, the office of the Peruvian president rejected the report."))
        .containsExactly("REJECT");
    assertThat(types("Turkey sent aid to the Syrian town of Idlib on Friday.")).containsExactly("AID");
  }

  @Test
  void aPersonalRightWaivedIsNoConcession() {
    // none.waive-right
    assertCodes("The Brazilian senator waived his right to a jury trial.", DAY);
    assertCodes("The witness waived her anonymity in the Irish court.", DAY);
    assertThat(types("The United States waived sanctions on Iraqi imports of electricity from Iran."))
        .containsExactly("RETREAT");
  }

  @Test
  void aUtilitysSupplyIsNoAid() {
    // none.provide-utility
    assertCodes("The Cuban plant provided electricity for half of the island's homes.", DAY);
    assertCodes("The dam supplies water for three Kenyan cities.", DAY);
  }

  @Test
  void aSeriesNamedAgainAsContextIsNoNewEvent() {
    // SeriesMentions: a plural protest or attack noun after an event of its type, as the context
    // of another event of its sentence
    assertThat(types("Students marched on the Serbian parliament in Belgrade on Monday. The Serbian education"
        + " minister resigned on Wednesday after the protests.")).containsExactly("PROTEST", "RETREAT");
    assertThat(types("Rebels attacked two army posts in northern Mali on Friday. The Malian government imposed a"
        + " curfew in Gao after the attacks.")).containsExactly("ASSAULT", "COERCE");
  }

  @Test
  void aNewSeriesOrTheSentencesOwnEventStillCodes() {
    // a renewal word, a participant of another country, the only event of its sentence, a first mention
    assertThat(types("Students marched on the Serbian parliament in Belgrade on Monday. The Serbian education"
        + " minister resigned on Wednesday after new protests.")).containsExactly("PROTEST", "RETREAT", "PROTEST");
    assertThat(types("Protesters marched in Nairobi on Monday. The Ugandan police arrested ten students after"
        + " protests in Kampala.")).containsExactly("PROTEST", "COERCE", "PROTEST");
    assertThat(types("Students marched on the Serbian parliament in Belgrade on Monday. The protests continued on"
        + " Tuesday.")).containsExactly("PROTEST", "PROTEST");
    assertThat(types("The Serbian education minister resigned on Wednesday after protests."))
        .containsExactly("RETREAT", "PROTEST");
  }

  @Test
  void anAttackAPlotIsForDidNotHappen() {
    // PlottedActs: an ASSAULT or COERCE that is the infinitive of a plot-noun
    assertCodes("Western officials said the Iranian general was developing plans to attack American bases in Iraq.",
        DAY);
    assertCodes("Prosecutors said the Nigerian officers joined a conspiracy to assassinate the president.", DAY);
    assertCodes("Police foiled a scheme to bomb the Indonesian parliament.", DAY);
    assertThat(types("Two Chechen men were convicted in Germany of a plot to kill a Georgian dissident."))
        .containsExactly("SANCTION");
    // an attack that happened or was attempted, and a plan announced to withdraw, stay
    assertThat(types("Rebels attacked American bases in Iraq on Monday.")).containsExactly("ASSAULT");
    assertThat(types("Iraqi militias attempted to attack the American embassy in Baghdad."))
        .containsExactly("ASSAULT");
    assertThat(types("The Pentagon announced a plan to withdraw troops from Germany.")).containsExactly("CONCEDE");
  }

  @Test
  void anActOnlyWantedOfSomeoneDidNotHappen() {
    // WishedActs: the infinitive of a desire-verb with an object of its own
    assertCodes("Opposition leaders want the Kenyan president to resign.", DAY);
    assertCodes("Analysts said the generals wanted the Sudanese prime minister to step down.", DAY);
    assertCodes("Brazilian farmers would like the government to expel the foreign buyers.", DAY);
    // the act that happened, and the demand, stay
    assertThat(types("The Kenyan president resigned on Monday.")).containsExactly("RETREAT");
    assertThat(types("The Sudanese generals urged the prime minister to step down.")).containsExactly("REQUEST");
  }
}
