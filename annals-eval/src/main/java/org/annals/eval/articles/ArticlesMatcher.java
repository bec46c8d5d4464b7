package org.annals.eval.articles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.annals.model.CodedEvent;
import org.annals.model.Span;

/**
 * Pairs the produced events of one article with its gold events, one-to-one. A produced event can
 * stand for a gold event when its evidence sentence overlaps the gold sentence (or its trigger
 * lies in it). Among such pairs, those of the same type are taken first, then the pair whose
 * trigger lies nearest the gold trigger words, then the earliest in the text (greedy over the
 * pairs in that order). Pairs of different types stay possible, so a type confusion is a matched
 * event with a wrong type rather than a miss and a spurious event. Stateless and thread-safe.
 */
public final class ArticlesMatcher {
  private ArticlesMatcher() {}

  /** A gold event and the produced event paired with it. */
  public record Pair(ArticlesGold.Event gold, CodedEvent produced) {}

  /** The pairing of one article: matched pairs, gold events left over, produced events left over. */
  public record Matching(List<Pair> pairs, List<ArticlesGold.Event> unmatchedGold,
      List<CodedEvent> unmatchedProduced) {
    public Matching {
      pairs = List.copyOf(pairs);
      unmatchedGold = List.copyOf(unmatchedGold);
      unmatchedProduced = List.copyOf(unmatchedProduced);
    }
  }

  private record Candidate(int gold, int produced, boolean sameType, int distance) {}

  /** Pairs {@code produced} with {@code gold}; {@code text} is the article text (to find gold triggers). */
  public static Matching match(String text, List<ArticlesGold.Event> gold, List<CodedEvent> produced) {
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      int anchor = triggerAt(text, gold.get(g));
      for (int p = 0; p < produced.size(); p++) {
        CodedEvent e = produced.get(p);
        if (overlaps(e, gold.get(g).span())) {
          candidates.add(new Candidate(g, p, gold.get(g).type().equals(e.event()),
              Math.abs(triggerStart(e) - anchor)));
        }
      }
    }
    candidates.sort(Comparator.comparing((Candidate c) -> !c.sameType())
        .thenComparingInt(Candidate::distance).thenComparingInt(Candidate::gold)
        .thenComparingInt(Candidate::produced));
    boolean[] goldTaken = new boolean[gold.size()];
    boolean[] producedTaken = new boolean[produced.size()];
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!goldTaken[c.gold()] && !producedTaken[c.produced()]) {
        goldTaken[c.gold()] = true;
        producedTaken[c.produced()] = true;
        pairs.add(new Pair(gold.get(c.gold()), produced.get(c.produced())));
      }
    }
    pairs.sort(Comparator.comparingInt(p -> gold.indexOf(p.gold())));
    List<ArticlesGold.Event> leftGold = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (!goldTaken[g]) {
        leftGold.add(gold.get(g));
      }
    }
    List<CodedEvent> leftProduced = new ArrayList<>();
    for (int p = 0; p < produced.size(); p++) {
      if (!producedTaken[p]) {
        leftProduced.add(produced.get(p));
      }
    }
    return new Matching(pairs, leftGold, leftProduced);
  }

  /** Whether the produced event's sentence overlaps {@code span}, or its trigger lies in it. */
  static boolean overlaps(CodedEvent e, Span span) {
    var ev = e.evidence();
    if (ev == null) {
      return false;
    }
    boolean sentence = ev.start() < span.end() && span.start() < ev.end();
    var t = ev.trigger();
    boolean trigger = t != null && t.start() >= span.start() && t.start() < span.end();
    return sentence || trigger;
  }

  private static int triggerStart(CodedEvent e) {
    var t = e.evidence().trigger();
    return t != null ? t.start() : e.evidence().start();
  }

  /** Where the gold trigger words start in the gold sentence (its start when they are not found). */
  static int triggerAt(String text, ArticlesGold.Event g) {
    Span s = g.span();
    if (text == null || g.trigger().isBlank() || s.end() > text.length()) {
      return s.start();
    }
    String sentence = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
    int i = sentence.indexOf(g.trigger().toLowerCase(Locale.ROOT));
    return i < 0 ? s.start() : s.start() + i;
  }
}
