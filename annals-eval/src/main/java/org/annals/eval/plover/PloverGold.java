package org.annals.eval.plover;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.annals.model.Span;

/**
 * One PLOVER gold record mapped to PLOVER 2.0.
 *
 * @param id the record id
 * @param text the sentence
 * @param event PLOVER 2.0 event type (after the 0.5b1 mapping)
 * @param mode the mode (from the gold, or implied by the mapping), or null
 * @param originalEvent the event type as written in the gold (0.5b1)
 * @param sources source actors; null when the gold record's {@code source} is unusable
 * @param targets target actors (empty when the gold gives none); null when unusable
 * @param triggers character spans in {@code text} of the gold EVT markup
 * @param context the article the sentence stands in, when the gold points into a corpus; null
 *     for a record that is a sentence on its own
 */
public record PloverGold(
    String id, String text, String event, String mode, String originalEvent,
    List<GoldActor> sources, List<GoldActor> targets, List<Span> triggers, InArticle context) {

  /**
   * Where a gold sentence stands: its article's text and publication date, and the sentence's
   * offset in it. Such a sentence is coded with its article, as the coder meets news.
   */
  public record InArticle(String url, String articleText, java.time.LocalDate published,
      int start) {}

  /** The gold trigger spans in article offsets. */
  public List<Span> articleTriggers() {
    if (context == null) {
      return triggers;
    }
    return triggers.stream().map(t -> new Span(t.start() + context.start(), t.end() + context.start()))
        .toList();
  }

  public PloverGold {
    sources = sources == null ? null : List.copyOf(sources);
    targets = targets == null ? null : List.copyOf(targets);
    triggers = List.copyOf(triggers);
  }

  /** The event type of a gold record for a sentence that reports no political event. */
  public static final String NO_EVENT = "NONE";

  /** Whether the gold says the sentence reports no political event. */
  public boolean noEvent() {
    return NO_EVENT.equals(event);
  }

  /** Whether every actor on this side has a resolved country (false when the side is unusable). */
  static boolean scorable(List<GoldActor> side) {
    return side != null && side.stream().allMatch(a -> a.country() != null);
  }

  static Set<String> countries(List<GoldActor> side) {
    Set<String> out = new TreeSet<>();
    side.forEach(a -> out.add(a.country()));
    return out;
  }
}
