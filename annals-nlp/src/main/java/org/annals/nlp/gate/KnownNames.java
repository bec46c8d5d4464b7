package org.annals.nlp.gate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.kb.Entity;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.NameMatch;
import org.annals.nlp.text.WordLists;

/**
 * Names without the CRF (the {@code fast} profile): tags a POS-tagged sentence's names from the
 * knowledge base's trie ({@link KnowledgeBase#matchAt}, with the Phoenix dictionaries, and
 * {@link KnowledgeBase#placesAt}) with the 3-class CRF's labels, or says that the sentence holds a
 * name the KB does not know, so that the CRF must run on it.
 *
 * <p>The rule, read left to right over the longest KB match at each token:
 * <ul>
 *   <li>a name of a person is {@code PERSON}; of a country, a region, a place or a capital
 *       {@code LOCATION}; of an organisation or a group {@code ORGANIZATION}; a role word inside a
 *       name the KB lists with it ("President" of "President X") and lower-case words are {@code O};
 *   <li>a country adjective ("Russian") and a role word ("minister", "President" before a person's
 *       name) are {@code O}, as the CRF leaves them;
 *   <li>a <b>name candidate</b> the KB does not cover sends the sentence to the CRF: a capitalised
 *       word tagged as a proper noun, or any capitalised word after the first (except the pronoun
 *       "I" and a month or weekday that is not also a name, {@value SentenceGate#WORDS} lists
 *       {@code time-cue} and {@code name-like-time-cue}); so does a capitalised metonym other than a
 *       capital ("the Kremlin", "the White House"), a country adjective before another capitalised
 *       word ("Turkish Airlines"), a capitalised sector word ("Army") and a capitalised role not
 *       followed by a person's name ("the Foreign Ministry"), whose label depends on the context.
 * </ul>
 * Lower-case words the KB matches (a role, a sector word) stay {@code O}. The CRF would label the
 * names the KB knows as this rule does in nearly all sentences; the rule gives up wherever it
 * cannot say.
 *
 * <p>Immutable after construction; thread-safe (the KB is).
 */
public final class KnownNames {
  /** The label of a token outside any name. */
  public static final String OTHER = "O";
  private static final Set<String> NOT_NAMES = Set.of("i");
  /** The rule prefix of a capital the KB reads as its government ("Moscow"): a place to the CRF. */
  private static final String CAPITAL = "kb:capital:";
  private static final String PLACE = "kb:place:";

  private final KnowledgeBase kb;
  private final Set<String> timeWords;
  private final Set<String> nameLikeTimeWords;

  /** A name finder over {@code kb} with the gate's time cues ({@value SentenceGate#WORDS}). */
  public KnownNames(KnowledgeBase kb) {
    WordLists own = WordLists.of(SentenceGate.WORDS);
    this.kb = kb;
    this.timeWords = own.get("time-cue");
    this.nameLikeTimeWords = own.get("name-like-time-cue");
  }

  /**
   * The 3-class NER labels of a tagged sentence's tokens from the KB, or empty when the sentence
   * holds a name candidate the KB does not cover (the CRF must run).
   *
   * @param words the tokens as written
   * @param tags their POS tags
   */
  public Optional<String[]> labels(List<String> words, List<String> tags) {
    String[] out = new String[words.size()];
    Arrays.fill(out, OTHER);
    int i = 0;
    while (i < words.size()) {
      NameMatch m = longest(words, i);
      if (m == null) {
        if (candidate(words, tags, i)) {
          return Optional.empty();
        }
        i++;
        continue;
      }
      String label = anyNameLike(words, tags, i, m.length()) ? label(m, words, i) : OTHER;
      if (label == null) {
        return Optional.empty();
      }
      for (int j = i; j < i + m.length(); j++) {
        out[j] = nameLike(words, tags, j) && !role(words, j) ? label : OTHER;
      }
      i += m.length();
    }
    return Optional.of(out);
  }

  /** The longest KB name or place match at {@code i}, or null. */
  private NameMatch longest(List<String> words, int i) {
    List<NameMatch> names = kb.matchAt(words, i);
    List<NameMatch> places = kb.placesAt(words, i);
    NameMatch best = names.isEmpty() ? null : names.get(0);
    if (!places.isEmpty() && (best == null || places.get(0).length() > best.length())) {
      best = places.get(0);
    }
    return best;
  }

  /** The label of a capitalised KB match, or null when it depends on the context (the CRF decides). */
  private String label(NameMatch m, List<String> words, int i) {
    return switch (m.kind()) {
      case NAME -> m.rule() != null && m.rule().startsWith(PLACE) ? "LOCATION" : entityLabel(m.entityId());
      case ADJECTIVE -> m.length() == 1 && !nextCapitalised(words, i + 1) ? OTHER : null;
      case ROLE -> personFollows(words, i + m.length()) ? OTHER : null;
      case METONYM -> m.rule() != null && m.rule().startsWith(CAPITAL) ? "LOCATION" : null;
      case AGENT -> null;
    };
  }

  private String entityLabel(String id) {
    Optional<Entity> e = id == null ? Optional.empty() : kb.entity(id);
    if (e.isEmpty()) {
      return null;
    }
    return switch (e.get().kind()) {
      case PERSON -> "PERSON";
      case COUNTRY, REGION -> "LOCATION";
      case ORGANIZATION, GROUP -> "ORGANIZATION";
    };
  }

  private boolean anyNameLike(List<String> words, List<String> tags, int i, int length) {
    for (int j = i; j < i + length; j++) {
      if (nameLike(words, tags, j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code j} starts a KB role ("President" inside a name the KB lists with it). */
  private boolean role(List<String> words, int j) {
    for (NameMatch n : kb.matchAt(words, j)) {
      if (n.kind() == NameMatch.Kind.ROLE) {
        return true;
      }
    }
    return false;
  }

  private static boolean nextCapitalised(List<String> words, int j) {
    return j < words.size() && capitalised(words.get(j));
  }

  /** Whether the words from {@code j} start a KB person's name ("President" before "Vladimir Putin"). */
  private boolean personFollows(List<String> words, int j) {
    if (j >= words.size() || !capitalised(words.get(j))) {
      return false;
    }
    for (NameMatch n : kb.matchAt(words, j)) {
      if (n.kind() == NameMatch.Kind.NAME && "PERSON".equals(entityLabel(n.entityId()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether an uncovered token may be a name the CRF would label. */
  private boolean candidate(List<String> words, List<String> tags, int i) {
    if (!nameLike(words, tags, i)) {
      return false;
    }
    String lower = words.get(i).toLowerCase(Locale.ROOT);
    return !NOT_NAMES.contains(lower)
        && (!timeWords.contains(lower.replace(".", "")) || nameLikeTimeWords.contains(lower));
  }

  /** A capitalised word after the first, or a first word tagged as a proper noun. */
  private static boolean nameLike(List<String> words, List<String> tags, int i) {
    return capitalised(words.get(i)) && (i > 0 || tags.get(i).startsWith("NNP"));
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }
}
