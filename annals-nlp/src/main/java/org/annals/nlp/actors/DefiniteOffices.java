package org.annals.nlp.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.annals.model.ActorRef;
import org.annals.model.Sentence;

/**
 * A definite office with no country word of its own ("the minister", "the president", "the
 * officials") refers back to the latest actor the article named with that office word and its
 * country, within {@link ArticleContext#PRONOUN_REACH} sentences ("Japan's foreign minister flew
 * to Seoul. The minister urged ..." is Japan's, not the country named last), rule
 * {@code +definite-office:the-<word>>...}. The word is the lemma of the office's last word; the
 * offices must agree, or the later one be the generic office a bare "minister" or "official"
 * names ({@code GOVERNMENT}); a plural of {@code group-noun} ("the ministers") is a group's
 * ({@code events.GroupMemory}) and not looked up here. Two actors of different countries named
 * with one word in one sentence ("A's president met B's president") leave the word to nobody.
 * One instance per article ({@link ArticleContext}); confined to one thread.
 */
final class DefiniteOffices {
  /** The office every bare office word of government names ("minister", "official"). */
  private static final String GENERIC = "GOVERNMENT";
  private static final ReferenceWords WORDS = ReferenceWords.bundled();

  private record Held(ActorRef ref, String office, int sentence, boolean ambiguous) {}

  private final Map<String, Held> latest = new HashMap<>();

  /** The lemma of the last word of the group's last office piece, or null when it has none. */
  static String word(Sentence s, List<Piece> group) {
    for (int i = group.size() - 1; i >= 0; i--) {
      Piece p = group.get(i);
      if (p.kind() == Piece.Kind.ROLE && p.office() != null) {
        return s.tokens().get(p.last()).lemma().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static String key(String word, boolean plural) {
    return word + (plural ? "/p" : "");
  }

  /**
   * Remembers {@code ref}, named in sentence {@code sentence} by the words of {@code ph}, when they
   * name an office by {@code word} and its country ("Japan's foreign minister", "Kenyan officials").
   */
  void remember(String word, Phrase ph, boolean plural, ActorRef ref, int sentence) {
    if (word == null || ph.office == null || ref.country() == null || ph.isPronoun()
        || ph.country == null && ph.person == null && (ph.org == null || ph.org.country() == null)) {
      return;
    }
    String office = ph.office;
    String k = key(word, plural);
    Held before = latest.get(k);
    boolean clash = before != null && before.sentence() == sentence
        && !Objects.equals(before.ref().country(), ref.country());
    latest.put(k, new Held(ref, office, sentence, clash || before != null && before.sentence() == sentence
        && before.ambiguous()));
  }

  /**
   * The actor "the" + {@code word} with no country word of its own ({@code ph}) refers back to in
   * sentence {@code sentence}, or null. A person referred back to becomes the phrase's antecedent,
   * as a surname's is: a later "his" refers to that person.
   */
  ActorRef earlier(String word, Phrase ph, boolean plural, int sentence) {
    ActorRef found = ph.owner != null || ph.host != null ? null : earlier(word, ph.office, plural, sentence);
    if (found != null && found.entity() != null && found.entity().startsWith("person/")) {
      ph.antecedent = found;
    }
    return found;
  }

  private ActorRef earlier(String word, String office, boolean plural, int sentence) {
    if (word == null || office == null || plural && WORDS.groupNoun(word)) {
      return null;
    }
    Held h = latest.get(key(word, plural));
    if (h == null || h.ambiguous() || h.sentence() >= sentence
        || sentence - h.sentence() > ArticleContext.PRONOUN_REACH) {
      return null;
    }
    return office.equals(h.office()) || GENERIC.equals(office) ? h.ref() : null;
  }

  /** {@code earlier} as the actor of the words {@code text} at {@code [start, end)}. */
  static ActorRef referBack(Phrase ph, ActorRef earlier, String word, String text, int start, int end) {
    return new ActorRef(text, earlier.name(), earlier.country(), earlier.sector(), earlier.cameo(),
        earlier.entity(), start, end,
        String.join("+", ph.rules) + "+definite-office:the-" + word + ">" + earlier.rule());
  }
}
