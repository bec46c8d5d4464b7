package org.annals.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.model.CodedEvent;

/**
 * Nouns that refer back to an event ("the call", "that exchange", "the talks", "the strike")
 * and the PLOVER types they can refer to; the referent is the most recent earlier event of one
 * of those types. Immutable and thread-safe.
 */
final class EventNouns {
  private static final Set<String> MEETING = Set.of("CONSULT");
  private static final Map<String, Set<String>> NOUNS = Map.ofEntries(
      Map.entry("call", MEETING), Map.entry("conversation", MEETING), Map.entry("exchange", MEETING),
      Map.entry("talk", MEETING), Map.entry("talks", MEETING), Map.entry("meeting", MEETING),
      Map.entry("discussion", MEETING), Map.entry("summit", MEETING), Map.entry("visit", MEETING),
      Map.entry("conference", MEETING), Map.entry("negotiation", MEETING), Map.entry("phone", MEETING),
      Map.entry("attack", Set.of("ASSAULT", "COERCE")), Map.entry("strike", Set.of("ASSAULT", "PROTEST")),
      Map.entry("assault", Set.of("ASSAULT")), Map.entry("bombing", Set.of("ASSAULT")),
      Map.entry("agreement", Set.of("AGREE", "COOPERATE")), Map.entry("deal", Set.of("AGREE", "COOPERATE")),
      Map.entry("protest", Set.of("PROTEST")), Map.entry("demonstration", Set.of("PROTEST")),
      Map.entry("sanction", Set.of("SANCTION")), Map.entry("suspension", Set.of("SANCTION")),
      Map.entry("pause", Set.of("SANCTION")), Map.entry("threat", Set.of("THREATEN")),
      Map.entry("speech", Set.of("ACCUSE", "REQUEST", "AGREE", "DEMAND")));

  private EventNouns() {}

  static boolean refersToEvent(String lemma) {
    return NOUNS.containsKey(lemma.toLowerCase(Locale.ROOT));
  }

  /** The most recent event in {@code earlier} (text order) the noun can refer to. */
  static Optional<CodedEvent> referent(String lemma, List<CodedEvent> earlier) {
    Set<String> types = NOUNS.get(lemma.toLowerCase(Locale.ROOT));
    if (types == null) {
      return Optional.empty();
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      if (types.contains(earlier.get(i).event())) {
        return Optional.of(earlier.get(i));
      }
    }
    return Optional.empty();
  }
}
