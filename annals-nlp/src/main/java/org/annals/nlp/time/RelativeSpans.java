package org.annals.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * "The junta, which seized power in August, has promised elections": a time phrase inside a
 * non-restrictive relative clause (set off by commas and opened by a relative pronoun) dates that
 * clause, not the main clause around it, whatever the parser hangs it from. Read on the tokens, so a
 * parse that attaches "in August" to the main verb does not lend it. Stateless and thread-safe.
 */
final class RelativeSpans {
  private static final Set<String> PRONOUNS = TimeWords.get("relative-pronoun");

  private RelativeSpans() {}

  /** Whether {@code token} lies in a comma-delimited relative clause that does not hold {@code trigger}. */
  static boolean apart(Sentence s, int token, int trigger) {
    List<Token> toks = s.tokens();
    for (int r = token - 1; r >= 1; r--) {
      String w = toks.get(r).word();
      if (w.equals(",") && r < token) {
        return false; // a comma between the pronoun and the token closes any clause before it
      }
      if (PRONOUNS.contains(w.toLowerCase(Locale.ROOT)) && toks.get(r - 1).word().equals(",")) {
        int end = closing(toks, token);
        return end > token && (trigger < r || trigger > end);
      }
    }
    return false;
  }

  private static int closing(List<Token> toks, int from) {
    for (int c = from + 1; c < toks.size(); c++) {
      if (toks.get(c).word().equals(",")) {
        return c;
      }
    }
    return -1;
  }
}
