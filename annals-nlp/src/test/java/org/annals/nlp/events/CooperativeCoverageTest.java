package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coverage of cooperative events that coded nothing or the wrong type (issue 13, helper h86), each
 * class with sentences that must code and near sentences that must not change: an apology offered
 * or issued (CONCEDE 055, not an offer), an agreement initialled (SUPPORT 057), internet access
 * restored (CONCEDE 081), caving in, climbing down, concessions made and opposition dropped
 * (CONCEDE 080), debt cancelled or credit extended (AID 071), a pardon announced (CONCEDE 081, not
 * a release), a crackdown eased (CONCEDE 081), vouching for someone (SUPPORT 051, not a promise),
 * readiness to host talks (AGREE 036, no talks held) and money disbursed (AID 071). The sentences
 * are written for these tests.
 */
class CooperativeCoverageTest extends CodingTestBase {
  private static final String DAY = "2022-03-09";

  private static List<String> types(String text) {
    return types(text, DAY);
  }

  @Test
  void anApologyOfferedOrIssuedIsAConcession() {
    assertCodes("The Dutch prime minister offered an apology to Indonesia for the colonial"
        + " killings.", DAY, "CONCEDE 055 NLD:GOV -> IDN:GOV asserted");
    assertThat(types("The Peruvian defence minister issued a formal apology to Bolivia on"
        + " Monday.")).containsExactly("CONCEDE");
    // an apology demanded stays a request, an offer of help an offer
    assertThat(types("Indonesia demanded an apology from the Netherlands for the killings."))
        .containsExactly("REQUEST");
    assertThat(types("Norway offered help to Sudan after the floods.")).containsExactly("AGREE");
  }

  @Test
  void anInitialledAgreementIsSigned() {
    assertCodes("Georgia and Armenia initialled a draft agreement on border trade on Tuesday.",
        DAY, "SUPPORT 057 ARM:GOV+GEO:GOV symmetric asserted");
    assertThat(types("Georgia and Armenia signed an agreement on border trade on Tuesday."))
        .containsExactly("SUPPORT");
  }

  @Test
  void internetRestoredEasesARestriction() {
    assertThat(types("Myanmar's junta restored mobile internet in Yangon after a month-long"
        + " shutdown.")).containsExactly("CONCEDE");
    assertThat(types("Iran restored access to WhatsApp on Sunday.")).containsExactly("CONCEDE");
    // power restored after a storm is no event; a border reopened is left as it was
    assertThat(types("Engineers restored power to thousands of homes in Ohio after the storm."))
        .isEmpty();
    assertThat(types("Uzbekistan agreed to reopen its border with Tajikistan.")).containsExactly(
        "AGREE");
  }

  @Test
  void givingInClimbingDownAndMakingConcessionsYield() {
    assertThat(types("The Kenyan government caved in to the demands of the striking nurses."))
        .containsExactly("CONCEDE");
    assertThat(types("The Chilean government climbed down over the water reform."))
        .containsExactly("CONCEDE");
    assertThat(types("The Spanish government made concessions to the striking truckers."))
        .containsExactly("CONCEDE");
    assertThat(types("The Czech government dropped its opposition to the climate package."))
        .containsExactly("CONCEDE");
    // concessions demanded or refused stay a request and a refusal
    assertThat(types("The Spanish truckers demanded concessions from the government in Madrid."))
        .containsExactly("REQUEST");
    assertThat(types("The Kenyan nurses refused to give in to the government's demands."))
        .containsExactly("REJECT");
  }

  @Test
  void debtForgivenOrCreditExtendedIsAid() {
    assertThat(types("Italy cancelled the debts of Chad and Niger on Tuesday."))
        .containsExactly("AID");
    assertThat(types("Qatar extended a $2 billion credit line to Egypt.")).containsExactly("AID");
    // forgiving people stays a forgiveness
    assertThat(types("The Chilean president forgave the students who insulted him."))
        .containsExactly("SUPPORT");
  }

  @Test
  void aPardonAnnouncedOrACrackdownEasedIsAConcession() {
    assertThat(types("The Cuban president announced a pardon for 2,000 prisoners on Sunday."))
        .containsExactly("CONCEDE");
    assertThat(types("The Egyptian government scaled back its crackdown on bloggers."))
        .containsExactly("CONCEDE");
    // the release itself stays a retreat
    assertThat(types("The Cuban government released 2,000 prisoners on Sunday."))
        .containsExactly("RETREAT");
  }

  @Test
  void aBlessingOrBackingGivenIsSupport() {
    assertThat(types("Hungary gave its blessing to the Swedish candidate for the UN post."))
        .containsExactly("SUPPORT");
    assertThat(types("France lent its backing to the Senegalese candidate for the post."))
        .containsExactly("SUPPORT");
    // food given stays aid
    assertThat(types("Hungary gave food and blankets to the refugees from Ukraine."))
        .containsExactly("AID");
  }

  @Test
  void vouchingForSomeoneSupportsThem() {
    assertThat(types("The Finnish president vouched for Norway's commitment to the alliance."))
        .containsExactly("SUPPORT");
    // a promise stays an agreement
    assertThat(types("The Finnish president promised to visit Norway in May."))
        .containsExactly("AGREE");
  }

  @Test
  void readinessToHostTalksIsAnIntentAndMoneyDisbursedIsAid() {
    assertThat(types("Oman expressed readiness to host talks between the two sides."))
        .containsExactly("AGREE");
    assertThat(types("The IMF disbursed $300 million to Ghana on Monday.")).containsExactly("AID");
  }
}
