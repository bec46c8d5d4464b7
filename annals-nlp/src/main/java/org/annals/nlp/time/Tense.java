package org.annals.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Token;

/**
 * The tense of the clause around a token, read from the nearest finite verb group (POS tags
 * only, so it works without a parse): {@code will}/{@code 'll}/{@code shall}/{@code going to}
 * → future; a past-tense verb or {@code have} + participle → past; otherwise present. Unmarked
 * news clauses default to past. Stateless and thread-safe.
 */
public enum Tense {
  PAST, PRESENT, FUTURE;

  private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");
  private static final Set<String> FUTURE_VERBS = Set.of("plan", "expect", "schedule", "due", "set", "intend");

  /** The tense governing token {@code index} (first token of a time expression). */
  public static Tense at(List<Token> tokens, int index) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (Token t : tokens) {
      if (isFinite(t) && Math.abs(t.index() - index) < bestDistance) {
        best = t.index();
        bestDistance = Math.abs(t.index() - index);
      }
    }
    return best < 0 ? PAST : of(tokens, best);
  }

  private static boolean isFinite(Token t) {
    return t.pos().equals("MD") || t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
  }

  private static Tense of(List<Token> tokens, int verb) {
    Token t = tokens.get(verb);
    String w = t.word().toLowerCase(Locale.ROOT);
    if (t.pos().equals("MD")) {
      return FUTURE_MODALS.contains(w) ? FUTURE : PRESENT;
    }
    if (t.pos().equals("VBD")) {
      return PAST;
    }
    for (int i = verb + 1; i < Math.min(tokens.size(), verb + 4); i++) {
      Token n = tokens.get(i);
      String nw = n.word().toLowerCase(Locale.ROOT);
      if (nw.equals("going") && i + 1 < tokens.size() && tokens.get(i + 1).word().equals("to")) {
        return FUTURE;
      }
      if (n.pos().equals("VBN")) {
        return "have".equals(t.lemma()) ? PAST : FUTURE_VERBS.contains(n.lemma()) ? FUTURE : PRESENT;
      }
    }
    return PRESENT;
  }
}
