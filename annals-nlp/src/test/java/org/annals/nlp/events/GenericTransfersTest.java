package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Give" and "send" are aid only with what aid is (lexicon {@code aid.give-aid}, {@code
 * aid.give-military}, {@code aid.give-money}): by themselves they give warnings, statements and
 * delegations. The verbs that name a transfer of goods ({@code aid.give}: provide, grant, donate,
 * deliver, supply) stay aid whatever is given. Sentences written for this test.
 */
class GenericTransfersTest extends CodingTestBase {
  private static final String DAY = "2021-04-14";

  private static List<String> types(String text) {
    return code(text, DAY).events().stream().map(e -> e.event()).toList();
  }

  @Test
  void aWarningOrADelegationGivenOrSentIsNoAid() {
    assertThat(types("The Mexican president gave the opposition leader a warning.")).doesNotContain("AID");
    assertThat(types("Brazil sent a delegation to Bolivia.")).doesNotContain("AID");
    assertThat(types("The Mexican embassy sent the journalist a statement on Tuesday.")).doesNotContain("AID");
    assertThat(types("The Chilean senator gave the students a lecture on the constitution.")).doesNotContain("AID");
  }

  @Test
  void aidArmsAndMoneyGivenOrSentAreAid() {
    assertThat(types("Norway gave Mozambique food aid after the cyclone.")).containsExactly("AID");
    assertThat(types("Germany sent Ukraine five howitzers.")).containsExactly("AID");
    assertThat(types("Canada gave Haiti 20 million dollars.")).containsExactly("AID");
  }

  @Test
  void goodsDeliveredOrSuppliedAreAidWhateverTheyAre() {
    assertThat(types("Qatar delivered fuel to Lebanon.")).containsExactly("AID");
    assertThat(types("Japan supplied Tonga with water pumps.")).containsExactly("AID");
  }
}
