package org.annals.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where quotations are: double quotes paired within a paragraph (texts written for this test). */
class QuotationsTest {
  private static List<String> quoted(String text) {
    return Quotes.quotations(text).stream().map(q -> text.substring(q[0], q[1])).toList();
  }

  @Test
  void straightAndCurlyQuotesArePaired() {
    assertThat(quoted("\"We will return,\" she said. He called it “a sham” on radio."))
        .containsExactly("\"We will return,\"", "“a sham”");
  }

  @Test
  void aParagraphBreakEndsAQuotationLeftOpen() {
    String text = "\"The talks failed. We leave now.\n\nOfficials said the border stays \"closed\" for now.";
    assertThat(quoted(text)).containsExactly("\"closed\"");
  }

  @Test
  void apostrophesAndSingleQuotesAreNotQuotations() {
    assertThat(quoted("The minister's 'red line' was crossed.")).isEmpty();
  }
}
