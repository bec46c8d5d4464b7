package org.annals.nlp.places;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
   * Words that stand for the trigger's clause when no place hangs from the trigger itself, each
   * with how: {@code host-verb} — the verb that holds a trigger noun as its object, oblique or
   * passive subject ("met in Ankara for talks", "talks were held in Ankara"), when it is one of
   * {@code hostVerbs}; {@code coordinated} — the verb a trigger verb is coordinated with, when
   * they share their subject ("met in Ankara and agreed to ...": the place of the first
   * predicate is the scene of the second); {@code complement} — a host verb completing a
   * trigger verb ("agreed to meet in Ankara", "prepared to hold talks in Ankara").
   */
  static Map<Integer, String> extensions(SentenceGraph g, List<Integer> trigger,
      Set<String> hostVerbs) {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (int t : trigger) {
      for (int c : g.childrenBy(t, "xcomp")) {
        if (!trigger.contains(c) && hostVerbs.contains(g.lemma(c))) {
          out.putIfAbsent(c, "complement");
        }
      }
      for (Dependency d : g.heads(t)) {
        int v = d.governor();
        if (v < 0 || trigger.contains(v)) {
          continue;
        }
        boolean noun = g.token(t).pos().startsWith("NN");
        boolean held = SentenceGraph.matches(d.relation(), "obj")
            || SentenceGraph.matches(d.relation(), "obl") || d.relation().equals("nsubj:pass");
        if (noun && held && hostVerbs.contains(g.lemma(v))) {
          out.putIfAbsent(v, "host-verb");
        } else if (SentenceGraph.matches(d.relation(), "conj") && g.token(v).pos().startsWith("VB")
            && sharedSubject(g, v, t)) {
          out.putIfAbsent(v, "coordinated");
        }
      }
    }
    return out;
  }

  /** Whether {@code t} has no subject of its own: each of its subjects is also {@code v}'s. */
  private static boolean sharedSubject(SentenceGraph g, int v, int t) {
    List<Integer> own = g.childrenBy(t, "nsubj");
    return g.childrenBy(v, "nsubj").containsAll(own);
  }

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
