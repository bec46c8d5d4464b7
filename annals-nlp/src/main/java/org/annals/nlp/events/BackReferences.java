package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.model.Modality;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * An event noun that names again an event the article has already reported ("Gunmen attacked a
 * police post on Friday. The attack was claimed by ...", "... blamed Iran for the attack") is
 * that event, not a second one: a singular noun trigger with a definite determiner ("the",
 * "this", "that"), no possessor and no participant phrase of its own ("the attack on the
 * embassy" may be another), after an earlier event of the same type in the article that is not
 * negated or hypothetical, is that event and codes nothing, unless it is the object of a verb that
 * is no trigger and brings a participant of known country the earlier event lacks ("the Albanian
 * prime minister also attended the summit"); "blamed Iran for the attack" adds no attacker. When its clause names who did it ("the attack was
 * claimed by X", {@code responsibility-verb}; "X claimed the attack", {@link ClaimedActs}) and the earlier event has no actor, or only unidentified armed men ("gunmen"), the earlier
 * event takes those actors (its rule gains {@code +doer-from-back-reference}).
 *
 * <p>Stateless after construction; thread-safe (the caller owns the list of earlier events).
 */
final class BackReferences {
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");
  /** A possessor, an adjective ("the latest attack"), a compound or a number: maybe another event. */
  private static final Set<String> OWN_WORDS = Set.of("nmod:poss", "amod", "compound", "nummod");
  private final Set<String> responsibility;
  private final AftermathDetails details;

  BackReferences(WordLists lists) {
    this.responsibility = lists.get("responsibility-verb");
    this.details = new AftermathDetails(lists);
  }

  /**
   * Whether {@code e}, coded from {@code m}, refers back to an event in {@code earlier} (the
   * article's events before this sentence, text order); the referent may be replaced in
   * {@code earlier} by itself with the back reference's actors (see the class comment).
   */
  boolean absorbed(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, List<TriggerMatcher.Match> all,
      CodedEvent e, List<CodedEvent> earlier) {
    if (details.detail(g, m, e, earlier)) {
      return true; // "twelve guests were wounded": the toll of an attack already reported
    }
    if (m.tokens().length != 1 || !definiteSingular(g, m.head())) {
      return false;
    }
    // "the Bolivian president also attended the summit": the object of a verb that is no trigger
    boolean claimed = ClaimedActs.claimed(g, m.head()); // "Al-Shabaab claimed the attack"
    boolean joined = !claimed && !topicOfAnother(g, m, all)
        && g.heads(m.head()).stream().anyMatch(d -> d.governor() >= 0 && d.relation().equals("obj"));
    for (int i = earlier.size() - 1; i >= 0; i--) {
      CodedEvent ref = earlier.get(i);
      if (ref.event().equals(e.event()) && ref.modality() != Modality.NEGATED
          && ref.modality() != Modality.HYPOTHETICAL) {
        if (joined && (newcomer(e.actors(), ref) || newcomer(e.recipients(), ref))) {
          return false; // "the Albanian prime minister also attended the summit": one more participant
        }
        List<ActorRef> doers = claimed ? e.actors() : claimedBy(g, mentions, m.head());
        if ((ref.actors().isEmpty() || claimed && unidentified(ref.actors())) && !doers.isEmpty()) {
          earlier.set(i, ref.withParticipants(doers, ref.recipients())
              .withEvidence(ref.evidence().withRuleSuffix("+doer-from-back-reference")));
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the noun is what another trigger of the sentence is about ("blamed Iran for the
   * attack", "condemned the attack"): the participants found for it are that trigger's.
   */
  private static boolean topicOfAnother(SentenceGraph g, TriggerMatcher.Match m, List<TriggerMatcher.Match> all) {
    for (Dependency h : g.heads(m.head())) {
      if (h.governor() < 0) {
        continue;
      }
      if (covered(h.governor(), m, all)) {
        return true;
      }
      // "blamed Iran for the attack", parsed with "for the attack" on "Iran"
      for (Dependency up : g.heads(h.governor())) {
        if (up.governor() >= 0 && covered(up.governor(), m, all)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean covered(int token, TriggerMatcher.Match m, List<TriggerMatcher.Match> all) {
    return all.stream().anyMatch(other -> other != m && other.covers(token));
  }

  /**
   * Whether one of {@code side}, of known country, takes no part in {@code ref} (a crowd of unknown
   * country that a protest noun implies adds nobody).
   */
  private static boolean newcomer(List<ActorRef> side, CodedEvent ref) {
    return side.stream().anyMatch(a -> a.country() != null
        && ref.actors().stream().noneMatch(r -> Participants.same(a, r))
        && ref.recipients().stream().noneMatch(r -> Participants.same(a, r)));
  }

  /** "Gunmen stormed a hotel … Al-Shabaab claimed the attack": armed men nobody named yet. */
  private static boolean unidentified(List<ActorRef> actors) {
    return actors.stream().allMatch(a -> a.entity() == null && "UAF".equals(a.sector()));
  }

  /** "the attack", not "attacks", "an attack", "Russia's attack" or "the attack on the embassy". */
  private static boolean definiteSingular(SentenceGraph g, int noun) {
    if (!g.token(noun).pos().equals("NN")) {
      return false;
    }
    boolean definite = false;
    for (Dependency d : g.children(noun)) {
      String rel = d.relation();
      if (rel.equals("det") && DEFINITE.contains(g.lower(d.dependent()))) {
        definite = true;
      } else if (OWN_WORDS.contains(rel) || rel.startsWith("nmod:") && !rel.equals("nmod:tmod")) {
        return false;
      }
    }
    return definite;
  }

  /** "The attack was claimed by X": the actors of X, when the noun is the passive subject of a responsibility verb. */
  private List<ActorRef> claimedBy(SentenceGraph g, Mentions mentions, int noun) {
    List<ActorRef> out = new ArrayList<>();
    for (Dependency h : g.heads(noun)) {
      if (h.governor() >= 0 && h.relation().equals("nsubj:pass") && responsibility.contains(g.lemma(h.governor()))) {
        for (int agent : g.childrenBy(h.governor(), "obl:agent")) {
          out.addAll(mentions.refs(agent));
        }
      }
    }
    return out;
  }
}
