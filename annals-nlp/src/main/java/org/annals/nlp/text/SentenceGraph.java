package org.annals.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * An index over one sentence's enhanced++ dependencies: children and heads per token as arrays,
 * built once in linear time so that argument and modality rules never scan the edge list.
 * Immutable after construction; thread-safe.
 */
public final class SentenceGraph {
  private final Sentence sentence;
  private final List<List<Dependency>> children;
  private final List<List<Dependency>> heads;
  private final String[] lemmas;

  public SentenceGraph(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    children = new ArrayList<>(n);
    heads = new ArrayList<>(n);
    lemmas = new String[n];
    List<Dependency> repairs = new ArrayList<>(1);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>(2));
      heads.add(new ArrayList<>(1));
      Token t = sentence.tokens().get(i);
      lemmas[i] = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
    for (Dependency d : repairs(sentence)) {
      if (d.dependent() < 0 || d.dependent() >= n) {
        continue;
      }
      Dependency e = repaired(sentence, d);
      heads.get(e.dependent()).add(e);
      if (e.governor() >= 0 && e.governor() < n) {
        children.get(e.governor()).add(e);
      }
      if (e != d) {
        repairs.add(e);
      }
    }
    for (Dependency x : repairs) {   // the complement's subject is its governor's, as for a parsed xcomp
      for (Dependency c : List.copyOf(children.get(x.governor()))) {
        if (c.relation().equals("nsubj") || c.relation().equals("nsubj:pass")) {
          Dependency subj = new Dependency(x.dependent(), c.dependent(), "nsubj:xsubj");
          children.get(x.dependent()).add(subj);
          heads.get(c.dependent()).add(subj);
        }
      }
    }
  }

  /**
   * The parse with its whole-sentence repairs ({@link FusedSubject}, {@link DemonymSubject},
   * {@link GerundObject}, {@link WithPartner}, {@link AskedParty}), each a frequent parser error in news.
   */
  private static List<Dependency> repairs(Sentence s) {
    return AskedParty.repaired(s, WithPartner.repaired(s,
        GerundObject.repaired(s, DemonymSubject.repaired(s, FusedSubject.repaired(s)))));
  }

  /**
   * One repair of a frequent parser error: in "Trump is expected to speak with Putin ..., officials
   * suggested" the parser makes "speak" an adverbial clause of the distant "suggested"; a bare
   * infinitive right after a verb or adjective and its "to" ("expected to speak", "plans to visit")
   * is that word's complement, so such an {@code advcl} edge becomes {@code xcomp} of it, with
   * that word's subject as its controlled subject ({@code nsubj:xsubj}), as the parser gives a
   * complement it attaches right; the modality and argument rules then see "expected". With "to"
   * tagged as a preposition ("vowed to/IN prosecute the officers", h85) the parser makes the
   * infinitive an adverbial clause of the verb right before it: that edge becomes its complement
   * too, so the promised act is the promise's complement, not an act of its own.
   */
  private static Dependency repaired(Sentence s, Dependency d) {
    int v = d.dependent();
    if (v < 2 || d.governor() < 0 || !d.relation().startsWith("advcl")) {
      return d;
    }
    Token verb = s.tokens().get(v);
    Token to = s.tokens().get(v - 1);
    Token before = s.tokens().get(v - 2);
    boolean mistagged = to.pos().equals("IN") && to.word().equalsIgnoreCase("to"); // "vowed to/IN prosecute"
    boolean infinitive = verb.pos().equals("VB") && (to.pos().equals("TO") || mistagged)
        && (before.pos().startsWith("VB") || before.pos().startsWith("JJ"));
    return infinitive && (d.governor() != v - 2 || mistagged) ? new Dependency(v - 2, v, "xcomp") : d;
  }

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return lemmas.length;
  }

  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** Lower-cased lemma of token {@code i}. */
  public String lemma(int i) {
    return lemmas[i];
  }

  /** Lower-cased word of token {@code i}. */
  public String lower(int i) {
    return token(i).word().toLowerCase(Locale.ROOT);
  }

  public List<Dependency> children(int i) {
    return children.get(i);
  }

  /** All edges that attach token {@code i} to a governor (enhanced graphs can have several). */
  public List<Dependency> heads(int i) {
    return heads.get(i);
  }

  /** The first (basic) head edge of {@code i}, or null for the root and unattached tokens. */
  public Dependency head(int i) {
    for (Dependency d : heads.get(i)) {
      if (d.governor() >= 0) {
        return d;
      }
    }
    return null;
  }

  /** Children of {@code i} whose relation equals {@code relation} or starts with {@code relation + ":"}. */
  public List<Integer> childrenBy(int i, String relation) {
    List<Integer> out = new ArrayList<>(2);
    for (Dependency d : children.get(i)) {
      if (matches(d.relation(), relation)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Whether {@code relation} is {@code base} or a subtype of it ({@code obl:with} for {@code obl}). */
  public static boolean matches(String relation, String base) {
    return relation.equals(base)
        || (relation.length() > base.length() && relation.startsWith(base)
            && relation.charAt(base.length()) == ':');
  }

  /** Whether token {@code i} has a child with one of these lemmas under relation {@code relation}. */
  public boolean hasChildLemma(int i, String relation, java.util.Set<String> lemmaSet) {
    for (Dependency d : children.get(i)) {
      if (matches(d.relation(), relation) && lemmaSet.contains(lemmas[d.dependent()])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the characters {@code [start, end)} lie within the phrase of token {@code root}: the
   * root and every dependent reached through relations {@code follow} accepts (each token once,
   * so cycles of the enhanced graph end).
   */
  public boolean phraseCovers(int root, java.util.function.Predicate<Dependency> follow, int start, int end) {
    int from = token(root).start();
    int to = token(root).end();
    java.util.Deque<Integer> todo = new java.util.ArrayDeque<>(List.of(root));
    java.util.Set<Integer> seen = new java.util.HashSet<>(todo);
    while (!todo.isEmpty()) {
      for (Dependency d : children.get(todo.pop())) {
        if (follow.test(d) && seen.add(d.dependent())) {
          todo.push(d.dependent());
          from = Math.min(from, token(d.dependent()).start());
          to = Math.max(to, token(d.dependent()).end());
        }
      }
    }
    return start >= from && end <= to;
  }
}
