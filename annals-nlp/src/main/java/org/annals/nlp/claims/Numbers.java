package org.annals.nlp.claims;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Ordinal and cardinal number words ("sixth", "6th", "three", "3", "a") as regex alternations
 * and their values. Pure and thread-safe.
 */
final class Numbers {
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth",
      "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
      "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
      "nineteenth", "twentieth");
  private static final List<String> CARDINALS = List.of("one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");

  /** An ordinal word or a digit ordinal (1st, 22nd). */
  static final String ORDINAL = "(?:" + String.join("|", ORDINALS) + "|\\d{1,3}(?:st|nd|rd|th))";
  /** A cardinal word, "a"/"an" (one) or digits. */
  static final String CARDINAL = "(?:" + String.join("|", CARDINALS) + "|\\d{1,3}|an?)";

  private Numbers() {}

  static OptionalInt ordinal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int i = ORDINALS.indexOf(w);
    if (i >= 0) {
      return OptionalInt.of(i + 1);
    }
    if (w.matches("\\d{1,3}(st|nd|rd|th)")) {
      return OptionalInt.of(Integer.parseInt(w.substring(0, w.length() - 2)));
    }
    return OptionalInt.empty();
  }

  static OptionalInt cardinal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("a") || w.equals("an") || w.equals("once")) {
      return OptionalInt.of(1);
    }
    if (w.equals("twice")) {
      return OptionalInt.of(2);
    }
    int i = CARDINALS.indexOf(w);
    if (i >= 0) {
      return OptionalInt.of(i + 1);
    }
    if (w.matches("\\d{1,3}")) {
      return OptionalInt.of(Integer.parseInt(w));
    }
    return OptionalInt.empty();
  }
}
