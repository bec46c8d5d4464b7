package org.annals.nlp.gate;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.kb.KnowledgeBase;
import org.annals.nlp.events.Lexicon;
import org.annals.nlp.events.LexiconEntry;
import org.annals.nlp.text.WordLists;

/**
 * Decides, before the expensive annotators run, how much annotation a sentence needs (the
 * {@code fast} profile). It reads only the sentence's words and, for each word, the lemmas it may
 * have (the annotator supplies them from a morphological analyser without POS tags, so the gate
 * sees "met" as both "met" and "meet").
 *
 * <p>The rule: a sentence is <b>parsed</b> (POS, lemmas, NER, dependency parse) when it holds a
 * <b>trigger candidate</b> and an <b>actor candidate</b>, or a <b>claim cue</b>; it is <b>timed</b>
 * (SUTime inside NER) when it holds a <b>time cue</b>. Hence the {@link Level}: {@code FULL}
 * (parsed and timed), {@code PARSE} (parsed, no time cue), {@code TIME} (POS, lemmas, NER with
 * SUTime; no parse) and {@code TOKENS} (neither: the sentence keeps its tokens with dictionary
 * lemmas, an empty POS tag, NER "O" and no dependencies; no stage can code an event in it).
 *
 * A <b>trigger candidate</b> is a word whose lower-cased form or a possible lemma starts an entry
 * of the event lexicon ({@link Lexicon#startingWith}), is a verb or form of the CAMEO verb
 * dictionary, or is in a word list of the built-in rules (demands, namings, verdicts). An
 * <b>actor candidate</b> is a knowledge-base name or agent ({@link KnowledgeBase#matchAt}), a
 * capitalised word after the first (a name the NER may find), a pronoun, a person noun or sector
 * word of the rules' lists, or a trigger whose doer is implied (an agentless arrest, a
 * conviction, a crowd's protest). Cues are the lists of {@value #WORDS}; a word with a digit is a
 * time cue. All sets are built at construction from the lexicon, the KB and the word lists, so the
 * gate follows them as they change.
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class SentenceGate {
  /** The gate's own word lists (time cues, claim cues, pronouns). */
  public static final String WORDS = "org/annals/nlp/gate/gate-words.tsv";

  /** How much annotation a sentence gets. */
  public enum Level {
    TOKENS(false, false), TIME(false, true), PARSE(true, false), FULL(true, true);

    private final boolean parse;
    private final boolean time;

    Level(boolean parse, boolean time) {
      this.parse = parse;
      this.time = time;
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
      return parse || time;
    }

    static Level of(boolean parse, boolean time) {
      return parse ? (time ? FULL : PARSE) : (time ? TIME : TOKENS);
    }
  }

  private static final List<String> TRIGGER_LISTS = List.of("obligation-verb", "mandative-verb",
      "naming-verb", "negative-judgement", "positive-judgement", "approval-predicate", "ruling-verb",
      "unlawful-predicate");
  private static final List<String> ACTOR_LISTS = List.of("person-noun", "apolitical-actor",
      "crowd-sector", "security-sector", "implied-police", "implied-court");

  private final Lexicon lexicon;
  private final KnowledgeBase kb;
  private final Set<String> triggers;
  private final Set<String> actors;
  private final Set<String> timeCues;
  private final Set<String> claimCues;

  private SentenceGate(Lexicon lexicon, KnowledgeBase kb, Set<String> triggers, Set<String> actors) {
    WordLists own = WordLists.of(WORDS);
    this.lexicon = lexicon;
    this.kb = kb;
    this.triggers = Set.copyOf(triggers);
    Set<String> a = new HashSet<>(actors);
    a.addAll(own.get("pronoun"));
    this.actors = Set.copyOf(a);
    this.timeCues = own.get("time-cue");
    this.claimCues = own.get("claim-cue");
  }

  /** The gate of the full pipeline: triggers from the lexicon, actors from the KB and word lists. */
  public static SentenceGate of(Lexicon lexicon, KnowledgeBase kb) {
    WordLists lists = WordLists.bundled();
    Set<String> triggers = new HashSet<>(lexicon.cameoVerbs().dictionary().index().keySet());
    TRIGGER_LISTS.forEach(n -> triggers.addAll(lists.get(n)));
    Set<String> actors = new HashSet<>();
    ACTOR_LISTS.forEach(n -> actors.addAll(lists.get(n)));
    return new SentenceGate(lexicon, kb, triggers, actors);
  }

  /** A gate for time tagging only: never {@link Level#FULL}; time cues give {@link Level#TIME}. */
  public static SentenceGate timeOnly() {
    return new SentenceGate(null, null, Set.of(), Set.of());
  }

  /**
   * The level of one sentence.
   *
   * @param words the sentence's tokens as written
   * @param lemmas for each token, the lemmas it may have (may be empty; the lower-cased word is
   *     always tried)
   */
  public Level decide(List<String> words, List<? extends Collection<String>> lemmas) {
    boolean trigger = false;
    boolean actor = false;
    boolean claim = false;
    boolean time = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String lower = w.toLowerCase(Locale.ROOT);
      claim |= claimCues.contains(lower);
      time |= timeCues.contains(lower) || hasDigit(w);
      if (lexicon != null && !(trigger && actor)) {
        Collection<String> forms = lemmas.get(i);
        TriggerKind t = trigger(lower, forms);
        trigger |= t != TriggerKind.NONE;
        actor |= t == TriggerKind.SELF_ACTING || actor(words, i, lower, forms);
      }
    }
    boolean parse = lexicon != null && (claim || (trigger && actor));
    return Level.of(parse, time || claim);
  }

  private enum TriggerKind { NONE, TRIGGER, SELF_ACTING }

  private TriggerKind trigger(String lower, Collection<String> forms) {
    TriggerKind k = trigger(lower);
    for (String f : forms) {
      if (k == TriggerKind.SELF_ACTING) {
        break;
      }
      TriggerKind fk = trigger(f);
      k = fk.ordinal() > k.ordinal() ? fk : k;
    }
    return k;
  }

  private TriggerKind trigger(String form) {
    List<LexiconEntry> entries = lexicon.startingWith(form);
    for (LexiconEntry e : entries) {
      if (e.flags().contains(LexiconEntry.Flag.CROWD)) {
        return TriggerKind.SELF_ACTING;
      }
    }
    return !entries.isEmpty() || triggers.contains(form) ? TriggerKind.TRIGGER : TriggerKind.NONE;
  }

  private boolean actor(List<String> words, int i, String lower, Collection<String> forms) {
    if (actors.contains(lower) || (i > 0 && Character.isUpperCase(words.get(i).charAt(0)))) {
      return true;
    }
    for (String f : forms) {
      if (actors.contains(f)) {
        return true;
      }
    }
    return !kb.matchAt(words, i).isEmpty();
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
