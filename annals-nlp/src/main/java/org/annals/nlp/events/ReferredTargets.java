package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.nlp.ActorMention;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Recipients a hostile or helping act names only by reference to a country told just before it
 * (h132). Runs only when the event has no recipient yet; adds only a country the resolver found
 * named (rule {@code kb:country} or {@code kb:capital}), never one of the actor's country.
 *
 * <ul>
 *   <li>{@code +referred:possessive} — an accusation, rejection, protest, threat or assault whose
 *       object or aimed-at phrase is a thing owned by "its" with no "own" ("China's coast guard
 *       fired water cannon at its boats", "Belarus condemned its move"): "its" is the latest
 *       country named before it, in this sentence or the one before, that is not the actor's; an
 *       act on the doer's own thing is the doer's affair and codes no recipient.</li>
 *   <li>{@code +referred:place} — a conflict, coercion, mobilization, aid or threat aimed at "the
 *       country" or "the island" ({@code country-reference-noun}) with nothing else hung from it:
 *       the latest country named in the two sentences before, unless that is the actor's own
 *       ("Tension rose around Taiwan. China sent warplanes toward the island").</li>
 * </ul>
 *
 * <p>Immutable after construction; thread-safe (the caller owns the mention list).
 */
final class ReferredTargets {
  private static final Set<String> OWNED_TYPES = Set.of("ACCUSE", "REJECT", "PROTEST", "THREATEN", "ASSAULT");
  private static final Set<String> PLACE_TYPES = Set.of("ASSAULT", "THREATEN", "COERCE", "MOBILIZE", "AID");
  /** The phrases of a trigger word that name what the act is aimed at. */
  private static final Set<String> AIMED = Set.of("obj", "obl:at", "obl:on", "obl:against", "obl:toward",
      "obl:towards", "obl:into", "obl:near", "obl:over", "obl:to", "nmod:at", "nmod:on", "nmod:against",
      "nmod:toward", "nmod:towards", "nmod:into", "nmod:near", "nmod:over", "nmod:to");
  /** Judgements: what they judge may be among the trigger's own words. */
  private static final Set<String> JUDGEMENTS = Set.of("ACCUSE", "REJECT", "PROTEST");
  private static final Set<String> NAMED = Set.of("kb:country", "kb:capital");
  /** How many sentences back "the country" may reach. */
  private static final int PLACE_REACH = 2;
  private final Set<String> placeNouns;
  private final Set<String> selfNouns;

  /** The instance over the bundled word lists. */
  static final ReferredTargets BUNDLED = new ReferredTargets(WordLists.bundled());

  ReferredTargets(WordLists lists) {
    this.placeNouns = lists.get("country-reference-noun");
    this.selfNouns = lists.get("self-possessed-noun");
  }

  /** Adds the country {@code m}'s aimed-at phrase refers back to, when {@code p} has no recipient. */
  void fill(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, String event, Participants p,
      List<ActorMention> all) {
    if (!p.recipients.isEmpty() || p.actors.isEmpty() || m.entry().symmetric()) {
      return;
    }
    int sentence = g.sentence().index();
    for (int noun : aimed(g, m, JUDGEMENTS.contains(event))) {
      int owner = OWNED_TYPES.contains(event) ? otherOwner(g, mentions, noun, p) : -1;
      ActorRef found = owner >= 0 ? latest(all, sentence, owner, 1, p)
          : PLACE_TYPES.contains(event) && place(g, noun) ? latest(all, sentence, 0, PLACE_REACH, p) : null;
      if (found != null) {
        p.recipient(found.withRule(found.rule() + (owner >= 0 ? "+referred:possessive" : "+referred:place")));
        return;
      }
    }
  }

  /**
   * The nouns the trigger's words take as what they aim at; for a judgement also a noun among its
   * own words ("rejected its claims") or the named thing of a naming's small clause ("calling its
   * policy reckless"), never the trigger's head (an event noun such as "its offensive").
   */
  private static List<Integer> aimed(SentenceGraph g, TriggerMatcher.Match m, boolean judgement) {
    List<Integer> out = new ArrayList<>();
    Set<Integer> own = new HashSet<>();
    for (int t : m.tokens()) {
      own.add(t);
    }
    for (int t : m.tokens()) {
      if (judgement && t != m.head() && g.token(t).isNoun()) {
        out.add(t);
      }
      for (Dependency d : g.children(t)) {
        boolean small = judgement && t != m.head() && d.relation().equals("nsubj");
        if ((AIMED.contains(d.relation()) || small) && !own.contains(d.dependent())
            && g.token(d.dependent()).isNoun()) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  /**
   * The token of "its" that owns {@code noun} when the thing is no actor of its own, or one the
   * resolver gave the actor's own country through "its" ("its drones"); -1 when "its own" or none.
   */
  private int otherOwner(SentenceGraph g, Mentions mentions, int noun, Participants p) {
    ActorRef ref = mentions.ref(noun);
    if (selfNouns.contains(g.lower(noun))) {
      return -1; // "denied its involvement": the doer's own part
    }
    if (ref != null && !(ref.rule() != null && ref.rule().contains("+country-of-owner:")
        && p.actors.stream().anyMatch(a -> Objects.equals(a.country(), ref.country())))) {
      return -1;
    }
    int owner = -1;
    for (Dependency d : g.children(noun)) {
      if (d.relation().equals("amod") && g.lower(d.dependent()).equals("own")) {
        return -1; // "its own troops": the doer's own
      }
      if (d.relation().equals("nmod:poss") && g.lower(d.dependent()).equals("its")) {
        owner = d.dependent();
      }
    }
    return owner;
  }

  /** "the country", "the island": a place noun with "the" and nothing else of its own. */
  private boolean place(SentenceGraph g, int noun) {
    List<Dependency> own = g.children(noun).stream().filter(d -> !d.relation().equals("case")).toList();
    return placeNouns.contains(g.lower(noun)) && own.size() == 1
        && own.get(0).relation().equals("det") && g.lower(own.get(0).dependent()).equals("the");
  }

  /**
   * The country of the latest named country mention before token {@code before} of this sentence
   * (0: none of this sentence), reaching {@code reach} sentences back; null when there is none or
   * it is of the actor's country.
   */
  private static ActorRef latest(List<ActorMention> all, int sentence, int before, int reach, Participants p) {
    for (int i = all.size() - 1; i >= 0; i--) {
      ActorMention a = all.get(i);
      if (a.sentence() > sentence || a.sentence() == sentence && a.lastToken() >= before) {
        continue;
      }
      if (a.sentence() < sentence - reach) {
        return null;
      }
      ActorRef r = a.ref();
      if (r.country() == null || r.rule() == null || NAMED.stream().noneMatch(r.rule()::startsWith)) {
        continue;
      }
      if (p.foreign(r)) {
        return r;
      }
      if (before == 0) {
        return null; // "the country" after the actor's own was named: its own
      }
    }
    return null;
  }
}
