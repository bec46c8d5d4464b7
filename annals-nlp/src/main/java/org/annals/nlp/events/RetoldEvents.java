package org.annals.nlp.events;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.model.Modality;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * An attack or a protest (word list {@code series-type}) the article has already reported, told
 * again in a later sentence, is that event and codes nothing (issue 13: the gold codes one record
 * per event, where it is first told). It is told again when, after an earlier event of the same
 * type (asserted or reported, not negated or hypothetical) whose participants include every
 * participant of known country it names:
 * <ul>
 *   <li>it is what another act came after or answers ({@code sequel-mark}: "fled after the
 *       shelling", "following the strikes", "the raid follows rocket attacks on the base",
 *       {@code sequel-noun}: "in retaliation for the bombing");</li>
 *   <li>it is a definite noun ("the", "these") that a {@code retelling-verb} takes as its object
 *       ("the army carried out the strike at dawn", "militants committed the massacre"): the
 *       verb's subject is its doer, and an earlier event with no doer takes it ({@code
 *       +doer-from-retelling});</li>
 *   <li>it is a definite noun whose own target is a target of the earlier event ("the attacks on
 *       the embassy" after an attack on that embassy);</li>
 *   <li>it is an attack on a named person an earlier attack was on ("the gunmen fled after killing
 *       X" after "gunmen shot X").</li>
 * </ul>
 * A renewal word ("another attack", "new protests") or an own day that differs from the earlier
 * event's day keeps it an event of its own. Singular definite nouns with no modifier are
 * {@link BackReferences}' first; plural nouns beside another event are {@link SeriesMentions}'.
 *
 * <p>Immutable after construction; thread-safe (the caller owns the list of earlier events).
 */
final class RetoldEvents {
  /** The bundled word lists' instance. */
  static final RetoldEvents BUNDLED = new RetoldEvents(WordLists.bundled());

  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private final Set<String> types;
  private final Set<String> renewal;
  private final Set<String> sequelMarks;
  private final Set<String> sequelNouns;
  private final Set<String> retelling;

  RetoldEvents(WordLists lists) {
    this.types = lists.get("series-type");
    this.renewal = lists.get("renewal-word");
    this.sequelMarks = lists.get("sequel-mark");
    this.sequelNouns = lists.get("sequel-noun");
    this.retelling = lists.get("retelling-verb");
  }

  /**
   * Whether {@code e}, coded from {@code m}, tells again an event of {@code earlier} (the
   * article's events before this sentence); the referent may take the retelling's doers.
   */
  boolean absorbed(SentenceGraph g, TriggerMatcher.Match m, CodedEvent e, List<CodedEvent> earlier) {
    if (!types.contains(e.event().toLowerCase(Locale.ROOT)) || e.modality() == Modality.NEGATED
        || renewed(g, m.head())) {
      return false;
    }
    int h = m.head();
    boolean sequel = sequel(g, h);
    List<ActorRef> doers = sequel ? ownDoers(g, h, e.actors()) : e.actors();
    int noun = takenNoun(g, m, h); // "carried out the strike" as one trigger: its noun
    boolean definite = g.token(noun).isNoun() && definite(g, noun);
    int verb = definite ? retellingVerb(g, noun) : -1;
    for (int i = earlier.size() - 1; i >= 0; i--) {
      CodedEvent ref = earlier.get(i);
      if (!ref.event().equals(e.event()) || ref.modality() == Modality.NEGATED
          || ref.modality() == Modality.HYPOTHETICAL || newcomer(e.recipients(), ref)) {
        continue;
      }
      boolean doersKnown = !newcomer(doers, ref);
      if (verb >= 0 && (doersKnown || ref.actors().isEmpty())) {
        if (ref.actors().isEmpty() && !e.actors().isEmpty()) {
          earlier.set(i, ref.withParticipants(e.actors(), ref.recipients())
              .withEvidence(ref.evidence().withRuleSuffix("+doer-from-retelling")));
        }
        return true; // "the army carried out the strike"
      }
      if (doersKnown && (sequel || definite && sharedTarget(e, ref) || sameVictim(e, ref))) {
        return true;
      }
    }
    return false;
  }

  /** "after the shelling", "following the strikes", "follows rocket attacks", "in retaliation for the bombing". */
  private boolean sequel(SentenceGraph g, int h) {
    for (Dependency d : g.heads(h)) {
      if (d.governor() < 0) {
        continue;
      }
      String rel = d.relation();
      int colon = rel.indexOf(':');
      String mark = colon < 0 ? "" : rel.substring(colon + 1);
      boolean attached = rel.startsWith("obl:") || rel.startsWith("nmod:") || rel.startsWith("advcl:");
      if (attached && sequelMarks.contains(mark)) {
        return true; // "after the shelling", "after killing X" (advcl:after)
      }
      if (rel.equals("obj") && sequelMarks.contains(g.lemma(d.governor()))) {
        return true; // "the raid follows rocket attacks", "following Turkish airstrikes" read as a verb
      }
      if (attached && sequelNouns.contains(g.lemma(d.governor()))) {
        return true; // "in retaliation for the bombing", "in the wake of the protests"
      }
    }
    for (int mk : g.childrenBy(h, "mark")) {
      if (sequelMarks.contains(g.lower(mk))) {
        return true; // "after killing X" parsed with "after" as the gerund's mark
      }
    }
    return false;
  }

  /**
   * The doers a noun names in its own phrase ("Turkish airstrikes", "attacks by the militia"); a
   * doer found for it in the clause it hangs from ("Armenian forces fired rockets after the
   * shelling") is that clause's. A verb's doers are its own.
   */
  private static List<ActorRef> ownDoers(SentenceGraph g, int noun, List<ActorRef> actors) {
    if (!g.token(noun).isNoun()) {
      return actors;
    }
    int[] span = {g.token(noun).start(), g.token(noun).end()};
    subtree(g, noun, span, 0);
    return actors.stream().filter(a -> a.start() >= span[0] && a.end() <= span[1]).toList();
  }

  private static void subtree(SentenceGraph g, int t, int[] span, int depth) {
    if (depth > 12) {
      return;
    }
    for (Dependency d : g.children(t)) {
      if (d.relation().equals("acl:relcl") || d.relation().startsWith("conj")) {
        continue; // "the attacks that X ordered": the relative clause's subject is not the noun's
      }
      span[0] = Math.min(span[0], g.token(d.dependent()).start());
      span[1] = Math.max(span[1], g.token(d.dependent()).end());
      subtree(g, d.dependent(), span, depth + 1);
    }
  }

  private static boolean definite(SentenceGraph g, int noun) {
    for (Dependency d : g.children(noun)) {
      if (d.relation().equals("det") && DEFINITE.contains(g.lower(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** The object inside a multi-word trigger headed by its verb ("carried out the strike"), else the head. */
  private static int takenNoun(SentenceGraph g, TriggerMatcher.Match m, int h) {
    if (m.tokens().length > 1 && g.token(h).isVerb()) {
      for (int o : g.childrenBy(h, "obj")) {
        if (m.covers(o)) {
          return o;
        }
      }
    }
    return h;
  }

  /** The retelling verb ("carried out", "committed") whose object the noun is, or -1. */
  private int retellingVerb(SentenceGraph g, int noun) {
    for (Dependency d : g.heads(noun)) {
      int v = d.governor();
      if (v < 0 || !(d.relation().equals("obj") || d.relation().equals("nsubj:pass"))) {
        continue;
      }
      String lemma = g.lemma(v);
      if (retelling.contains(lemma)) {
        return v;
      }
      for (int p : g.childrenBy(v, "compound:prt")) {
        if (retelling.contains(lemma + " " + g.lemma(p))) {
          return v;
        }
      }
    }
    return -1;
  }

  /** "another attack", "new protests", "the second strike". */
  private boolean renewed(SentenceGraph g, int h) {
    for (Dependency d : g.children(h)) {
      String rel = d.relation();
      if ((rel.equals("amod") || rel.equals("det") || rel.equals("advmod")) && renewal.contains(g.lower(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a target of {@code e} of known country is of a country {@code ref}'s targets are of. */
  private static boolean sharedTarget(CodedEvent e, CodedEvent ref) {
    return e.recipients().stream().anyMatch(a -> a.country() != null
        && ref.recipients().stream().anyMatch(r -> a.country().equals(r.country())));
  }

  /** An attack on a named person an earlier attack was on. */
  private static boolean sameVictim(CodedEvent e, CodedEvent ref) {
    return e.event().equals("ASSAULT") && e.recipients().stream().anyMatch(a -> person(a)
        && ref.recipients().stream().anyMatch(r -> person(r) && Objects.equals(a.name(), r.name())
            && Objects.equals(a.country(), r.country())));
  }

  private static boolean person(ActorRef a) {
    return a.name() != null && a.rule() != null && a.rule().contains("person");
  }

  /** Whether one of {@code side}, of known country, is of a country none of {@code ref}'s participants is of. */
  private static boolean newcomer(List<ActorRef> side, CodedEvent ref) {
    return side.stream().anyMatch(a -> a.country() != null
        && ref.actors().stream().noneMatch(r -> a.country().equals(r.country()))
        && ref.recipients().stream().noneMatch(r -> a.country().equals(r.country())));
  }
}
