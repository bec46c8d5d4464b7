package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word senses of AGREE, CONCEDE and RETREAT (issue 13, helper h85), each class with sentences that
 * must change and near sentences that must keep their code. PLOVER's AGREE is agreeing, offering or
 * promising <em>to do</em> something: agreeing with a view or with a person ({@link
 * ConcurringPartner}) is no event; speaking about someone's support, plan or sanctions (cited,
 * mentioned, explained, referred to) announces nothing (the curation of the CAMEO dictionary's
 * EXPLAIN_VERBAL block); a future act of one state told by a speaker of another is a forecast, no
 * intent ({@link ForecastIntents}); a promise of an investigation or a prosecution is that legal
 * action announced (ACCUSE, future; {@link CooperativeTypes#legalCommitment}). A retreat that was
 * only asked for, advised or told is not done: "called on X to resign" and "urged X, who ..., to
 * step down" keep the resignation in the request (the parse repair {@code text.AskedParty}), and
 * "advised/told the troops to leave" codes no withdrawal ({@link WishedActs}, {@code advice-verb}).
 * A resignation offered is a CONCEDE (an announced retreat), not an offer. The sentences are
 * written for these tests.
 */
class SenseClassesTest extends CodingTestBase {
  private static final String DAY = "2021-05-10";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void agreeingWithAViewOrAPersonIsNoAgreement() {
    assertThat(types("The Kenyan foreign minister agreed with the assessment of the United Nations envoy"
        + " that the ceasefire was fragile.")).isEmpty();
    assertThat(types("Germany's chancellor said she agreed with critics who called the Russian election"
        + " unfair.")).doesNotContain("AGREE");
    assertThat(types("The Indian prime minister agreed with Pakistan's view that the talks had failed."))
        .isEmpty();
    assertThat(types("The Ghanaian president said he agreed with Buhari.")).isEmpty();
  }

  @Test
  void agreeingToDoSomethingStaysAnAgreement() {
    assertThat(types("Iran agreed with Russia on a prisoner exchange.")).containsExactly("AGREE");
    assertThat(types("Serbia and Kosovo agreed to normalise economic ties.")).containsExactly("AGREE");
    assertThat(types("Argentina agreed with Chile to build a bridge over the river."))
        .containsExactly("COOPERATE");
    assertThat(types("The Peruvian congress agreed to hold talks with the unions."))
        .containsExactly("AGREE");
  }

  @Test
  void speakingAboutSupportOrSanctionsAnnouncesNothing() {
    assertThat(types("The American envoy cited Iran's support for militias in Iraq.")).isEmpty();
    assertThat(types("The Kenyan president mentioned the Somali plan during his speech.")).isEmpty();
    assertThat(types("The Canadian foreign minister explained the sanctions against Russia to reporters."))
        .isEmpty();
    assertThat(types("The Polish president referred to the German support for Ukraine.")).isEmpty();
    // announcing them still codes
    assertThat(types("The Nigerian government announced an aid package for flood victims."))
        .containsExactly("AGREE");
    assertThat(types("The Egyptian president announced support for the Libyan army."))
        .containsExactly("SUPPORT");
  }

  @Test
  void aFutureActOfAnotherStateToldByASpeakerIsNoIntent() {
    assertThat(types("The Israeli prime minister said Iran would support terrorism with the money."))
        .isEmpty();
    assertThat(types("The Saudi foreign minister said Qatar would provide weapons to the rebels."))
        .isEmpty();
    assertThat(types("The Indian foreign minister said China would help Pakistan build the dam."))
        .isEmpty();
    // told by the doer's own side it stays an intent
    assertCodes("The Kremlin said Putin would visit Ankara next week.", DAY, "AGREE 036 RUS:GOV -> TUR:GOV asserted");
    assertCodes("The Turkish foreign minister said Turkey would support the Azerbaijani army.", DAY,
        "AGREE 032 TUR:GOV -> AZE:MIL asserted");
  }

  @Test
  void aPromisedInvestigationIsLegalActionAnnounced() {
    // the one killed is not the one investigated (victim-of-noun, AttackVictimRolesTest)
    assertCodes("The Ugandan police promised to investigate the killing of the journalist.", DAY,
        "ACCUSE/investigate 090 UGA:COP future");
    assertCodes("The Chilean government pledged to investigate the deaths of protesters.", DAY,
        "ACCUSE/investigate 090 CHL:GOV -> CHL:CVL future");
    assertThat(types("The Peruvian congress agreed to open an inquiry into the president."))
        .containsExactly("ACCUSE");
    // one event, not a promise and a prosecution done (the parser tags this "to" as a preposition)
    assertCodes("The Kenyan attorney general vowed to prosecute the officers.", DAY,
        "ACCUSE/allege 115 KEN:JUD -> KEN:COP future");
    // a promise of anything else stays an agreement
    assertThat(types("The Ugandan police promised to protect journalists.")).containsExactly("AGREE");
    assertThat(types("The Greek prime minister promised to cut taxes for families."))
        .containsExactly("AGREE");
  }

  @Test
  void aRetreatAskedForIsNotDone() {
    assertCodes("Students had asked the Serbian prime minister, who took office in June, to resign.", DAY,
        "REQUEST/yield 1056 SRB:EDU -> SRB:GOV asserted");
    assertThat(types("Protesters called on the Lebanese prime minister to resign."))
        .containsExactly("REQUEST");
    assertThat(types("The European Union called upon Belarus to free all political prisoners."))
        .containsExactly("REQUEST");
    assertThat(types("The opposition urged the Peruvian president, who faces an impeachment vote, to"
        + " step down.")).containsExactly("REQUEST");
    // a retreat that happened stays one
    assertThat(types("The Peruvian president, who faces an impeachment vote, resigned on Friday."))
        .containsExactly("RETREAT");
    assertThat(types("The Lebanese prime minister resigned after a week of talks.")).containsExactly("RETREAT");
  }

  @Test
  void aRetreatAdvisedOrToldIsNotDone() {
    assertThat(types("The Afghan president advised the American troops to leave the country.")).isEmpty();
    assertThat(types("Ethiopia told Eritrean troops to leave the Tigray region.")).isEmpty();
    assertThat(types("The Iraqi foreign minister counselled the Turkish troops to withdraw from the north."))
        .isEmpty();
    assertThat(types("The Somali president recommended the Kenyan soldiers withdraw from the town."))
        .containsExactly("REQUEST");
    // troops that left did
    assertThat(types("Eritrean troops left the Tigray region on Monday.")).containsExactly("RETREAT");
  }

  @Test
  void aResignationOfferedIsAConcession() {
    assertCodes("The Tunisian prime minister offered his resignation on Sunday.", DAY,
        "CONCEDE 0831 TUN:GOV asserted");
    assertThat(types("The Kuwaiti interior minister offered the emir his resignation."))
        .containsExactly("CONCEDE");
    // a resignation tendered or done stays a retreat, an offer of talks an agreement
    assertThat(types("Malta's prime minister tendered his resignation on Sunday.")).containsExactly("RETREAT");
    assertThat(types("The Japanese finance minister resigned from the cabinet on Monday."))
        .containsExactly("RETREAT");
    assertThat(types("The Tunisian government offered talks to the unions.")).containsExactly("AGREE");
  }
}
