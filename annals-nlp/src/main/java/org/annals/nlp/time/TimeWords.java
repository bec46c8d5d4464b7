package org.annals.nlp.time;

import java.util.Set;
import org.annals.nlp.text.WordLists;

/**
 * The time stage's word lists ({@code org/annals/nlp/time/time-words.tsv}: judgement, approximation
 * and reporting words), read and compiled once per class loader. Immutable; thread-safe.
 */
final class TimeWords {
  static final String RESOURCE = "org/annals/nlp/time/time-words.tsv";
  private static final WordLists LISTS = WordLists.of(RESOURCE);

  private TimeWords() {}

  static Set<String> get(String name) {
    return LISTS.get(name);
  }
}
