package org.annals.nlp.actors;

import java.util.Locale;
import java.util.Set;
import org.annals.nlp.text.WordLists;

/**
 * The word lists of reference back to actors named earlier ({@code reference-words.tsv} of this
 * package): plural nouns that stand for a group ("the two nations"), bodies a definite
 * description refers back to ("the embassy"), number words that say a group's size, and words of
 * names that say nothing of their bearer's gender ("Kim"). Read
 * once; immutable and thread-safe.
 */
public final class ReferenceWords {
  static final String RESOURCE = "org/annals/nlp/actors/reference-words.tsv";
  private static final ReferenceWords SHARED = new ReferenceWords(WordLists.of(RESOURCE));

  private final Set<String> groupNouns;
  private final Set<String> bodies;
  private final Set<String> chambers;
  private final Set<String> two;
  private final Set<String> three;
  private final Set<String> four;
  private final Set<String> counterparts;
  private final Set<String> ungendered;

  private ReferenceWords(WordLists lists) {
    groupNouns = lists.get("group-noun");
    bodies = lists.get("definite-body");
    chambers = lists.get("definite-chamber");
    two = lists.get("count-two");
    three = lists.get("count-three");
    four = lists.get("count-four");
    counterparts = lists.get("counterpart-noun");
    ungendered = lists.get("ungendered-name");
  }

  public static ReferenceWords bundled() {
    return SHARED;
  }

  /** Whether the lemma is a plural noun that may stand for a group named before. */
  public boolean groupNoun(String lemma) {
    return groupNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether the lemma names a body "the" + it refers back to ("embassy", "ministry"). */
  boolean body(String lemma) {
    return bodies.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the word names a chamber of a legislature "the" + it refers back to when capitalised
   * ("The House", "the Senate"; not "the house" someone lives in).
   */
  boolean chamber(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
        && chambers.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the lemma names someone's peer in another country ("his Greek counterpart"). */
  boolean counterpart(String lemma) {
    return counterparts.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether a word of a name says nothing of its bearer's gender ("Kim" in "Kim Jong Un"). */
  boolean ungendered(String word) {
    return ungendered.contains(word.toLowerCase(Locale.ROOT));
  }

  /** How many members a number word says ("two", "both" → 2), or 0 when it says none. */
  public int count(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return two.contains(w) ? 2 : three.contains(w) ? 3 : four.contains(w) ? 4 : 0;
  }
}
