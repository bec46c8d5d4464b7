package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.model.Ontology;
import org.annals.nlp.events.LexiconEntry.Element;
import org.annals.nlp.events.LexiconEntry.Pos;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * A judgement passed by naming something: "called the raid an act of terror", "labelled the vote
 * a sham", "described the deal as historic", "referred to the vote as a hoax". A naming verb
 * ({@code naming-verb}) with an object (or a "to" phrase) and a complement (a second noun phrase, an adjective, or "as ...") is no phone call and no
 * appeal: it is ACCUSE/disapprove (CAMEO 111) when the complement holds a word of the
 * {@code negative-judgement} list, SUPPORT (CAMEO 051, praise) when it holds one of
 * {@code positive-judgement}, and nothing otherwise (a neutral match that keeps the verb from the
 * dictionary: "calling it just another apology" is no phone call). The object's actor, or its possessor's
 * ("May's deal"), is the recipient. Produces synthetic trigger matches (verb + complement head).
 *
 * <p>Immutable after construction; thread-safe.
 */
final class NamingRule {
  private static final int DEPTH = 3;
  private final Set<String> verbs;
  private final Set<String> negative;
  private final Set<String> positive;
  private final Set<String> undone;
  private final LexiconEntry disapprove;
  private final LexiconEntry praise;
  private final LexiconEntry neutral;

  NamingRule(Ontology ontology, WordLists lists) {
    this.verbs = lists.get("naming-verb");
    this.negative = lists.get("negative-judgement");
    this.positive = lists.get("positive-judgement");
    this.undone = VerdictRule.thingsNobodyDid(lists); // h120: "called the drought a disaster" judges nobody
    this.disapprove = entry("rule.naming-disapprove", "111", ontology);
    this.praise = entry("rule.naming-praise", "051", ontology);
    this.neutral = new LexiconEntry("rule.naming-neutral", List.of(new Element(verbs, Pos.VERB, false)),
        LexiconEntry.NOT_AN_EVENT, null, List.of(), "-", EnumSet.noneOf(LexiconEntry.Flag.class),
        "built-in rule (word lists " + WordLists.BUNDLED + ")");
  }

  private LexiconEntry entry(String id, String cameo, Ontology ontology) {
    return LexiconEntry.builtIn(id, new Element(verbs, Pos.VERB, false), cameo, ontology,
        Set.of(LexiconEntry.Flag.COMPLEMENT_TARGET));
  }

  /** Naming verbs (not already triggers) with an object and a judging complement. */
  List<TriggerMatcher.Match> find(SentenceGraph g, boolean[] triggerTokens) {
    List<TriggerMatcher.Match> out = new ArrayList<>();
    for (int v = 0; v < g.size(); v++) {
      if (triggerTokens[v] || !g.token(v).isVerb() || !verbs.contains(g.lemma(v))) {
        continue;
      }
      int complement = complement(g, v);
      if (complement < 0) {
        continue;
      }
      LexiconEntry entry = natural(g, v) ? neutral : judged(g, complement, negative) ? disapprove
          : judged(g, complement, positive) ? praise : neutral;
      out.add(new TriggerMatcher.Match(entry,
          new int[] {Math.min(v, complement), Math.max(v, complement)}, v));
    }
    return out;
  }

  /** Whether the named thing is weather, a disaster or an epidemic (word lists {@code disaster}, {@code impersonal-subject}). */
  private boolean natural(SentenceGraph g, int verb) {
    for (var d : g.children(verb)) {
      String rel = d.relation();
      boolean named = rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("iobj");
      if (named && undone.contains(g.lemma(d.dependent()))) {
        return true;
      }
      if (rel.equals("xcomp") && g.childrenBy(d.dependent(), "nsubj").stream() // a small clause's subject
          .anyMatch(n -> undone.contains(g.lemma(n)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head of the naming complement: a non-verbal xcomp ("called [the raid] an act of terror",
   * parsed as a small clause), a second object, a predicate hung off the object, or "as ..."
   * after an object; -1 if none.
   */
  private int complement(SentenceGraph g, int verb) {
    for (int x : g.childrenBy(verb, "xcomp")) {
      if (!g.token(x).isVerb()) { // "called on Iran to stop" is an appeal
        return x;
      }
    }
    List<Integer> objects = g.childrenBy(verb, "obj").stream() // "named [X] and [Y] as ...": one object
        .filter(o -> g.heads(o).stream().noneMatch(d -> d.relation().startsWith("conj"))).toList();
    if (objects.size() >= 2) {
      return objects.get(1);
    }
    List<Integer> indirect = g.childrenBy(verb, "iobj"); // "termed [her] a traitor": the named one
    if (objects.size() == 1 && !indirect.isEmpty()) {
      return objects.get(0);
    }
    List<Integer> things = objects.isEmpty() ? indirect : objects;
    if (things.size() == 1) {
      int predicate = predicative(g, things.get(0));
      if (predicate >= 0) {
        return predicate;
      }
    }
    boolean named = !things.isEmpty() || !g.childrenBy(verb, "nsubj:pass").isEmpty()
        || !g.childrenBy(verb, "obl:to").isEmpty(); // "referred to the vote as a hoax"
    for (var d : g.children(verb)) {
      if (named && (d.relation().equals("obl:as") || d.relation().equals("advcl:as"))) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * A second noun phrase the parser hung off the object ("called [the decision] an insult", a
   * {@code dep}; "Calling the vote a farce, ..." an {@code obl:npmod}), or adjectives after it
   * ("called the deal fair and historic"); -1 if none.
   */
  private int predicative(SentenceGraph g, int object) {
    for (var e : g.children(object)) { // "the vote [a farce]": dep, or obl:npmod after a participle
      int d = e.dependent();
      boolean second = e.relation().equals("dep") || e.relation().equals("obl:npmod");
      if (second && d > object && g.token(d).isNoun() && !g.token(d).pos().startsWith("NNP")) { // a name is apposition
        return d;
      }
    }
    return postposed(g, object, 0);
  }

  /**
   * An adjective after the noun it is hung from: English puts adjectives before their noun, so one
   * after the object is the naming complement, and a judging one after a noun of the object's
   * of/by phrases is too, misattached ("considered the visit of the delegation inappropriate");
   * -1 if none.
   */
  private int postposed(SentenceGraph g, int noun, int depth) {
    for (var d : g.children(noun)) {
      int c = d.dependent();
      boolean judging = negative.contains(g.lemma(c)) || positive.contains(g.lemma(c));
      if (d.relation().equals("amod") && c > noun && (depth == 0 || judging)) {
        return c;
      }
      if (depth < 2 && c > noun && d.relation().startsWith("nmod")) {
        int inner = postposed(g, c, depth + 1);
        if (inner >= 0) {
          return inner;
        }
      }
    }
    return -1;
  }

  /**
   * What something is called is no party to the judgement: a recipient named inside the naming
   * complement ("characterized the raid as a violation of [Iraqi] sovereignty", "named the militia
   * as a [terrorist group]") is dropped; the judged is the object's actor, or nobody.
   */
  static void dropComplementRecipients(SentenceGraph g, TriggerMatcher.Match m, Participants p) {
    if (!m.entry().id().startsWith("rule.naming-")) {
      return;
    }
    int complement = m.first() == m.head() ? m.last() : m.first();
    int[] span = {g.token(complement).start(), g.token(complement).end()};
    subtreeSpan(g, complement, span, 0);
    p.recipients.removeIf(r -> r.start() >= span[0] && r.end() <= span[1]);
  }

  private static void subtreeSpan(SentenceGraph g, int t, int[] span, int depth) {
    for (Dependency d : depth > 6 ? List.<Dependency>of() : g.children(t)) {
      if (d.relation().startsWith("nsubj")) {
        continue; // a small clause's subject is the named thing: "called [the raid] a crime"
      }
      span[0] = Math.min(span[0], g.token(d.dependent()).start());
      span[1] = Math.max(span[1], g.token(d.dependent()).end());
      subtreeSpan(g, d.dependent(), span, depth + 1);
    }
  }

  private static boolean judged(SentenceGraph g, int head, Set<String> words) {
    return within(g, head, words, 0);
  }

  private static boolean within(SentenceGraph g, int t, Set<String> words, int depth) {
    if (words.contains(g.lemma(t)) || words.contains(g.lower(t))) {
      return true;
    }
    if (depth == DEPTH) {
      return false;
    }
    for (var d : g.children(t)) {
      String rel = d.relation();
      boolean clause = rel.startsWith("acl") || rel.startsWith("advcl") || rel.startsWith("ccomp");
      if (!clause && d.dependent() != t && within(g, d.dependent(), words, depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
