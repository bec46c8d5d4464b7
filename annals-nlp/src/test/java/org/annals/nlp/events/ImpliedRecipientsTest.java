package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * Missing targets (h98): the person a legal act befalls when the parse hides them (a controlled
 * passive subject, a subject lost after "it is known", a quantifier with "including"), a later
 * surname of a name with a generational suffix, the doer a clause under an investigation verb
 * names, the opening act a judgement names when only a charge's content stands between, and the
 * own government an offer to resign is made to.
 * Sentences written for this test.
 */
class ImpliedRecipientsTest extends CodingTestBase {
  private static final String DAY = "2023-05-10";

  /** The summary of the one event whose trigger starts with {@code word}. */
  private static String event(String text, String word) {
    CodedArticle coded = code(text, DAY);
    List<CodedEvent> found = coded.events().stream()
        .filter(e -> e.evidence().trigger().text().startsWith(word)).toList();
    assertThat(found).as("events of '%s' in: %s%n%s", word, text, explain(coded)).hasSize(1);
    return summary(found.get(0));
  }

  @Test
  void theControlledPassiveSubjectOfAnInfinitiveUndergoesTheAct() {
    assertThat(event("The Peruvian mayor Luis Quispe was convicted of fraud in May.\n\n"
        + "Local radio reported Quispe is to be sentenced in July.", "sentenced"))
        .isEqualTo("SANCTION/convict 116 PER:JUD -> PER:GOV future");
    assertThat(event("Officials said the Kenyan editor Paul Otieno was expected to be released on Friday.",
        "released")).contains("-> KEN");
  }

  @Test
  void aSurnameAfterAGenerationalSuffixRefersBackToTheFullName() {
    assertThat(event("The Mexican senator Carlos Ruiz Jr. met the governor of Sonora in May.\n\n"
        + "Ruiz was arrested in Hermosillo on Monday.", "arrested")).contains("-> MEX");
    assertThat(event("The Chilean businessman Tomas Vidal III visited Santiago last week.\n\n"
        + "Vidal was detained by police on Sunday.", "detained")).contains("-> CHL");
  }

  @Test
  void aPatronymicNameIsReferredBackToByItsGivenName() {
    assertThat(event("Sheikh Khalid bin Hamad of Qatar approved the new budget on Monday.\n\n"
        + "The Egyptian minister Sameh Fathy criticized Khalid's decision on Tuesday.", "criticized"))
        .contains("-> QAT");
    assertThat(event("Prince Faisal bin Turki of Saudi Arabia visited Cairo in June.\n\n"
        + "The Egyptian president later praised Faisal's visit.", "praised")).endsWith("-> SAU asserted");
  }

  @Test
  void anOfferToResignIsMadeToTheOwnGovernmentOfTheArticlesOrTheScenesCountry() {
    assertThat(event("Kenya's parliament rejected the budget on Friday. Kenyan opposition leaders criticized the"
        + " finance ministry.\n\nThe Kenyan finance minister offered to resign on Monday.", "offered"))
        .isEqualTo("CONCEDE 0831 KEN:GOV -> KEN:GOV asserted");
    assertThat(event("The interior minister Ana Flores offered to resign after the riots in Lima.", "offered"))
        .isEqualTo("CONCEDE 0831 PER:GOV -> PER:GOV asserted");
    assertThat(event("Poland's president met Czech leaders in Prague. Polish media criticized the Polish defence"
        + " minister.\n\nPolish police arrested the minister's aide. Two days later the Polish defence minister"
        + " offered to quit.", "offered")).endsWith("POL:GOV -> POL:GOV asserted");
  }

  @Test
  void anOfferToResignWithNoCountryOfItsOwnGetsNoRecipient() {
    assertThat(event("The Kenyan finance minister offered to resign on Monday.", "offered"))
        .isEqualTo("CONCEDE 0831 KEN:GOV asserted");
  }

  @Test
  void aSubjectLostAfterItIsKnownIsWhomThePassiveBefell() {
    assertThat(event("The Bolivian activist Marco Rojas was arrested in La Paz in March.\n\n"
        + "It is now known Rojas was twice questioned by police before the arrest.", "questioned"))
        .contains("-> BOL");
  }

  @Test
  void theExamplesOfAQuantifierSubjectUndergoTheAct() {
    assertThat(event("The Ghanaian journalist Kwame Mensah and three students were tried in Accra.\n\n"
        + "All, including Mensah, were acquitted on Thursday.", "acquitted")).contains("-> GHA");
  }

  @Test
  void whomAnInquiryClauseNamesAsItsDoerIsInvestigated() {
    assertThat(event("Prosecutors are investigating whether the Peruvian minister Ana Flores misused public"
        + " funds.", "investigating")).contains("-> PER");
    assertThat(event("Police in Nairobi were investigating whether the letter was written by the Kenyan"
        + " politician Paul Otieno.", "investigating")).contains("-> KEN");
    assertThat(event("Polish auditors will investigate whether the ministry of finance broke the rules.",
        "investigate")).contains("-> POL:GOV");
  }

  @Test
  void anInquiryClauseWithoutAnActorAddsNoRecipient() {
    assertThat(event("Police in Nairobi are investigating whether the letter was written by a neighbour.",
        "investigating")).doesNotContain("->");
  }
}
