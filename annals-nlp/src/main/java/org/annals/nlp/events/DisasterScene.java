package org.annals.nlp.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Whether a sentence, or the article it is in, is about a natural disaster or an epidemic (word
 * list {@code disaster}): the emergency measures of such a scene (a state of emergency declared,
 * schools shut) are no political event, by the gold's convention. A sentence names one itself
 * ("declared a state of emergency as the hurricane approached"); an article does when its lead,
 * the first {@value #LEAD} sentences of {@value #MIN_WORDS} or more tokens (a dateline is no
 * sentence here), names one ("The governor declared a state of emergency" in a report that opens
 * with an earthquake). Immutable; thread-safe.
 */
final class DisasterScene {
  static final int LEAD = 2;
  static final int MIN_WORDS = 6;

  private final Set<String> disasters;

  DisasterScene(WordLists lists) {
    this.disasters = lists.get("disaster");
  }

  /** Whether the article's lead names a disaster. */
  boolean lead(List<Sentence> sentences) {
    int seen = 0;
    for (Sentence s : sentences) {
      if (s.tokens().size() < MIN_WORDS) {
        continue;
      }
      if (s.tokens().stream().anyMatch(this::names)) {
        return true;
      }
      if (++seen == LEAD) {
        return false;
      }
    }
    return false;
  }

  /** Whether the sentence names a disaster. */
  boolean names(SentenceGraph g) {
    for (int t = 0; t < g.size(); t++) {
      if (disasters.contains(g.lemma(t)) || disasters.contains(g.lower(t))) {
        return true;
      }
    }
    return false;
  }

  private boolean names(Token t) {
    String lemma = t.lemma() == null ? t.word() : t.lemma();
    return disasters.contains(lemma.toLowerCase(Locale.ROOT))
        || disasters.contains(t.word().toLowerCase(Locale.ROOT));
  }
}
