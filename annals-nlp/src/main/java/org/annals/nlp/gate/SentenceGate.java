package org.annals.nlp.gate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.NameMatch;
import org.annals.nlp.events.Lexicon;
import org.annals.nlp.text.WordLists;

/**
 * Decides, before the expensive annotators run, how much annotation a sentence needs (the
 * {@code fast} profile). It reads the sentence's words and, for each word, the lemmas it may have:
 * before tagging, those a morphological analyser offers without POS tags ("met" is both "met" and
 * "meet"); after tagging ({@link #decide(List, List, List)}), the tagger's lemma and POS tag.
 *
 * <p>The rule: a sentence is <b>parsed</b> (POS, lemmas, NER, dependency parse) when it holds a
 * <b>trigger candidate</b> with an <b>actor candidate</b> (within the window, when one is set),
 * or a <b>claim cue</b>; it is <b>timed</b> (SUTime inside NER) when it holds a <b>time cue</b>.
 * A sentence that may hold a name is <b>named</b> (POS, lemmas, NER), and parsed too when a name
 * is introduced by an apposition ("Farid Mansoor, a cleric from Multan,"): later sentences refer
 * back to it. Hence the {@link Level}: {@code FULL} (parsed and timed), {@code PARSE} (parsed, no
 * time cue), {@code TIME} (POS, lemmas, NER with SUTime; no parse), {@code NAMES} (POS, lemmas,
 * NER; no SUTime, no parse) and {@code TOKENS} (none of these: the sentence
 * keeps its tokens with dictionary lemmas, an empty POS tag, NER "O" and no dependencies; no
 * stage can code an event in it).
 *
 * <p>A <b>trigger candidate</b> is a word that can code an event in this sentence by what
 * {@link TriggerIndex} derives from the event lexicon, the CAMEO verb dictionary and the built-in
 * rules' word lists: the word starts an entry that codes an event and the sentence holds the
 * entry's other words (a multi-word trigger's, a dictionary pattern's nouns and prepositions, the
 * companion word a rule needs); after tagging, the word also has the part of speech its matcher
 * asks for. An <b>actor candidate</b> is a knowledge-base name or agent
 * ({@link KnowledgeBase#matchAt}), a capitalised word after the first (a name the NER may find), a
 * pronoun, a person noun or sector word of the rules' lists, or a trigger whose doer is implied (a
 * crowd's protest; the police and courts of arrests and convictions are in the lists). Cues are
 * the lists of {@value #WORDS}, matched on words, lemmas and words without their periods ("Oct.",
 * "p.m."); a year, a date, a clock time or a
 * number joined to a time unit is a time cue too (a count is not).
 * All sets are built at construction from the lexicon, the KB and the word lists, so the gate
 * follows them as they change.
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class SentenceGate {
  /** The gate's own word lists (time cues, claim cues, pronouns). */
  public static final String WORDS = "org/annals/nlp/gate/gate-words.tsv";

  /** How much annotation a sentence gets. */
  public enum Level {
    TOKENS(false, false, false), NAMES(false, false, true), TIME(false, true, true),
    PARSE(true, false, true), FULL(true, true, true);

    private final boolean parse;
    private final boolean time;
    private final boolean tag;

    Level(boolean parse, boolean time, boolean tag) {
      this.parse = parse;
      this.time = time;
      this.tag = tag;
    }

    /** Whether the sentence gets the dependency parse. */
    public boolean parse() {
      return parse;
    }

    /** Whether the sentence gets SUTime. */
    public boolean time() {
      return time;
    }

    /** Whether the sentence gets POS, lemmas and NER. */
    public boolean tag() {
      return tag;
    }

    /** The level of a sentence parsed or not, timed or not. */
    public static Level of(boolean parse, boolean time) {
      return of(parse, time, false);
    }

    /** The level of a sentence parsed or not, timed or not, holding a name or not. */
    public static Level of(boolean parse, boolean time, boolean names) {
      return parse ? (time ? FULL : PARSE) : (time ? TIME : (names ? NAMES : TOKENS));
    }
  }

  private static final List<String> ACTOR_LISTS = List.of("person-noun", "apolitical-actor",
      "crowd-sector", "security-sector", "implied-police", "implied-court");
  private static final Pattern YEAR = Pattern.compile("'?\\d{2}s|[12]\\d{3}s?");
  private static final Pattern DATE = Pattern.compile(
      "\\d{1,2}/\\d{1,2}(/\\d{2,4})?|[12]\\d{3}-\\d{2}(-\\d{2})?|\\d{1,2}:\\d{2}([ap]\\.?m\\.?)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}(st|nd|rd|th)", Pattern.CASE_INSENSITIVE);
  /** The version of the gate's rules (this class's code): change it when a rule changes. */
  static final String RULES = "gate-rules-2";
  /** No limit on the distance between a trigger candidate and an actor candidate. */
  public static final int NO_WINDOW = Integer.MAX_VALUE;

  private final TriggerIndex triggers;
  private final KnowledgeBase kb;
  private final Set<String> actors;
  private final Set<String> timeCues;
  private final Set<String> claimCues;
  private final Set<String> appositionOpeners;
  private final int window;
  private final KnownNames names;

  private SentenceGate(TriggerIndex triggers, KnowledgeBase kb, Set<String> actors, int window) {
    WordLists own = WordLists.of(WORDS);
    this.triggers = triggers;
    this.kb = kb;
    Set<String> a = new HashSet<>(actors);
    a.addAll(own.get("pronoun"));
    this.actors = Set.copyOf(a);
    this.timeCues = own.get("time-cue");
    this.claimCues = own.get("claim-cue");
    this.appositionOpeners = own.get("apposition-opener");
    if (window < 1) {
      throw new IllegalArgumentException("gate window must be at least 1 token, got " + window);
    }
    this.window = window;
    this.names = kb == null ? null : new KnownNames(kb);
  }

  /**
   * A short digest of everything the gate decides by (trigger index, word lists, window, the KB's
   * version, {@link #RULES}), part of the fast annotator's description: an article's provenance
   * tells under which gate it was annotated, and any key made from the description changes with it.
   */
  public String fingerprint() {
    StringBuilder sb = new StringBuilder(RULES).append('\n').append(window).append('\n');
    sb.append(triggers == null ? "time-only" : triggers.canonical()).append('\n');
    for (Set<String> set : List.of(actors, timeCues, claimCues, appositionOpeners)) {
      sb.append(new java.util.TreeSet<>(set)).append('\n');
    }
    sb.append(kb == null ? "" : kb.version());
    return org.annals.model.Article.sha256Hex(sb.toString()).substring(0, 12);
  }

  /** The KB's name finder that spares the CRF ({@link KnownNames}), empty for a time-only gate. */
  public java.util.Optional<KnownNames> names() {
    return java.util.Optional.ofNullable(names);
  }

  /** The gate of the full pipeline: triggers from the lexicon, actors from the KB and word lists. */
  public static SentenceGate of(Lexicon lexicon, KnowledgeBase kb) {
    return of(lexicon, kb, NO_WINDOW);
  }

  /**
   * As {@link #of(Lexicon, KnowledgeBase)}, opening only when an actor candidate stands within
   * {@code window} tokens of a trigger candidate ({@link #NO_WINDOW}: anywhere in the sentence).
   */
  public static SentenceGate of(Lexicon lexicon, KnowledgeBase kb, int window) {
    WordLists lists = WordLists.bundled();
    Set<String> actors = new HashSet<>();
    ACTOR_LISTS.forEach(n -> actors.addAll(lists.get(n)));
    return new SentenceGate(TriggerIndex.of(lexicon, lists), kb, actors, window);
  }

  /** A gate for time tagging only: never {@link Level#FULL}; time cues give {@link Level#TIME}. */
  public static SentenceGate timeOnly() {
    return new SentenceGate(null, null, Set.of(), NO_WINDOW);
  }

  /**
   * The level of one sentence.
   *
   * @param words the sentence's tokens as written
   * @param lemmas for each token, the lemmas it may have (may be empty; the lower-cased word is
   *     always tried)
   */
  public Level decide(List<String> words, List<? extends Collection<String>> lemmas) {
    return decide(words, lemmas, null);
  }

  /**
   * The level of one sentence after POS tagging: as {@link #decide(List, List)}, and a trigger
   * candidate must have the part of speech its matcher asks for (a CAMEO dictionary verb a verb
   * tag, a lexicon entry's first element its POS).
   *
   * @param tags each token's POS tag, or null before tagging
   */
  public Level decide(List<String> words, List<? extends Collection<String>> lemmas, List<String> tags) {
    boolean claim = false;
    boolean time = false;
    List<Collection<String>> forms = new ArrayList<>(words.size());
    Set<String> bag = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String lower = w.toLowerCase(Locale.ROOT);
      Set<String> f = new LinkedHashSet<>(3);
      f.add(lower);
      f.addAll(lemmas.get(i));
      forms.add(f);
      bag.addAll(f);
      claim |= claimCues.contains(lower);
      time |= timeCue(w, f);
    }
    boolean names = triggers != null && names(words, forms);
    boolean parse = triggers != null
        && (claim || (names && introduction(words)) || triggerWithActor(words, forms, tags, bag));
    return Level.of(parse, time || claim, names);
  }

  /**
   * Whether the sentence may hold a name: a capitalised word after the first that is no time cue,
   * or a knowledge-base name (not an agent or a role word) anywhere. Its names are labelled even
   * without an event, since later sentences refer back to them ("Mansoor ... he") and the article's
   * context counts them.
   */
  private boolean names(List<String> words, List<Collection<String>> forms) {
    for (int i = 0; i < words.size(); i++) {
      if ((nameLike(words, i) && !timeCue(words.get(i), forms.get(i)))
          || kb.matchAt(words, i).stream().anyMatch(m -> m.kind() == NameMatch.Kind.NAME)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name is introduced by an apposition ("Farid Mansoor, a cleric from Multan, ..."):
   * a capitalised word, a comma, then an opener of {@value #WORDS} (list apposition-opener) or a
   * knowledge-base name, adjective or role. The parse links the name to its description (its
   * country and sector), which later mentions of the name inherit.
   */
  private boolean introduction(List<String> words) {
    for (int i = 1; i + 2 < words.size(); i++) {
      if (nameLike(words, i) && words.get(i + 1).equals(",")
          && (appositionOpeners.contains(words.get(i + 2).toLowerCase(Locale.ROOT))
              || !kb.matchAt(words, i + 2).isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a token is a time cue: one of its forms (lower-cased word, lemmas) or the word without
   * its periods is listed, or it is a year, a date, a clock time or a number joined to a unit.
   */
  public boolean timeCue(String word, Collection<String> forms) {
    return intersects(forms, timeCues) || timeCues.contains(word.toLowerCase(Locale.ROOT).replace(".", ""))
        || timeNumber(word);
  }

  /** Whether a trigger candidate has an actor candidate within the window (or is its own actor). */
  private boolean triggerWithActor(List<String> words, List<Collection<String>> forms, List<String> tags,
      Set<String> bag) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      TriggerIndex.Kind k = triggers.at(forms.get(i), tags == null ? null : tags.get(i), bag);
      if (k == TriggerIndex.Kind.SELF_ACTING) {
        return true;
      }
      if (k == TriggerIndex.Kind.TRIGGER) {
        found.add(i);
      }
    }
    Boolean[] memo = new Boolean[words.size()];
    for (int t : found) {
      int from = window == NO_WINDOW ? 0 : Math.max(0, t - window);
      int to = window == NO_WINDOW ? words.size() - 1 : Math.min(words.size() - 1, t + window);
      for (int j = from; j <= to; j++) {
        if (actor(words, j, forms.get(j), memo)) {
          return true;
        }
      }
      if (window == NO_WINDOW) {
        return false;
      }
    }
    return false;
  }

  private boolean actor(List<String> words, int i, Collection<String> forms, Boolean[] memo) {
    if (memo[i] == null) {
      memo[i] = nameLike(words, i) || intersects(forms, actors)
          || !kb.matchAt(words, i).isEmpty();
    }
    return memo[i];
  }

  /** A capitalised word after the first: a name the NER may find. */
  private static boolean nameLike(List<String> words, int i) {
    return i > 0 && Character.isUpperCase(words.get(i).charAt(0));
  }

  private static boolean intersects(Collection<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a token with digits can be (part of) a time expression on its own: a year or decade
   * ("2019", "1990s"), a date or clock time ("3/4/2019", "2019-03-04", "10:30"), an ordinal day
   * ("4th") or a number joined to a unit ("24-hour"). A count ("15 people", "2 - 1") is not; a
   * number before a unit or a month ("3 days", "5 March") comes with its own cue.
   */
  private boolean timeNumber(String w) {
    if (!hasDigit(w)) {
      return false;
    }
    if (YEAR.matcher(w).matches() || DATE.matcher(w).matches() || ORDINAL.matcher(w).matches()) {
      return true;
    }
    for (String part : w.toLowerCase(Locale.ROOT).split("-")) {
      if (timeCues.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
