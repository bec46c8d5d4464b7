package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Recipients named inside a phrase that is not itself a participant ({@link ArgumentFinder}):
 * <ul>
 *   <li>the objects and target obliques of the trigger's complement, and the subject of a
 *       threat's condition ({@link #complement});
 *   <li>the to/for/against/from phrases of an object ({@link #objectTargets});
 *   <li>the goods or traffic a measure is "on" go to or come from its recipient ("a ban on imports
 *       from Uganda", "restrictions on flights to Venezuela");
 *   <li>what weapons or an attack are aimed at ({@code aiming-verb}: "fired missiles targeting
 *       American troops", "an offensive aimed at the rebels"), or whom the act of a relative clause
 *       harms ({@code harm-verb}: "the strike that killed a commander");
 *   <li>who is "placed under" or "put into" the state an event noun names ({@code placing-verb}:
 *       "placed the former president under house arrest");
 *   <li>a misparsed relative clause on the object of a verb ("rejected the plan the Front had
 *       sent", parsed as a clausal complement with the plan as a loose dependent): the clause's
 *       subject made the thing and is the recipient.
 * </ul>
 * Each adds recipients only, never actors. Stateless; thread-safe.
 */
final class NestedRecipients {
  private static final Set<String> AIMING = WordLists.bundled().get("aiming-verb");
  private static final Set<String> HARM = WordLists.bundled().get("harm-verb");
  private static final Set<String> PLACING = WordLists.bundled().get("placing-verb");
  /** Prepositions of the state one is placed in: "under house arrest", "into custody", "in detention". */
  private static final Set<String> STATE_PREPS = Set.of("obl:under", "obl:into", "obl:in");
  /** Where goods or traffic go to or come from. */
  private static final Set<String> ENDS = Set.of("nmod:to", "nmod:from", "nmod:into");
  private static final Set<String> RELATIVE = Set.of("that", "which", "who", "whom");
  private static final Set<String> SITES = Set.of("nmod:in", "nmod:at", "obl:in", "obl:at",
      "nmod:inside", "obl:inside");

  private NestedRecipients() {}

  private static final Set<String> OBJECT_TARGETS = Set.of("nmod:to", "nmod:for", "nmod:against",
      "nmod:from");

  private static final Set<String> CONDITIONS = Set.of("if", "unless");

  /**
   * Recipients named in the trigger's complement ("offered to hand over the suspects to Britain",
   * "threatened to break relations with Russia", "agreed to send aid to Chad and Niger": objects
   * and target obliques of the {@code xcomp}, two levels deep) and, for a threat, the subject of
   * its condition ("threatened to retaliate if the United States goes ahead").
   */
  static void complement(SentenceGraph g, Mentions m, int head, Participants p,
      int depth) {
    for (Dependency d : g.children(head)) {
      String rel = d.relation();
      int c = d.dependent();
      if (depth > 0 && (rel.equals("obj") || rel.equals("iobj"))) {
        PhraseExpansion.expand(g, m, c, p, false);
        objectTargets(g, m, c, p);
      } else if (depth > 0 && rel.startsWith("obl:")
          && ArgumentFinder.TARGET_PREPS.contains(rel.substring(rel.indexOf(':') + 1))) {
        PhraseExpansion.expand(g, m, c, p, false);
      } else if (rel.startsWith("advcl") && conditional(g, c)) {
        for (int s : g.childrenBy(c, "nsubj")) {
          PhraseExpansion.expand(g, m, s, p, false);
        }
      }
    }
    if (depth < 2 && p.recipients.isEmpty()) {
      for (int x : g.childrenBy(head, "xcomp")) {
        if (g.token(x).isVerb()) {
          complement(g, m, x, p, depth + 1);
        }
      }
    }
  }

  private static boolean conditional(SentenceGraph g, int clause) {
    for (int k : g.childrenBy(clause, "mark")) {
      if (CONDITIONS.contains(g.lemma(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "suspended shipments of weapons to Ukraine", "demanded an explanation from Russia", "dismissed
   * the claim from Berlin": the object's to/for/against/from dependents. (Not its {@code on}
   * phrase: in "condemned the strikes on Ukrainian plants" that is the strikes' target.)
   */
  static void objectTargets(SentenceGraph g, Mentions m, int obj, Participants p) {
    for (Dependency d : g.children(obj)) {
      if (OBJECT_TARGETS.contains(d.relation())) {
        PhraseExpansion.expand(g, m, d.dependent(), p, false);
      } else if (d.relation().equals("nmod:on")) {
        destination(g, m, d.dependent(), p); // "imposed curbs on flights to Cuba"
      }
    }
    IndirectRecipients.author(g, m, obj, p); // "rejected the plan submitted by the president"
  }

  /**
   * "a ban on imports from Uganda": the to/from phrase of what a measure is on ({@code thing}).
   * Returns whether any recipient was added.
   */
  static boolean destination(SentenceGraph g, Mentions m, int thing, Participants p) {
    int before = p.recipients.size();
    for (Dependency d : g.children(thing)) {
      if (ENDS.contains(d.relation()) && m.ref(d.dependent()) != null) {
        PhraseExpansion.expand(g, m, d.dependent(), p, false);
      }
    }
    return p.recipients.size() > before;
  }

  /**
   * "missiles targeting American troops", "an attack aimed at the rebels", "the strike that killed
   * a commander": the object (or "at" phrase) of an aiming or harming participle or relative clause
   * {@code verb} modifying a weapon or an event noun.
   */
  static void aimedAt(SentenceGraph g, Mentions m, int verb, Participants p) {
    String lemma = g.lemma(verb);
    if (!AIMING.contains(lemma) && !HARM.contains(lemma)) {
      return;
    }
    for (Dependency d : g.children(verb)) {
      String rel = d.relation();
      if (rel.equals("obj") || AIMING.contains(lemma) && (rel.equals("obl:at") || rel.equals("obl:against"))) {
        PhraseExpansion.expand(g, m, d.dependent(), p, false);
      }
    }
  }

  /**
   * "an attack on oil facilities in Kuwait", "shelled villages in Ukraine": the country a thing that
   * was attacked is in ({@code thing}'s "in"/"at" phrase, a country or a capital; or the attack's
   * own, the caller's fallback when the thing names none) owns it. Returns whether any recipient
   * was added.
   */
  static boolean sited(SentenceGraph g, Mentions m, int thing, Participants p) {
    int before = p.recipients.size();
    for (Dependency d : g.children(thing)) {
      int place = d.dependent();
      String entity = m.ref(place) == null ? null : m.ref(place).entity();
      if (SITES.contains(d.relation()) && (m.capital(place) || entity != null && entity.startsWith("country/"))) {
        p.recipient(m.ref(place));
      }
    }
    return p.recipients.size() > before;
  }

  /** The participles and relative clauses modifying {@code noun} ("missiles targeting"). */
  static void aimedAtFrom(SentenceGraph g, Mentions m, int noun, Participants p) {
    for (Dependency d : g.children(noun)) {
      boolean participle = d.relation().equals("amod") && g.token(d.dependent()).isVerb(); // "an offensive aimed at"
      if (d.relation().startsWith("acl") || participle) {
        aimedAt(g, m, d.dependent(), p);
      }
    }
  }

  /**
   * "placed the former president under house arrest", "was put into detention": the object of
   * the placing verb an event noun {@code noun} is the state of undergoes the event (in the
   * passive, its subject).
   */
  static void placedUnder(SentenceGraph g, Mentions m, int noun, Participants p) {
    Dependency h = g.head(noun);
    if (h == null || !STATE_PREPS.contains(h.relation()) || !PLACING.contains(g.lemma(h.governor()))) {
      return;
    }
    int verb = h.governor();
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) {
        PhraseExpansion.expand(g, m, d.dependent(), p, false);
      }
    }
  }

  /**
   * "rejected the plan the Front had sent", parsed as a clausal complement whose loose dependent
   * ({@code dep}) stands before its subject: the subject made what was rejected. Only for a trigger
   * verb {@code head} with no object of its own.
   */
  static void looseRelative(SentenceGraph g, Mentions m, int head, Participants p) {
    if (!g.token(head).isVerb() || !g.childrenBy(head, "obj").isEmpty()) {
      return;
    }
    for (int c : g.childrenBy(head, "ccomp")) {
      List<Integer> subjects = g.childrenBy(c, "nsubj");
      if (subjects.size() != 1 || !g.childrenBy(c, "mark").isEmpty()) {
        continue;
      }
      int s = subjects.get(0);
      boolean loose = g.childrenBy(c, "dep").stream()
          .anyMatch(d -> head < d && d < s && g.token(d).isNoun());
      if (loose && m.ref(s) != null && !RELATIVE.contains(g.lower(s))) {
        PhraseExpansion.expand(g, m, s, p, false);
      }
    }
  }
}
