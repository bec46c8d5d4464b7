package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Protest words in non-protest senses code nothing (`none.protest-innocence`, `none.rally-market`,
 * `none.demonstration-of-thing`); a march on a day stays a protest of that day. Sentences written
 * for this test.
 */
class ProtestSensesTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  @Test
  void protestingOnesInnocenceIsNoProtest() {
    assertThat(code("The former Malawian minister protested his innocence on Tuesday.", DAY).events()).isEmpty();
  }

  @Test
  void aSharePriceOrCurrencyThatRalliedIsNoProtest() {
    assertThat(code("The carmaker's shares rallied on Wednesday after strong earnings.", DAY).events()).isEmpty();
    assertThat(code("The Turkish lira rallied against the euro on Thursday.", DAY).events()).isEmpty();
  }

  @Test
  void aDemonstrationOfAMachineIsNoProtest() {
    assertThat(code("The Ghanaian electoral commission held a demonstration of the new voting machines in Accra.",
        DAY).events()).isEmpty();
  }

  @Test
  void aProtestOnADayStillTakesThatDay() {
    var events = code("Thousands of Peruvians marched in Lima on Tuesday against the new pension law.", DAY).events();
    assertThat(events).extracting(e -> e.event()).containsExactly("PROTEST");
    assertThat(events.get(0).date().value()).isEqualTo("2024-05-07");
  }
}
