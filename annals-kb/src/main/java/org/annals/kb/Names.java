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
  private static final Pattern HYPHEN = Pattern.compile("(?<=-)|(?=-)");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_]+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

  private Names() {}

  /** The lookup key of one word. */
  public static String key(String word) {
    if (isPlainAscii(word)) {
      return word.toLowerCase(Locale.ROOT);
    }
    String s = word.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
        .replace('ı', 'i').replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L')
        .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace('đ', 'd').replace('Đ', 'D');
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return s.toLowerCase(Locale.ROOT);
  }

  private static boolean isPlainAscii(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c > 127) {
        return false;
      }
    }
    return true;
  }

  /** The words of a dictionary phrase as written (split on blanks and underscores). */
  public static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : SEPARATORS.split(phrase.trim())) {
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
    List<String> split = new ArrayList<>();
    for (String w : plain) {
      split.addAll(splitToken(w));
    }
    return split.equals(plain) ? List.of(plain) : List.of(plain, split);
  }

  /** "Guinea-Bissau" → Guinea, -, Bissau; "People's" → People, 's; "Workers'" → Workers, '. */
  private static List<String> splitToken(String w) {
    List<String> out = new ArrayList<>();
    String rest = w;
    String suffix = null;
    if (rest.length() > 2 && (rest.endsWith("'s") || rest.endsWith("\u2019s"))) {
      suffix = rest.substring(rest.length() - 2);
      rest = rest.substring(0, rest.length() - 2);
    } else if (rest.length() > 1 && rest.endsWith("'")) {
      suffix = "'";
      rest = rest.substring(0, rest.length() - 1);
    }
    if (rest.length() > 1 && rest.contains("-")) {
      for (String p : HYPHEN.split(rest)) {
        if (!p.isEmpty()) {
          out.add(p);
        }
      }
    } else {
      out.add(rest);
    }
    if (suffix != null) {
      out.add(suffix);
    }
    return out;
  }

  /** A stable id fragment: "Vladimir Putin" → "vladimir-putin". */
  public static String slug(String name) {
    String s = NON_ALNUM.matcher(key(name)).replaceAll("-");
    return s.replaceAll("^-+|-+$", "");
  }
}
