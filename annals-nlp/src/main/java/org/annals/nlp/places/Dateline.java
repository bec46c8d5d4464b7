package org.annals.nlp.places;

import java.util.List;
import org.annals.kb.places.Gazetteer;
import org.annals.kb.places.Place;

/**
 * The dateline: a place name that opens the article and is followed, within a few characters,
 * by a dash, a parenthesis or a comma ("KYIV, July 3 —", "Moscow (Wire) -"). Pure.
 */
final class Dateline {
  private static final int REACH = 40;

  private Dateline() {}

  /** The dateline's mention with its largest candidate (refined later in context), or null. */
  static Resolved find(List<PlaceMention> mentions, String text) {
    if (mentions.isEmpty()) {
      return null;
    }
    PlaceMention m = mentions.get(0);
    if (!text.substring(0, m.start()).isBlank()) {
      return null;
    }
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + REACH));
    int nl = after.indexOf('\n');
    String head = nl < 0 ? after : after.substring(0, nl);
    boolean mark = head.contains("—") || head.contains("–") || head.contains(" - ")
        || head.startsWith(" (") || head.startsWith(",");
    if (!mark) {
      return null;
    }
    return m.candidates().stream().map(Gazetteer.Candidate::place)
        .max(Place.PROMINENCE)
        .map(p -> new Resolved(m, p, List.of("dateline"))).orElse(null);
  }
}
