package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Send" is aid only with what aid is (lexicon {@code aid.give-aid}, {@code aid.give-military},
 * {@code aid.give-money}): by itself it sends delegations, statements and letters. The verbs that
 * name a gift or a transfer of goods ({@code aid.give}: give, provide, grant, donate, deliver,
 * supply) stay aid whatever is given. Sentences written for this test.
 */
class GenericTransfersTest extends CodingTestBase {
  private static final String DAY = "2021-04-14";

  private static List<String> types(String text) {
    return code(text, DAY).events().stream().map(e -> e.event()).toList();
  }

  @Test
  void aDelegationAStatementOrALetterSentIsNoAid() {
    assertThat(types("Brazil sent a delegation to Bolivia.")).doesNotContain("AID");
    assertThat(types("The Mexican embassy sent the journalist a statement on Tuesday.")).doesNotContain("AID");
    assertThat(types("Chile sent a letter to Argentina about the border.")).doesNotContain("AID");
    assertThat(types("The Peruvian minister sent the editors a long letter about the budget.")).doesNotContain("AID");
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
    assertThat(types("Japan gave Tonga two fishing boats.")).contains("AID");
  }

  @Test
  void aWarningGivenIsTheWarningNotAid() {
    assertThat(types("The Ghanaian president gave the mining companies a warning on Monday."))
        .containsExactly("ACCUSE");
    assertThat(types("Peru's interior minister gave the protest leaders a final warning."))
        .containsExactly("ACCUSE");
    assertThat(types("The Nigerian finance minister gave the oil firms a deadline to pay their taxes."))
        .doesNotContain("AID");
  }
}
