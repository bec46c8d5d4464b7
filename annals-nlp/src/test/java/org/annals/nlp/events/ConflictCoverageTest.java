package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conflictual verbal and material events in shapes the lexicon missed (issue 13, helper h87):
 * expulsions of diplomats told as a noun, an order to leave or "persona non grata"
 * ({@code sanction.expulsion-of-diplomats}, {@code sanction.order-diplomats-out},
 * {@code sanction.persona-non-grata}, guard {@code none.order-own-diplomats-out}); refusals told by
 * a phrasal verb ({@code reject.brush-aside}); a warning of a harsh response
 * ({@code threaten.warn-of-response}); a strike told as "downed tools" ({@code protest.down-tools});
 * dispersing a protest ({@code coerce.disperse-protest}, {@code assault.disperse-with-weapon});
 * shutting off the internet ({@code coerce.shut-internet}, {@code coerce.shut-down-internet},
 * {@code coerce.internet-blackout}); censors named before their act ({@code coerce.censors-removed}).
 * Spurious requests, refusals and demonstrations of the same types: a question asked about
 * something ({@code none.ask-question}, {@code none.ask-someone-question}), declining to comment
 * ({@code none.decline-to-comment}, {@code none.decline-comment}), rallying behind someone
 * ({@code support.rally-behind}) and a team that rallied to win ({@code none.rally-in-sport},
 * {@code none.rally-from-behind}). Each with near sentences that must not change. Sentences
 * written for this test.
 */
class ConflictCoverageTest extends CodingTestBase {
  private static final String DAY = "2021-04-12";

  private static List<String> typeAndModality(String text) {
    return code(text, DAY).events().stream().map(e -> e.event() + " " + e.modality().label()).toList();
  }

  @Test
  void theExpulsionOfDiplomatsIsAnExpulsion() {
    assertCodes("The expulsion of three Chilean diplomats by Argentina angered Santiago.", DAY,
        "SANCTION/expel 166 ARG:GOV -> CHL:GOV asserted");
    assertCodes("Hungary announced the expulsion of the Iranian ambassador.", DAY,
        "SANCTION/expel 166 HUN:GOV -> IRN:GOV asserted");
  }

  @Test
  void theExpulsionOfAPupilIsNoDiplomaticSanction() {
    assertThat(typeAndModality("The expulsion of the student from the school angered parents.")).isEmpty();
  }

  @Test
  void orderingForeignDiplomatsToLeaveExpelsThem() {
    assertCodes("Poland ordered four Belarusian diplomats to leave the country.", DAY,
        "SANCTION/expel 166 POL:GOV -> BLR:GOV asserted");
    assertCodes("Ghana ordered the Nigerian envoy to leave within 48 hours.", DAY,
        "SANCTION/expel 166 GHA:GOV -> NGA:GOV asserted");
  }

  @Test
  void orderingOnesOwnDiplomatsToLeaveIsNoExpulsion() {
    assertThat(typeAndModality("The American ambassador ordered his diplomats to leave Kabul."))
        .doesNotContain("SANCTION asserted");
    assertThat(typeAndModality("The State Department ordered non-emergency diplomats to leave Ukraine."))
        .doesNotContain("SANCTION asserted");
  }

  @Test
  void personaNonGrataIsAnExpulsion() {
    assertCodes("Canada declared a Chinese diplomat persona non grata.", DAY,
        "SANCTION/expel 166 CAN:GOV -> CHN:GOV asserted");
    assertCodes("China declared the Lithuanian ambassador persona non grata on Friday.", DAY,
        "SANCTION/expel 166 CHN:GOV -> LTU:GOV asserted");
  }

  @Test
  void brushingAsideOrShruggingOffIsARefusal() {
    assertThat(typeAndModality("Israel brushed aside the Egyptian demand.")).contains("REJECT asserted");
    assertThat(typeAndModality("Serbia shrugged off the European criticism.")).contains("REJECT asserted");
    assertThat(typeAndModality("Peru waved aside the Chilean objections.")).contains("REJECT asserted");
  }

  @Test
  void aWarningOfAHarshResponseIsAThreat() {
    assertCodes("Iran warned Israel of a crushing response.", DAY, "THREATEN 130 IRN:GOV -> ISR:GOV asserted");
    assertThat(typeAndModality("Pakistan warned India of a fitting reaction.")).containsExactly("THREATEN asserted");
  }

  @Test
  void aWarningOfASlowResponseIsNoThreat() {
    assertThat(typeAndModality("French economists warned of a slow response to the crisis."))
        .doesNotContain("THREATEN asserted");
  }

  @Test
  void downingToolsIsAStrike() {
    assertThat(typeAndModality("Teachers in Peru downed tools on Monday.")).containsExactly("PROTEST asserted");
    assertThat(code("Workers downed tools at the Chilean copper mine.", DAY).events())
        .extracting(e -> e.event() + "/" + e.mode()).containsExactly("PROTEST/strike");
  }

  @Test
  void dispersingAProtestIsRepressionAndWithTearGasAnAssault() {
    assertCodes("Kenyan police dispersed protesters outside parliament.", DAY,
        "COERCE/restrict 172 KEN:COP -> KEN:CVL asserted");
    assertThat(code("Riot police in Kenya dispersed the crowd with tear gas.", DAY).events())
        .extracting(e -> e.event() + "/" + e.mode()).containsExactly("ASSAULT/crowd-control");
    assertThat(code("Kenyan police used tear gas to disperse protesters in Nairobi.", DAY).events())
        .extracting(e -> e.event() + "/" + e.mode()).containsExactly("ASSAULT/crowd-control");
  }

  @Test
  void fogThatDispersedIsNoEvent() {
    assertThat(typeAndModality("The fog over London dispersed by noon.")).isEmpty();
  }

  @Test
  void shuttingOffTheInternetWithholdsAService() {
    assertThat(code("The Iranian government shut down the internet.", DAY).events())
        .extracting(e -> e.event() + "/" + e.mode()).containsExactly("COERCE/withhold");
    assertThat(code("Ethiopian authorities cut internet access in Tigray.", DAY).events())
        .extracting(e -> e.event() + "/" + e.mode()).containsExactly("COERCE/withhold");
    assertThat(code("Myanmar's junta ordered an internet blackout.", DAY).events())
        .extracting(e -> e.event() + "/" + e.mode()).containsExactly("COERCE/withhold");
  }

  @Test
  void aStormOrAPriceCutIsNoShutdown() {
    assertThat(typeAndModality("A storm cut internet service across Florida.")).isEmpty();
    assertThat(typeAndModality("The Kenyan company cut its internet prices.")).isEmpty();
  }

  @Test
  void censorsWhoRemovedAPostCensoredIt() {
    assertThat(code("Chinese censors removed the article from social media.", DAY).events())
        .extracting(e -> e.event() + "/" + e.mode()).containsExactly("COERCE/censor");
  }

  @Test
  void aQuestionAskedAboutSomethingIsNoRequest() {
    assertThat(typeAndModality("Asked about the sanctions, the Kremlin spokesman said no decision had been taken."))
        .isEmpty();
    assertThat(typeAndModality("The Indian prime minister asked him about the army.")).isEmpty();
    assertCodes("Japan asked China to explain the incursion.", DAY, "REQUEST 100 JPN:GOV -> CHN:GOV asserted");
  }

  @Test
  void decliningToCommentRefusesNothing() {
    assertThat(typeAndModality("The Chilean foreign ministry declined to comment on the report.")).isEmpty();
    assertThat(typeAndModality("Argentina's president refused to comment.")).isEmpty();
    assertThat(typeAndModality("The Venezuelan government declined comment.")).isEmpty();
    assertThat(typeAndModality("Iran declined the invitation to the summit.")).containsExactly("REJECT asserted");
    assertThat(typeAndModality("Russia refused to withdraw its troops.")).containsExactly("REJECT asserted");
  }

  @Test
  void rallyingBehindSomeoneSupportsThem() {
    assertCodes("European leaders rallied behind Ukraine.", DAY, "SUPPORT 051 EUR:GOV -> UKR:GOV asserted");
    assertThat(typeAndModality("Opposition supporters rallied outside the Kenyan parliament."))
        .containsExactly("PROTEST asserted");
  }

  @Test
  void aTeamThatRalliedToWinDemonstratedNothing() {
    assertThat(typeAndModality("The Mexican team rallied to beat Brazil.")).isEmpty();
    assertThat(typeAndModality("The Italian side rallied from behind to draw with Spain.")).isEmpty();
  }
}
