package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.model.Modality;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * A plural event noun of a type that news tells as a series (word list {@code series-type}:
 * protests, attacks) names again the series the article has already reported ("Students marched
 * on parliament on Monday. ... The bill was shelved after last week's protests"): when the noun's
 * sentence codes another event (the series is its context) and the article has coded an event of the same type before this sentence (not
 * negated or hypothetical), the noun codes nothing, unless
 * <ul>
 *   <li>a modifier says the series is renewed or another one (word list {@code renewal-word}: "new
 *       protests", "further attacks", "other rallies"), or</li>
 *   <li>it brings a participant of a country none of those earlier events has ("protests spread to
 *       Uganda" after protests in Kenya).</li>
 * </ul>
 * A plural noun that is its sentence's only event ("The protests continued on Tuesday") tells of
 * the series itself and codes. Singular nouns are {@link BackReferences}' ("the attack"); verbs
 * always code. The gold codes one record for a series of protests or attacks and its
 * restatements in the same article (gold/README.md, issue 13).
 *
 * <p>Immutable after construction; thread-safe (the caller owns the list of earlier events).
 */
final class SeriesMentions {
  /** The bundled word lists' instance. */
  static final SeriesMentions BUNDLED = new SeriesMentions(WordLists.bundled());

  private final Set<String> types;
  private final Set<String> renewal;

  SeriesMentions(WordLists lists) {
    this.types = lists.get("series-type");
    this.renewal = lists.get("renewal-word");
  }

  /**
   * Whether {@code e}, coded from {@code m}, names again a series among {@code earlier}, as the
   * context of another event of its sentence (one of {@code coded}, the sentence's triggers that
   * built an event).
   */
  boolean absorbed(SentenceGraph g, TriggerMatcher.Match m, CodedEvent e, List<CodedEvent> earlier,
      java.util.Collection<TriggerMatcher.Match> coded) {
    if (coded.stream().noneMatch(o -> o != m && !o.covers(m.head())) || m.tokens().length != 1 || !types.contains(e.event().toLowerCase(java.util.Locale.ROOT)) || !g.token(m.head()).pos().equals("NNS")
        || renewed(g, m.head())) {
      return false;
    }
    List<CodedEvent> same = earlier.stream()
        .filter(r -> r.event().equals(e.event()) && r.modality() != Modality.NEGATED
            && r.modality() != Modality.HYPOTHETICAL)
        .toList();
    return !same.isEmpty() && !newcomer(e.actors(), same) && !newcomer(e.recipients(), same);
  }

  /** "new protests", "another wave of attacks", "further strikes". */
  private boolean renewed(SentenceGraph g, int noun) {
    for (Dependency d : g.children(noun)) {
      if ((d.relation().equals("amod") || d.relation().equals("det")) && renewal.contains(g.lower(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@code side} is of a country no participant of {@code same} is of. */
  private static boolean newcomer(List<ActorRef> side, List<CodedEvent> same) {
    return side.stream().anyMatch(a -> a.country() != null && same.stream().noneMatch(r ->
        r.actors().stream().anyMatch(x -> a.country().equals(x.country()))
            || r.recipients().stream().anyMatch(x -> a.country().equals(x.country()))));
  }
}
