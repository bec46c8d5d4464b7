package org.annals.eval.plover;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Span;

/**
 * Finds the gold event words ({@code (EVT: agreed)}) of a record's {@code textInfo.markup} in the
 * record's text. The markup is the text with tags inserted, but in some records its words differ
 * slightly from the text; then each EVT phrase is located at its occurrence in the text nearest
 * to where the markup puts it, and phrases absent from the text are dropped. Stateless.
 */
final class GoldMarkup {
  private static final Pattern TAG = Pattern.compile("\\(([A-Z/]+): ([^)]*)\\)");

  private GoldMarkup() {}

  /**
   * The spans of a plain trigger field ("agreed", "held talks"): the phrase where it occurs in the
   * text, else each of its words at its first occurrence; empty when none occurs.
   */
  static List<Span> words(String trigger, String text) {
    List<Span> out = new ArrayList<>();
    if (trigger == null || trigger.isBlank()) {
      return out;
    }
    int at = text.indexOf(trigger.strip());
    if (at >= 0) {
      out.add(new Span(at, at + trigger.strip().length()));
      return out;
    }
    for (String w : trigger.strip().split("\\s+")) {
      int i = text.indexOf(w);
      if (i >= 0) {
        out.add(new Span(i, i + w.length()));
      }
    }
    return out;
  }

  static List<Span> triggers(String markup, String text) {
    List<Span> out = new ArrayList<>();
    if (markup == null) {
      return out;
    }
    Matcher m = TAG.matcher(markup);
    int consumed = 0;
    int offset = 0; // offset in the markup with tags removed
    while (m.find()) {
      offset += m.start() - consumed;
      String phrase = m.group(2);
      if (m.group(1).contains("EVT") && !phrase.isBlank()) {
        int at = locate(text, phrase, offset);
        if (at >= 0) {
          out.add(new Span(at, at + phrase.length()));
        }
      }
      offset += phrase.length();
      consumed = m.end();
    }
    return out;
  }

  private static int locate(String text, String phrase, int expected) {
    if (text.startsWith(phrase, expected)) {
      return expected;
    }
    int best = -1;
    for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) {
        best = i;
      }
    }
    return best;
  }
}
