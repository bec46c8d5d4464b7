package org.annals.nlp.events.cameo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CAMEO verb-pattern dictionary as read by {@link VerbDictionaryReader} (or from its compiled
 * form by {@link VerbDictionaryTsv}): verb blocks, each with its verbs and the patterns they share,
 * indexed by verb lemma and irregular form. Immutable; thread-safe.
 *
 * @param file the file it was read from (provenance)
 * @param synsets the synonym sets in file order (patterns hold them expanded)
 * @param blocks the verb blocks in file order
 * @param problems malformed lines, each {@code file:line: reason}; they were skipped
 */
public record VerbDictionary(String file, List<Synset> synsets, List<Block> blocks,
    List<String> problems) {

  /**
   * A CAMEO code of a verb, block or pattern; {@link #NONE} codes no event.
   *
   * @param bothAct {@code [042:042]}: both sides act (a symmetric event)
   * @param reversed {@code [:071]}: only the reverse event is coded, the grammatical subject
   *     being its recipient ("received a loan from China": China → subject, AID)
   */
  public record Code(String cameo, boolean bothAct, boolean reversed) {
    public static final Code NONE = new Code(null, false, false);

    public Code(String cameo, boolean bothAct) {
      this(cameo, bothAct, false);
    }

    public boolean none() {
      return cameo == null;
    }
  }

  /** Alternative word sequences; the last word of each is its head. */
  public record Phrase(List<String> words) {
    public Phrase {
      words = List.copyOf(words);
    }

    public String head() {
      return words.get(words.size() - 1);
    }
  }

  /** A synonym set ({@code &NAME} with {@code +WORD} lines) and the line of its name. */
  public record Synset(String name, int line, List<Phrase> members) {
    public Synset {
      members = List.copyOf(members);
    }
  }

  /** The preposition of a {@code (PREP NOUN)} slot; {@code by/with} accepts either. */
  public record Prep(String word) {
    public List<String> alternatives() {
      return List.of(word.split("/"));
    }
  }

  /**
   * One element of a pattern: a noun (any of {@code phrases}), or, with {@code prep}, a
   * prepositional phrase whose object is one of {@code phrases} (any object when empty).
   */
  public record Slot(List<Phrase> phrases, Prep prep) {
    public Slot {
      phrases = List.copyOf(phrases);
    }

    /** How many words the slot asks for (its specificity). */
    public int weight() {
      int w = prep == null ? 0 : 1;
      return w + (phrases.isEmpty() ? 0 : phrases.get(0).words().size());
    }
  }

  /** A pattern: slots before the verb (its subject side) and after it (object side). */
  public record VerbPattern(List<Slot> pre, List<Slot> post, Code code, int line, String text) {
    public VerbPattern {
      pre = List.copyOf(pre);
      post = List.copyOf(post);
    }

    public int weight() {
      int w = 0;
      for (Slot s : pre) {
        w += s.weight();
      }
      for (Slot s : post) {
        w += s.weight();
      }
      return w;
    }
  }

  /**
   * One verb of a block: its lemma, irregular forms, the words of a multi-word verb before and
   * after it ({@code CALL_OFF}: after = [off]), and its own code (null: the block's).
   */
  public record Verb(String lemma, List<String> forms, List<String> before, List<String> after,
      Code code, int line) {
    public Verb {
      forms = List.copyOf(forms);
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }

  /** A block of synonymous verbs sharing patterns and a default code. */
  public record Block(String name, Code code, int line, List<Verb> verbs,
      List<VerbPattern> patterns) {
    public Block {
      verbs = List.copyOf(verbs);
      patterns = List.copyOf(patterns);
    }
  }

  /** A verb with its block. */
  public record Entry(Verb verb, Block block) {
    /** The code when no pattern matches: the verb's own, else the block's. */
    public Code defaultCode() {
      return verb.code() != null ? verb.code() : block.code();
    }
  }

  public VerbDictionary {
    synsets = List.copyOf(synsets);
    blocks = List.copyOf(blocks);
    problems = List.copyOf(problems);
  }

  /** Every (verb, block) whose lemma or irregular form is {@code word}, for look-up by token. */
  public Map<String, List<Entry>> index() {
    Map<String, List<Entry>> out = new HashMap<>();
    for (Block b : blocks) {
      for (Verb v : b.verbs()) {
        Entry e = new Entry(v, b);
        out.computeIfAbsent(v.lemma(), k -> new ArrayList<>()).add(e);
        for (String f : v.forms()) {
          if (!f.equals(v.lemma())) {
            out.computeIfAbsent(f, k -> new ArrayList<>()).add(e);
          }
        }
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  /** Number of patterns over all blocks. */
  public int patternCount() {
    return blocks.stream().mapToInt(b -> b.patterns().size()).sum();
  }
}
