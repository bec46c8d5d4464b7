package org.annals.nlp.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.model.Sentence;

/**
 * Lookups over a sentence's raw dependency list, for the whole-sentence repairs that run before a
 * {@link SentenceGraph} exists ({@link WithPartner}, {@link AskedParty}). Stateless; thread-safe.
 */
final class RawDeps {
  private RawDeps() {}

  /** The marker of {@code verb}'s clause whose word (lower-cased) is one of {@code words}, or -1. */
  static int mark(Sentence s, List<Dependency> deps, int verb, Set<String> words) {
    for (Dependency d : deps) {
      if (d.governor() == verb && d.relation().equals("mark")
          && words.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The nominal subject of {@code verb}, or -1. */
  static int subject(List<Dependency> deps, int verb) {
    for (Dependency d : deps) {
      if (d.governor() == verb && d.relation().equals("nsubj")) {
        return d.dependent();
      }
    }
    return -1;
  }
}
