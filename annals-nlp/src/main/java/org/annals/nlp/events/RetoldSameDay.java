package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.nlp.CodingState;
import org.annals.nlp.Stage;
import org.annals.nlp.text.WordLists;

/**
 * An attack or a protest (word list {@code series-type}) told again in a later sentence with the
 * same day ("Turkey began an offensive on Wednesday ... On Wednesday, Turkish jets struck ...") is
 * the event already coded (issue 13: one record per event): after dating, an event of a later
 * sentence whose own day (not the publication fallback) is the day of an earlier event of the same
 * type (not negated or hypothetical), whose doers share a country with that event's and whose
 * participants of known country all take part in it, codes nothing. A sentence that says the act
 * is another ({@code renewal-word}: "another", "second"; {@code additive-word}: "also", "again",
 * "separately") keeps it. Runs after {@link org.annals.nlp.time.TimeAnchor}; events within one
 * sentence are never merged here.
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class RetoldSameDay implements Stage {
  private final Set<String> types;
  private final Set<String> another;

  public RetoldSameDay() {
    this(WordLists.bundled());
  }

  RetoldSameDay(WordLists lists) {
    this.types = lists.get("series-type");
    Set<String> words = new java.util.HashSet<>(lists.get("renewal-word"));
    words.addAll(lists.get("additive-word"));
    this.another = Set.copyOf(words);
  }

  @Override
  public String name() {
    return "retold-same-day";
  }

  @Override
  public CodingState apply(CodingState state) {
    List<CodedEvent> order = new ArrayList<>(state.events());
    order.sort(Comparator.comparingInt(e -> e.evidence().trigger() == null ? 0 : e.evidence().trigger().start()));
    List<CodedEvent> kept = new ArrayList<>();
    List<CodedEvent> dropped = new ArrayList<>();
    for (CodedEvent e : order) {
      if (retold(state, e, kept)) {
        dropped.add(e);
      } else {
        kept.add(e);
      }
    }
    if (dropped.isEmpty()) {
      return state;
    }
    return state.withEvents(state.events().stream().filter(e -> !dropped.contains(e)).toList());
  }

  private boolean retold(CodingState state, CodedEvent e, List<CodedEvent> earlier) {
    if (!types.contains(e.event().toLowerCase(Locale.ROOT)) || e.modality() == Modality.NEGATED
        || e.modality() == Modality.HYPOTHETICAL || !ownDay(e) || e.actors().isEmpty()
        || saysAnother(state, e)) {
      return false;
    }
    for (CodedEvent ref : earlier) {
      if (ref.event().equals(e.event()) && ref.evidence().start() < e.evidence().start()
          && ref.modality() != Modality.NEGATED && ref.modality() != Modality.HYPOTHETICAL
          && e.date().value().equals(ref.date().value()) && ref.date().precision() == Precision.DAY
          && sharedCountry(e.actors(), ref.actors()) && !newcomer(e.actors(), ref)
          && !newcomer(e.recipients(), ref)) {
        return true;
      }
    }
    return false;
  }

  private static boolean ownDay(CodedEvent e) {
    return e.date() != null && e.date().value() != null && e.date().precision() == Precision.DAY
        && e.date().basis() != DateBasis.PUBLICATION && e.date().basis() != DateBasis.UNKNOWN;
  }

  /** Whether the event's sentence says the act is another one ("also", "another", "again"). */
  private boolean saysAnother(CodingState state, CodedEvent e) {
    for (Sentence s : state.doc().sentences()) {
      if (s.start() <= e.evidence().start() && e.evidence().start() < s.end()) {
        for (Token t : s.tokens()) {
          if (another.contains(t.word().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean sharedCountry(List<ActorRef> side, List<ActorRef> other) {
    return side.stream().anyMatch(a -> a.country() != null
        && other.stream().anyMatch(r -> a.country().equals(r.country())));
  }

  private static boolean newcomer(List<ActorRef> side, CodedEvent ref) {
    return side.stream().anyMatch(a -> a.country() != null
        && ref.actors().stream().noneMatch(r -> a.country().equals(r.country()))
        && ref.recipients().stream().noneMatch(r -> a.country().equals(r.country())));
  }
}
