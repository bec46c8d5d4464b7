package org.annals.nlp.places;

import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;

/**
 * Whether a place name belongs to an event's own clause: its head hangs, through at most three
 * nominal or oblique links and no clause boundary, from a trigger word, and one of those links
 * (or the place's own case marker) is "in", "at", "near", "outside" or "from". Pure.
 */
final class Clause {
  static final Set<String> PREPOSITIONS = Set.of("in", "at", "near", "outside", "from");
  private static final Set<String> BOUNDARIES = Set.of("ccomp", "advcl", "acl", "parataxis",
      "conj", "csubj", "xcomp", "root", "list", "dep");
  private static final int MAX_HOPS = 3;
  private static final int MAX_GAP = 5;

  private Clause() {}

  /**
   * The object of an attack verb is where the attack happened ("drones attacked Odesa",
   * "troops shelled Kharkiv"): {@code object} when {@code head} is the direct object of a
   * trigger word.
   */
  static String object(SentenceGraph g, int head, List<Integer> trigger) {
    Dependency d = g.head(head);
    return d != null && trigger.contains(d.governor()) && SentenceGraph.matches(d.relation(),
        "obj") ? "object" : null;
  }

  /**
   * The surface fallback for a parse that hangs the place elsewhere ("struck targets near Tyre,
   * the army said", parsed with "near Tyre" under "said"): the place right after one of our
   * prepositions (and an article), which follows the trigger with only a few words between them
   * and no verb or comma. Returns the preposition, or null.
   */
  static String surface(SentenceGraph g, int first, List<Integer> trigger) {
    int prep = first - 1;
    if (prep > 0 && g.lemma(prep).equals("the")) {
      prep--;
    }
    int last = trigger.get(trigger.size() - 1);
    if (prep <= last || prep - last > MAX_GAP || !PREPOSITIONS.contains(g.lemma(prep))) {
      return null;
    }
    for (int i = last + 1; i < prep; i++) {
      String pos = g.token(i).pos();
      if (pos.startsWith("VB") || pos.equals(",") || pos.equals(":") || pos.equals("IN")) {
        return null;
      }
    }
    return g.lemma(prep);
  }

  /** The preposition that places {@code head} in the clause of {@code trigger}, or null. */
  static String preposition(SentenceGraph g, int head, List<Integer> trigger) {
    String prep = caseMarker(g, head);
    int at = head;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Dependency d = g.head(at);
      if (d == null || d.governor() < 0 || boundary(d.relation())) {
        return null;
      }
      String marked = marker(d.relation());
      if (prep == null && marked != null) {
        prep = marked;
      }
      if (trigger.contains(d.governor())) {
        return prep;
      }
      at = d.governor();
    }
    return null;
  }

  private static boolean boundary(String relation) {
    String base = relation.contains(":") ? relation.substring(0, relation.indexOf(':'))
        : relation;
    return BOUNDARIES.contains(base);
  }

  /** The preposition of an enhanced relation such as {@code obl:in}, when it is one of ours. */
  private static String marker(String relation) {
    int colon = relation.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String p = relation.substring(colon + 1);
    return PREPOSITIONS.contains(p) ? p : null;
  }

  private static String caseMarker(SentenceGraph g, int head) {
    for (int c : g.childrenBy(head, "case")) {
      String lemma = g.lemma(c);
      if (PREPOSITIONS.contains(lemma)) {
        return lemma;
      }
    }
    return null;
  }
}
