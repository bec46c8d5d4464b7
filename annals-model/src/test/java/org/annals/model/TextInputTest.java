package org.annals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextInputTest {
  @Test
  void decodesUtf8AndDropsByteOrderMark() {
    byte[] bytes = "\uFEFFThe minister résigned.".getBytes(StandardCharsets.UTF_8);
    assertThat(TextInput.decode(bytes, "a.txt")).isEqualTo("The minister résigned.");
  }

  @Test
  void refusesEmptyBinaryInvalidAndLetterlessInputNamingTheFile() {
    assertThatThrownBy(() -> TextInput.decode(new byte[0], "e.txt"))
        .isInstanceOf(BadInputException.class).hasMessage("e.txt: empty file");
    assertThatThrownBy(() -> TextInput.decode(new byte[] {'a', 0, 'b'}, "b.bin"))
        .hasMessageStartingWith("b.bin: binary file");
    assertThatThrownBy(() -> TextInput.decode(new byte[] {'a', (byte) 0xE9, 'b'}, "l.txt"))
        .hasMessageStartingWith("l.txt: not valid UTF-8");
    assertThatThrownBy(() -> TextInput.decode("  12 -- 34\n".getBytes(StandardCharsets.UTF_8), "n.txt"))
        .hasMessage("n.txt: no text (no letters at all)");
  }

  @Test
  void contentIdIgnoresWhitespaceLayoutOnly() {
    assertThat(Article.contentId("A  b\nc ")).isEqualTo(Article.contentId("A b c"));
    assertThat(Article.contentId("A b c")).isNotEqualTo(Article.contentId("a b c"));
  }
}
