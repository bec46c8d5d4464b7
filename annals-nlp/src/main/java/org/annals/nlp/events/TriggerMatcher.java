package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.annals.model.Token;
import org.annals.nlp.events.LexiconEntry.Element;
import org.annals.nlp.events.LexiconEntry.Pos;
import org.annals.nlp.text.SentenceGraph;

/**
 * Finds lexicon triggers in a sentence. Each token is looked up by lemma and lower-cased word in
 * the lexicon's first-element index; candidate patterns are extended left to right (gaps of at
 * most {@link Lexicon#MAX_GAP} tokens, never across sentence-internal stops; beyond the gap, only a
 * direct object or complement of the previous element: "granted the former mayor of the city a
 * full pardon"), and a last element may be the previous one's passive subject ("the ban was
 * lifted"). Overlapping
 * candidates are resolved by preferring more pattern elements, then the earlier start, then the
 * longer span ("called for a ceasefire" over "called for"); matched tokens are consumed, gap tokens are not.
 * A one-word verb pattern does not match the verb of a phrasal verb with up/in/away ("gave up its
 * bid"), and no pattern matches a word inside a time expression ("in March"). A
 * {@link LexiconEntry#NOT_AN_EVENT} phrase that wins its tokens ("gave no sign") is returned so
 * that it keeps them from the dictionary's verbs; the event coder drops it.
 *
 * <p>Stateless; thread-safe.
 */
final class TriggerMatcher {

  /** A matched trigger: the entry, the matched token indexes (ascending) and the head token. */
  record Match(LexiconEntry entry, int[] tokens, int head) {
    int first() {
      return tokens[0];
    }

    int last() {
      return tokens[tokens.length - 1];
    }

    /**
     * The same words coded by a built-in rule instead ("protesters clashed with police" is a riot):
     * {@code rule}'s coding, its id followed by this entry's ({@code rule.clash-riot>assault.clash}).
     */
    Match as(LexiconEntry rule) {
      LexiconEntry coded = new LexiconEntry(rule.id() + ">" + entry.id(), rule.pattern(), rule.event(),
          rule.mode(), rule.context(), rule.cameo(), rule.flags(), rule.source());
      return new Match(coded, tokens, head);
    }

    /** Whether token {@code t} is one of the trigger's words. */
    boolean covers(int t) {
      for (int x : tokens) {
        if (x == t) {
          return true;
        }
      }
      return false;
    }
  }

  private static final Comparator<Match> PREFERENCE = Comparator
      .comparingInt((Match m) -> -m.entry().pattern().size())
      .thenComparingInt(Match::first)
      .thenComparingInt(m -> m.first() - m.last());

  private static final java.util.Set<String> PARTICLES = java.util.Set.of("up", "in", "away");
  private static final java.util.Set<String> TIME_NER = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

  private final Lexicon lexicon;

  TriggerMatcher(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Match> find(SentenceGraph g) {
    List<Match> candidates = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      Map<LexiconEntry, Boolean> tried = new IdentityHashMap<>();
      collect(g, i, lexicon.startingWith(g.lemma(i)), tried, candidates);
      collect(g, i, lexicon.startingWith(g.lower(i)), tried, candidates);
    }
    candidates.sort(PREFERENCE);
    boolean[] used = new boolean[g.size()];
    List<Match> accepted = new ArrayList<>();
    for (Match m : candidates) {
      if (free(used, m.tokens())) {
        for (int t : m.tokens()) {
          used[t] = true;
        }
        accepted.add(m);
      }
    }
    accepted.sort(Comparator.comparingInt(Match::first));
    return accepted;
  }

  private static boolean free(boolean[] used, int[] tokens) {
    for (int t : tokens) {
      if (used[t]) {
        return false;
      }
    }
    return true;
  }

  private void collect(SentenceGraph g, int i, List<LexiconEntry> entries,
      Map<LexiconEntry, Boolean> tried, List<Match> out) {
    for (LexiconEntry e : entries) {
      if (tried.put(e, Boolean.TRUE) != null) {
        continue;
      }
      int[] tokens = match(g, i, e.pattern());
      if (tokens != null && !(tokens.length == 1 && phrasal(g, tokens[0]))) {
        out.add(new Match(e, tokens, head(g, tokens)));
      }
    }
  }

  private static int[] match(SentenceGraph g, int start, List<Element> pattern) {
    if (!accepts(g, start, pattern.get(0))) {
      return null;
    }
    int[] tokens = new int[pattern.size()];
    tokens[0] = start;
    int prev = start;
    for (int k = 1; k < pattern.size(); k++) {
      Element el = pattern.get(k);
      int limit = el.gapBefore() ? Math.min(g.size() - 1, prev + 1 + Lexicon.MAX_GAP) : prev + 1;
      int found = -1;
      for (int j = prev + 1; j <= limit && j < g.size(); j++) {
        if (accepts(g, j, el)) {
          found = j;
          break;
        }
        if (isStop(g.token(j))) {
          break;
        }
      }
      if (found < 0 && el.gapBefore()) {
        found = argument(g, prev, el);
      }
      if (found < 0 && el.gapBefore() && k == pattern.size() - 1) {
        found = passiveSubject(g, prev, el);
      }
      if (found < 0) {
        return null;
      }
      tokens[k] = found;
      prev = found;
    }
    java.util.Arrays.sort(tokens); // a passive subject comes before its verb
    return tokens;
  }

  /**
   * The last element may be the passive subject of the previous one, which is then its object
   * turned around: "the ban was lifted" matches "lift ... ban", "talks were held" "hold ... talk".
   * Returns -1 if none.
   */
  private static int passiveSubject(SentenceGraph g, int prev, Element el) {
    for (int t : g.childrenBy(prev, "nsubj:pass")) {
      if (t < prev && accepts(g, t, el)) {
        return t;
      }
    }
    return -1;
  }

  private static final java.util.Set<String> ARGUMENTS = java.util.Set.of("obj", "iobj", "xcomp");
  /** Obliques that complete a verb ("withdrew X from the treaty"), not those of place, time or manner ("in support"). */
  private static final java.util.Set<String> OBLIQUES = java.util.Set.of(
      "obl:from", "obl:with", "obl:to", "obl:against", "obl:on", "obl:into", "obl:over", "obl:of",
      "obl:as");

  /**
   * Beyond the gap, the next element may still be a direct argument or a prepositional oblique of
   * the previous one, later in the sentence: "granted the former mayor of the city a full pardon",
   * "withdrew the United States from the landmark nuclear accord". Returns -1 if none.
   */
  private static int argument(SentenceGraph g, int prev, Element el) {
    for (org.annals.model.Dependency d : g.children(prev)) {
      int t = d.dependent();
      String rel = d.relation();
      if (t > prev && (ARGUMENTS.contains(rel) || OBLIQUES.contains(rel)) && accepts(g, t, el)) {
        return t;
      }
    }
    return -1;
  }

  private static boolean accepts(SentenceGraph g, int i, Element el) {
    if (!el.forms().contains(g.lemma(i)) && !el.forms().contains(g.lower(i))) {
      return false;
    }
    Token t = g.token(i);
    if (TIME_NER.contains(t.ner())) {
      return false; // "in March", "a May deadline": a time expression is never a trigger word
    }
    return switch (el.pos()) {
      case ANY -> true;
      case VERB -> t.isVerb();
      case NOUN -> t.isNoun();
    };
  }

  /** A verb with a particle that changes its meaning: "give up a bid" is no giving. */
  private static boolean phrasal(SentenceGraph g, int verb) {
    for (int p : g.childrenBy(verb, "compound:prt")) {
      if (PARTICLES.contains(g.lower(p))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isStop(Token t) {
    return t.pos().equals(".") || t.pos().equals(":") || t.word().equals(";");
  }

  /**
   * The syntactic root of the match (a matched token whose governor is outside the match),
   * preferring content verbs (not be/have); else the first content verb; else the last token.
   */
  private static int head(SentenceGraph g, int[] tokens) {
    int root = -1;
    for (int t : tokens) {
      org.annals.model.Dependency h = g.head(t);
      boolean outside = h == null || !contains(tokens, h.governor());
      if (outside && isContentVerb(g, t)) {
        return t;
      }
      if (outside && root < 0) {
        root = t;
      }
    }
    for (int t : tokens) {
      if (isContentVerb(g, t)) {
        return t;
      }
    }
    return root >= 0 ? root : tokens[tokens.length - 1];
  }

  private static boolean isContentVerb(SentenceGraph g, int t) {
    return g.token(t).isVerb() && !g.lemma(t).equals("be") && !g.lemma(t).equals("have");
  }

  private static boolean contains(int[] tokens, int t) {
    for (int x : tokens) {
      if (x == t) {
        return true;
      }
    }
    return false;
  }
}
