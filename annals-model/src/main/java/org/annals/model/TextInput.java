package org.annals.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes raw bytes of an input into article text, refusing what is not text with a specific
 * message: empty input, binary data, invalid UTF-8, text with no letters. Pure and thread-safe.
 */
public final class TextInput {
  /** Inputs larger than this are refused (a news article is far smaller). */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private TextInput() {}

  /**
   * @param name the file name or source shown in messages
   * @throws BadInputException naming {@code name} and the reason
   */
  public static String decode(byte[] bytes, String name) {
    if (bytes.length == 0) {
      throw new BadInputException(name + ": empty file");
    }
    if (bytes.length > MAX_BYTES) {
      throw new BadInputException(name + ": too large for one article (" + bytes.length
          + " bytes; the limit is " + MAX_BYTES + "); split it or ingest it as a corpus");
    }
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        throw new BadInputException(name + ": binary file (contains NUL bytes), not text");
      }
      if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > bytes.length / 20 + 1) {
      throw new BadInputException(name + ": binary file (" + controls + " control bytes), not text");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(name + ": not valid UTF-8 (" + e.getMessage()
          + "); convert it first, e.g. iconv -f latin1 -t utf-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.codePoints().noneMatch(Character::isLetter)) {
      throw new BadInputException(name + ": no text (no letters at all)");
    }
    return text;
  }
}
