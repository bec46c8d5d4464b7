package org.annals.nlp.time;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.model.CodedEvent;
import org.annals.model.Modality;

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

  /**
   * The most recent event in {@code earlier} (text order) the noun can refer to. A negated event
   * ("a summit was not discussed") or a hypothetical one ("if they met") did not take place, so
   * "the call" does not refer to it.
   */
  static Optional<CodedEvent> referent(String lemma, List<CodedEvent> earlier) {
    Set<String> types = NOUNS.get(lemma.toLowerCase(Locale.ROOT));
    if (types == null) {
      return Optional.empty();
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Modality m = earlier.get(i).modality();
      if (types.contains(earlier.get(i).event()) && m != Modality.NEGATED && m != Modality.HYPOTHETICAL) {
        return Optional.of(earlier.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The event the noun refers to among those in {@code earlier} (text order) that have a
   * day-precision date of their own (not the publication fallback), since only those can anchor
   * "N days after": with {@code latest} ("the
   * latest call") the one with the latest date, otherwise the most recent in text order.
   */
  static Optional<CodedEvent> datedReferent(String lemma, boolean latest, List<CodedEvent> earlier) {
    Set<String> types = NOUNS.get(lemma.toLowerCase(Locale.ROOT));
    if (types == null) {
      return Optional.empty();
    }
    List<CodedEvent> dated = earlier.stream()
        .filter(e -> types.contains(e.event()) && EventDates.day(e.date()).isPresent()
            && e.date().basis() != org.annals.model.DateBasis.PUBLICATION).toList();
    if (dated.isEmpty()) {
      return Optional.empty();
    }
    if (!latest) {
      return Optional.of(dated.get(dated.size() - 1));
    }
    Comparator<CodedEvent> byDay = Comparator.comparing(e -> EventDates.day(e.date()).orElse(LocalDate.MIN));
    return dated.stream().reduce((a, b) -> byDay.compare(b, a) >= 0 ? b : a);
  }
}
