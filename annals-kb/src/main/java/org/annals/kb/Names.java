package org.annals.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation of words and phrases for dictionary keys: lower case, no diacritics ("Élysée" =
 * "elysee", "Erdoğan" = "erdogan"), straight apostrophes. Stateless and thread-safe.
 */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

  private Names() {}

  /** The lookup key of one word. */
  public static String key(String word) {
    String s = word.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
        .replace('ı', 'i').replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L')
        .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace('đ', 'd').replace('Đ', 'D');
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return s.toLowerCase(Locale.ROOT);
  }

  /** The words of a dictionary phrase as written (split on blanks and underscores). */
  public static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.trim().split("[\\s_]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The tokenisations a phrase may have in text: as written, and with hyphens as separate tokens
   * ("Guinea-Bissau" is one token or three depending on the tokenizer).
   */
  public static List<List<String>> variants(String phrase) {
    List<String> plain = words(phrase);
    if (!phrase.contains("-") || phrase.trim().equals("-")) {
      return List.of(plain);
    }
    List<String> split = new ArrayList<>();
    for (String w : plain) {
      String[] parts = w.split("(?<=-)|(?=-)");
      for (String p : parts) {
        if (!p.isEmpty()) {
          split.add(p);
        }
      }
    }
    return split.equals(plain) ? List.of(plain) : List.of(plain, split);
  }

  /** A stable id fragment: "Vladimir Putin" → "vladimir-putin". */
  public static String slug(String name) {
    String s = NON_ALNUM.matcher(key(name)).replaceAll("-");
    return s.replaceAll("^-+|-+$", "");
  }
}
