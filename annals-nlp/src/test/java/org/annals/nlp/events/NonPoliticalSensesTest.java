package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Political-looking verbs in their everyday senses (issue 13, helper h94, precision): attending,
 * giving, providing, asking, supporting and opposing said of private matters (lexicon {@code
 * none.*} entries of the h94 block) or in shapes the parse shows to be no act
 * ({@link OrdinarySenses}: a question asked, a document as the subject, a visit or a stance with no
 * one doing it). Each class has near sentences that must keep their event. The classes were seen on
 * the tune articles ({@code gold/articles/tune.json}); the sentences are written for these tests.
 */
class NonPoliticalSensesTest extends CodingTestBase {
  private static final String DAY = "2024-03-06";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void attendingASocialOrSchoolEventIsNoVisit() {
    // none.attend-social-event, none.attend-school, none.attend-the-school
    assertCodes("The French interior minister attended the party in Paris with his wife.", DAY);
    assertCodes("The Nigerian senator's son returned to Lagos to attend university.", DAY);
    assertCodes("The Ukrainian deputy attended church in Kyiv on Sunday.", DAY);
    assertCodes("The Kenyan president attended his daughter's wedding in Nairobi.", DAY);
    assertCodes("The Chilean ambassador attended a concert in Lima on Friday.", DAY);
    assertThat(types("The Chilean foreign minister attended the summit in Lima on Friday.")).containsExactly("CONSULT");
    assertThat(types("Ukrainian President Zelensky attended the UN General Assembly in New York."))
        .containsExactly("CONSULT");
  }

  @Test
  void materialOrWordsGivenToThePressAreNoAid() {
    // none.give-to-press, none.give-to-the-press, none.give-picture
    assertCodes("The Egyptian ministry sent reporters a copy of the decree.", DAY);
    assertCodes("The Turkish embassy would not provide the newspaper with a photo of the letter.", DAY);
    assertCodes("The Kenyan police gave journalists pictures of the suspects.", DAY);
    assertCodes("The lawyer provided reporters with a statement from her client.", DAY);
    assertThat(types("Japan provided the Philippine army with rifles.")).containsExactly("AID");
    assertThat(types("The European Union will provide Jordan with food aid.")).containsExactly("AGREE");
  }

  @Test
  void oneOwnViewGivenIsSpeechNoAid() {
    // none.give-opinion
    assertCodes("The Russian envoy gave his own assessment of the talks.", DAY);
    assertCodes("The Brazilian senator provided her views on the bill.", DAY);
    assertCodes("The Greek minister offered his analysis of the crisis.", DAY);
    assertCodes("The Kenyan economist provided her own analysis of the budget.", DAY);
    assertThat(types("Germany gave Poland forty tanks last year.")).containsExactly("AID");
  }

  @Test
  void aQuestionAskedIsNoRequest() {
    // OrdinarySenses.question: a complement opened by a question-word
    assertCodes("The Kenyan senator asked why the bridge was closed.", DAY);
    assertCodes("The Dutch minister asked what the plan would cost.", DAY);
    assertCodes("A Brazilian reporter asked whether the president would resign.", DAY);
    assertCodes("The Polish senator asked if the island was part of the country.", DAY);
    assertThat(types("The Kenyan senator asked the ministry to reopen the bridge.")).containsExactly("REQUEST");
    assertThat(types("Britain asked Iran to release the tanker.")).containsExactly("REQUEST");
    assertThat(types("The Dutch minister asked Belgium for help.")).containsExactly("REQUEST");
  }

  @Test
  void oneOwnRequestIsNoRequest() {
    // none.own-request
    assertCodes("At his own request, the former Peruvian president was moved to a military prison.", DAY);
    assertCodes("At her own request, the Russian prisoner was moved to another wing.", DAY);
    assertThat(types("At the request of the Kenyan government, Uganda arrested the suspect."))
        .containsExactly("COERCE");
  }

  @Test
  void careAndCustodyAreNoAidNorNewDetention() {
    // none.transfer-to-hospital, none.held-apart
    assertCodes("The Iraqi soldier was transferred to a military hospital in Baghdad.", DAY);
    assertCodes("The wounded Syrian fighter was transported to a hospital in Turkey.", DAY);
    assertCodes("The injured inmate was transported to a nearby hospital for treatment.", DAY);
    assertCodes("The jailed Belarusian opposition leader was kept apart from other prisoners.", DAY);
    assertCodes("The prisoner was held apart from other inmates for his own safety.", DAY);
    assertThat(types("The Belarusian police detained the opposition leader.")).containsExactly("COERCE");
  }

  @Test
  void supportingOneFamilyIsNoPoliticalSupport() {
    // none.support-family
    assertCodes("The Polish miner could not support his family on his wages.", DAY);
    assertCodes("He could no longer support his children after losing his job.", DAY);
    assertThat(types("Germany supports Ukraine's bid to join the union.")).containsExactly("SUPPORT");
  }

  @Test
  void aDocumentThatProvidesOrAllowsActsForNoOne() {
    // OrdinarySenses.documentSubject: a document-noun as the verb's own subject
    assertCodes("The EU directive provides legal immunity for internet hosts.", DAY);
    assertCodes("The new Canadian regulation provides tax protections for small farms.", DAY);
    assertCodes("The ruling allows a lower Austrian court to order the removal of posts.", DAY);
    assertCodes("The new app allows users to see their history.", DAY);
    assertThat(types("Israel allowed aid trucks to enter Gaza on Sunday.")).containsExactly("AID");
    assertThat(types("The Thai government will allow opposition parties to hold rallies.")).containsExactly("CONCEDE");
    assertThat(types("The Thai government's decision to allow opposition parties to hold rallies angered the army."))
        .containsExactly("CONCEDE");
  }

  @Test
  void aStanceOrVisitWithNoOneDoingItCodesNothing() {
    // OrdinarySenses.withoutDoer: a subject that is no actor
    assertCodes("Both sides also oppose the Houthi rebels.", DAY);
    assertThat(types("Saudi Arabia and the UAE oppose the Houthi rebels.")).containsExactly("REJECT");
    assertThat(types("The Japanese foreign minister came to Beijing on Tuesday.")).containsExactly("CONSULT");
    assertThat(types("France opposed the new sanctions on Tuesday.")).containsExactly("REJECT");
    assertCodes("The founders wanted to stop foreigners from coming to Canada to have children.", DAY);
    assertCodes("The law was meant to keep foreigners from coming to Chile for work.", DAY);
  }

  @Test
  void whatCanBeAppealedIsALawNoAppeal() {
    // GenericStatements: a passive under a modal of ability ("can be appealed") is in the present
    assertCodes("The court's ruling cannot be appealed.", DAY);
    assertCodes("The Kenyan court's verdict can be appealed within thirty days.", DAY);
    assertCodes("Decisions of the Nigerian tribunal cannot be appealed.", DAY);
    assertThat(types("The Kenyan government appealed the ruling on Monday.")).containsExactly("ACCUSE");
  }

  @Test
  void aChanceOrAnElectoralEdgeGivenIsNoAid() {
    // none.grant-opportunity, none.give-electoral-edge
    assertCodes("Every voter in Ohio who wants to vote will be granted that opportunity.", DAY);
    assertCodes("The Polish court granted the journalist a chance to respond.", DAY);
    assertCodes("Our ticket may draw enough votes to give the senator a plurality.", DAY);
    assertCodes("The late swing handed the Peruvian candidate a narrow victory.", DAY);
    assertThat(types("Japan granted Ukraine a loan of two billion dollars.")).containsExactly("AID");
  }
  @Test
  void aKillingForgivenByTheFamilyIsNoPoliticalForgiveness() {
    // none.forgive-killing, none.forgiven-by-family
    assertCodes("The family of the victim forgave the killer in court.", DAY);
    assertCodes("The Pakistani parents said they forgave him for the killing.", DAY);
    assertCodes("The accused can avoid the death penalty if forgiven by the victim's family.", DAY);
    assertCodes("The widow of the Kenyan guard publicly forgave the murderer.", DAY);
    assertThat(types("The Pope forgave the Turkish gunman.")).containsExactly("SUPPORT");
  }

  @Test
  void aMeetingInABarOrAtAPartyIsPrivate() {
    // OrdinarySenses.privateMeeting: word list private-venue
    assertCodes("The British woman met the Nigerian soldiers at a party in London.", DAY);
    assertCodes("The Irish teacher met two British soldiers at a pub in Belfast.", DAY);
    assertCodes("The Kenyan student met a French diplomat at a nightclub in Nairobi.", DAY);
    assertCodes("The American tourist met the Russian officers at a bar in Moscow.", DAY);
    assertThat(types("The British foreign secretary met the Nigerian president in Abuja.")).containsExactly("CONSULT");
    assertThat(types("The French diplomat met the Kenyan minister at the ministry in Nairobi."))
        .containsExactly("CONSULT");
  }

  @Test
  void comingAsAChildOrARefugeeIsALifeStoryNoVisit() {
    // none.arrive-as-child
    assertCodes("The attacker arrived in France as a teenager.", DAY);
    assertCodes("The Syrian gunman came to Germany as a refugee in 2015.", DAY);
    assertCodes("The Somali suspect moved to Sweden as a child.", DAY);
    assertCodes("The Afghan soldier came to Britain as a student in 2010.", DAY);
    assertThat(types("The Ukrainian president arrived in Washington on Tuesday.")).containsExactly("CONSULT");
    assertThat(types("The Japanese prime minister came to Beijing as a guest of the Chinese president."))
        .containsExactly("CONSULT");
  }
  @Test
  void anonymityPrivacyAndInterviewsAreReportingNoRequestNorAgreement() {
    // none.request-anonymity, none.who-requested-anonymity, none.ask-not-named, none.ask-privacy,
    // none.agree-interview, none.invite-press
    assertCodes("The Kenyan official requested anonymity.", DAY);
    assertCodes("A Kenyan official who requested anonymity said the minister was ill.", DAY);
    assertCodes("The Nigerian officer asked not to be named because he was not authorised to speak.", DAY);
    assertCodes("The family of the Mexican journalist asked for privacy.", DAY);
    assertCodes("The Canadian minister agreed to an interview with the BBC.", DAY);
    assertCodes("The German chancellor invited reporters to a dinner.", DAY);
    // an invitation is an intent to meet (PLOVER AGREE; curation of invite, h140)
    assertThat(types("The German chancellor invited the Polish president to Berlin.")).containsExactly("AGREE");
    assertThat(types("The Canadian minister agreed to meet the Chinese envoy.")).containsExactly("AGREE");
  }
}
