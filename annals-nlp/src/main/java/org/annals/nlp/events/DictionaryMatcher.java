package org.annals.nlp.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.events.cameo.VerbDictionary;
import org.annals.nlp.text.SentenceGraph;

/**
 * Codes the verbs that no hand-written lexicon entry took, with the CAMEO verb-pattern dictionary
 * ({@link CameoVerbs}), matching its patterns over the dependency parse rather than word order:
 * a pattern's words after {@code *} must head (or modify) a dependent of the verb on its object
 * side (objects, passive subjects, obliques, particles and what hangs from them, never inside
 * another clause), a {@code (PREP NOUN)} slot a dependent introduced by that preposition, and
 * words before {@code *} its subject side. The most specific matching pattern wins (most words,
 * then the earlier line); with none, the verb's default code applies, as in PETRARCH.
 *
 * <p>A verb is skipped when it is an auxiliary, copula, adjectival participle or a preposition
 * ("according to", "following"), is what someone "must" or "should" do, lies inside a
 * time expression, or takes as object a noun that a hand-written entry already coded ("launched
 * an attack" is the noun's event). A time expression fills no slot ("called X on Sunday" is
 * not "- * (ON)"), and a bare pattern word lies within the verb's direct object when it has
 * one ("took a swipe at the minister" is not "- * MINISTER", seizing a minister). Stateless;
 * thread-safe.
 */
final class DictionaryMatcher {
  private static final Set<String> NOT_OBJECT_SIDE = Set.of("nsubj", "csubj", "punct", "cc",
      "mark", "aux", "aux:pass", "cop", "parataxis", "conj", "advcl", "ccomp", "expl",
      "discourse", "obl:agent", "nsubj:xsubj", "vocative", "dep", "acl:relcl", "ref");
  private static final Set<String> CLAUSES = Set.of("acl", "acl:relcl", "advcl", "ccomp",
      "parataxis", "punct", "ref", "csubj");
  private static final Set<String> SUBJECT_SIDE = Set.of("nsubj", "obl:agent", "aux", "advmod",
      "nsubj:xsubj");
  private static final Set<String> ADJECTIVAL = Set.of("amod", "compound", "aux", "aux:pass",
      "cop", "case", "mark", "fixed");
  private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final int MODIFIER_WINDOW = 4;

  private final CameoVerbs verbs;

  DictionaryMatcher(CameoVerbs verbs) {
    this.verbs = verbs;
  }

  /** Matches for verbs not in {@code used} (tokens taken by hand-written triggers). */
  List<TriggerMatcher.Match> find(SentenceGraph g, boolean[] used) {
    List<TriggerMatcher.Match> out = new ArrayList<>();
    boolean[] taken = used.clone();
    for (int v = 0; v < g.size(); v++) {
      if (taken[v] || !candidate(g, v)) {
        continue;
      }
      TriggerMatcher.Match m = best(g, v, taken);
      if (m == null) {
        continue;
      }
      for (int t : m.tokens()) {
        taken[t] = true;
      }
      if (!m.entry().notAnEvent()) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean candidate(SentenceGraph g, int v) {
    if (!g.token(v).isVerb() || TIME_NER.contains(g.token(v).ner())) {
      return false;
    }
    if (g.hasChildLemma(v, "aux", MUST)) {
      return false; // "Kyiv must give up its bid": the demand rule codes what must be done
    }
    Dependency h = g.head(v);
    return h == null || !ADJECTIVAL.contains(h.relation());
  }

  private static final Set<String> MUST = Set.of("must", "should", "ought");

  /** The most specific pattern (or default) of any dictionary verb this token is. */
  private TriggerMatcher.Match best(SentenceGraph g, int v, boolean[] taken) {
    List<VerbDictionary.Entry> entries = new ArrayList<>(verbs.verbs(g.lemma(v)));
    if (!g.lower(v).equals(g.lemma(v))) {
      entries.addAll(verbs.verbs(g.lower(v)));
    }
    if (entries.isEmpty() || objectTaken(g, v, taken)) {
      return null;
    }
    BitSet post = withoutEventPhrases(g, objectSide(g, v), taken, v);
    BitSet bare = bareSide(g, v, post);
    BitSet pre = subjectSide(g, v);
    TriggerMatcher.Match best = null;
    int bestScore = -1;
    int bestLine = Integer.MAX_VALUE;
    for (VerbDictionary.Entry e : entries) {
      int[] extra = multiword(g, v, e.verb());
      if (extra == null) {
        continue;
      }
      int base = 100 * extra.length;
      for (VerbDictionary.VerbPattern p : e.block().patterns()) {
        int[] objects = matchPattern(g, p, pre, post, bare, taken);
        int score = base + 1 + p.weight();
        if (objects != null && better(score, p.line(), bestScore, bestLine)) {
          best = match(verbs.pattern(p), v, extra, objects);
          bestScore = score;
          bestLine = p.line();
        }
      }
      if (better(base, e.verb().line(), bestScore, bestLine)) {
        best = match(verbs.verbDefault(e.verb()), v, extra, new int[0]);
        bestScore = base;
        bestLine = e.verb().line();
      }
    }
    return best;
  }

  private static boolean better(int score, int line, int bestScore, int bestLine) {
    return score > bestScore || (score == bestScore && line < bestLine);
  }

  private static TriggerMatcher.Match match(LexiconEntry entry, int v, int[] extra, int[] objects) {
    int[] tokens = new int[1 + extra.length + objects.length];
    tokens[0] = v;
    System.arraycopy(extra, 0, tokens, 1, extra.length);
    System.arraycopy(objects, 0, tokens, 1 + extra.length, objects.length);
    int[] sorted = Arrays.stream(tokens).distinct().sorted().toArray();
    return new TriggerMatcher.Match(entry, sorted, v);
  }

  /** "launched an attack" where "attack" is already a hand-written trigger: the noun's event. */
  private static boolean objectTaken(SentenceGraph g, int v, boolean[] taken) {
    for (int o : g.childrenBy(v, "obj")) {
      if (taken[o]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The other words of a multi-word verb ({@code CALL_OFF}: a particle or the next tokens after
   * it; {@code WIRE_+TAP}: the tokens right before it); null when they are not there.
   */
  private static int[] multiword(SentenceGraph g, int v, VerbDictionary.Verb verb) {
    int[] out = new int[verb.before().size() + verb.after().size()];
    int k = 0;
    for (int i = 0; i < verb.before().size(); i++) {
      int t = v - verb.before().size() + i;
      if (t < 0 || !is(g, t, verb.before().get(i))) {
        return null;
      }
      out[k++] = t;
    }
    int from = v;
    for (String w : verb.after()) {
      int found = -1;
      for (Dependency d : g.children(v)) {
        if (d.dependent() > from && is(g, d.dependent(), w)
            && (d.relation().equals("compound:prt") || d.dependent() <= from + 3)) {
          found = d.dependent();
          break;
        }
      }
      if (found < 0 && from + 1 < g.size() && is(g, from + 1, w)) {
        found = from + 1;
      }
      if (found < 0) {
        return null;
      }
      out[k++] = found;
      from = found;
    }
    return out;
  }

  private static boolean is(SentenceGraph g, int t, String word) {
    return g.lemma(t).equals(word) || g.lower(t).equals(word);
  }

  /** The tokens of the pattern's object words when every slot matches, else null. */
  private static int[] matchPattern(SentenceGraph g, VerbDictionary.VerbPattern p, BitSet pre,
      BitSet post, BitSet bare, boolean[] taken) {
    for (VerbDictionary.Slot s : p.pre()) {
      if (slot(g, s, pre) < 0) {
        return null;
      }
    }
    int[] objects = new int[p.post().size()];
    int k = 0;
    for (VerbDictionary.Slot s : p.post()) {
      int t = slot(g, s, s.prep() == null ? bare : post);
      if (t < 0) {
        return null;
      }
      if (s.prep() == null) {
        objects[k++] = t;
      }
    }
    int[] out = Arrays.copyOf(objects, k);
    for (int t : out) {
      if (taken[t]) {
        return null;
      }
    }
    return out;
  }

  /** The token that fills a slot within {@code region}, or -1. */
  private static int slot(SentenceGraph g, VerbDictionary.Slot s, BitSet region) {
    for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
      if (s.prep() != null && !introducedBy(g, t, s.prep())) {
        continue;
      }
      if (TIME_NER.contains(g.token(t).ner())) {
        continue; // "called X on Sunday" does not fill "- * (ON)", an appeal
      }
      if (s.phrases().isEmpty()) {
        return t;
      }
      for (VerbDictionary.Phrase ph : s.phrases()) {
        if (phraseAt(g, ph, t)) {
          return t;
        }
      }
    }
    return -1;
  }

  private static boolean introducedBy(SentenceGraph g, int t, VerbDictionary.Prep p) {
    for (String prep : p.alternatives()) {
      if (introducedBy(g, t, prep)) {
        return true;
      }
    }
    return false;
  }

  private static boolean introducedBy(SentenceGraph g, int t, String prep) {
    String first = prep.split(" ")[0];
    for (int c : g.childrenBy(t, "case")) {
      if (g.lower(c).equals(first)) {
        return true;
      }
    }
    for (Dependency h : g.heads(t)) {
      String r = h.relation();
      if ((r.startsWith("obl:") || r.startsWith("nmod:")) && r.substring(r.indexOf(':') + 1)
          .equals(prep.replace(' ', '_'))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the phrase's head is token {@code t} and its other words stand just before it. */
  private static boolean phraseAt(SentenceGraph g, VerbDictionary.Phrase ph, int t) {
    if (!is(g, t, ph.head()) || !nominal(g, t)) {
      return false;
    }
    int from = t;
    List<String> words = ph.words();
    for (int i = words.size() - 2; i >= 0; i--) {
      int found = -1;
      for (int j = from - 1; j >= Math.max(0, t - MODIFIER_WINDOW - words.size()); j--) {
        if (is(g, j, words.get(i))) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        return false;
      }
      from = found;
    }
    return true;
  }

  /**
   * Whether a token can fill a noun slot: not a verb, preposition, determiner or conjunction
   * ("according" in "according to CNN" is no accord), except a particle ("set off").
   */
  private static boolean nominal(SentenceGraph g, int t) {
    Dependency h = g.head(t);
    if (h != null && h.relation().equals("compound:prt")) {
      return true;
    }
    if (h != null && (h.relation().equals("case") || h.relation().equals("mark")
        || h.relation().equals("fixed"))) {
      return false;
    }
    String pos = g.token(t).pos();
    return !(pos.startsWith("VB") || pos.equals("IN") || pos.equals("TO") || pos.equals("DT")
        || pos.equals("CC") || pos.equals("WDT"));
  }

  /** Objects, passive subjects, obliques, particles and their phrases, not other clauses. */
  private static BitSet objectSide(SentenceGraph g, int v) {
    BitSet out = new BitSet(g.size());
    Deque<Integer> todo = new ArrayDeque<>();
    for (Dependency d : g.children(v)) {
      String r = d.relation();
      boolean clausal = (r.equals("xcomp") || r.startsWith("obl") || r.equals("obj"))
          && g.token(d.dependent()).isVerb();
      if (!excluded(r, NOT_OBJECT_SIDE) && !clausal && d.dependent() != v) {
        todo.add(d.dependent());
      }
    }
    spread(g, todo, out, v);
    return out;
  }

  /**
   * The object side less the phrases of event nouns another trigger already holds: in "took
   * responsibility for the attack on the police station" the station is the attack's, not a
   * "- * STATION" seized by whoever took responsibility.
   */
  private static BitSet withoutEventPhrases(SentenceGraph g, BitSet side, boolean[] taken, int v) {
    Deque<Integer> todo = new ArrayDeque<>();
    for (int t = side.nextSetBit(0); t >= 0; t = side.nextSetBit(t + 1)) {
      if (taken[t]) {
        g.children(t).forEach(d -> todo.add(d.dependent()));
      }
    }
    BitSet inside = new BitSet(g.size());
    spread(g, todo, inside, v);
    side.andNot(inside);
    return side;
  }

  /**
   * Where a bare pattern word (no preposition) may be: within the verb's direct object when it
   * has one ("delayed $400 million in aid"; "took a swipe at the minister" is no "- * MINISTER",
   * seizing a minister), else anywhere on the object side ("entered into an agreement").
   */
  private static BitSet bareSide(SentenceGraph g, int v, BitSet post) {
    List<Integer> objects = g.childrenBy(v, "obj");
    if (objects.isEmpty()) {
      return post;
    }
    BitSet out = new BitSet(g.size());
    spread(g, new ArrayDeque<>(objects), out, v);
    out.and(post);
    return out;
  }

  private static BitSet subjectSide(SentenceGraph g, int v) {
    BitSet out = new BitSet(g.size());
    Deque<Integer> todo = new ArrayDeque<>();
    for (Dependency d : g.children(v)) {
      if (SUBJECT_SIDE.contains(d.relation()) && d.dependent() != v
          && (!d.relation().equals("advmod") || d.dependent() < v)) {
        todo.add(d.dependent());
      }
    }
    spread(g, todo, out, v);
    return out;
  }

  private static void spread(SentenceGraph g, Deque<Integer> todo, BitSet out, int v) {
    while (!todo.isEmpty()) {
      int t = todo.poll();
      if (t == v || out.get(t)) {
        continue;
      }
      out.set(t);
      for (Dependency d : g.children(t)) {
        if (!CLAUSES.contains(d.relation()) && !d.relation().startsWith("advcl")) {
          todo.add(d.dependent());
        }
      }
    }
  }

  private static boolean excluded(String relation, Set<String> set) {
    if (set.contains(relation)) {
      return true;
    }
    int colon = relation.indexOf(':');
    return colon > 0 && set.contains(relation.substring(0, colon))
        && !relation.equals("nsubj:pass");
  }
}
