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
 */
public record PloverGold(
    String id, String text, String event, String mode, String originalEvent,
    List<GoldActor> sources, List<GoldActor> targets, List<Span> triggers) {

  public PloverGold {
    sources = sources == null ? null : List.copyOf(sources);
    targets = targets == null ? null : List.copyOf(targets);
    triggers = List.copyOf(triggers);
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
