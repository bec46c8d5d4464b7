package org.annals.nlp.events.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.nlp.events.cameo.VerbDictionary.Block;
import org.annals.nlp.events.cameo.VerbDictionary.Code;
import org.annals.nlp.events.cameo.VerbDictionary.Phrase;
import org.annals.nlp.events.cameo.VerbDictionary.Prep;
import org.annals.nlp.events.cameo.VerbDictionary.Slot;
import org.annals.nlp.events.cameo.VerbDictionary.Verb;
import org.annals.nlp.events.cameo.VerbDictionary.VerbPattern;

/**
 * Reads a PETRARCH/TABARI CAMEO verb-pattern dictionary ({@code CAMEO.2.0.txt}; format in the
 * Phoenix {@code dictionaries.rst}): synonym sets ({@code &NAME} with {@code +WORD} lines), verb
 * blocks ({@code --- NAME [CODE] ---}) with their verbs ({@code WORD {FORMS} [CODE]},
 * multi-word {@code +CALL_OFF}, {@code WIRE_+TAP}) and patterns
 * ({@code - PRE * POST (PREP NOUN) [CODE] # comment}).
 *
 * <p>What a pattern may hold: bare words, {@code {MULTI WORD}} phrases whose last word is the head,
 * {@code &SYNSET} references (also inside braces and parentheses), prepositional phrases
 * {@code (PREP)}, {@code (PREP NOUN)}, {@code (BY/WITH NOUN)} (either preposition), and the actor markers {@code $ + % ^}, which are read and
 * dropped (the argument rules find the actors). Codes: {@code [070]}, {@code [042:043]} (source
 * and target codes; equal codes mean both sides act), {@code [:173]} (the reverse event only: the
 * subject is its recipient), {@code [---]} (no event
 * for the subject). A malformed line is reported as {@code file:line: reason} and skipped; reading
 * goes on. The transformation section ({@code ~} lines) is not read.
 *
 * <p>Not thread-safe (one instance per read); the dictionary it returns is immutable.
 */
public final class VerbDictionaryReader {
  private final String file;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, List<Phrase>> synsets = new LinkedHashMap<>();
  private final List<VerbDictionary.Synset> synsetList = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();
  private String synsetName;
  private int synsetLine;
  private List<Phrase> synsetMembers;
  private BlockBuilder block;
  private int lineNo;

  private VerbDictionaryReader(String file) {
    this.file = file;
  }

  /** Reads a whole dictionary; {@code file} names it in problems and provenance. */
  public static VerbDictionary read(String file, Reader in) throws IOException {
    VerbDictionaryReader r = new VerbDictionaryReader(file);
    BufferedReader br = new BufferedReader(in);
    String line;
    while ((line = br.readLine()) != null) {
      r.lineNo++;
      if (line.startsWith("~") || line.contains("TRANSFORMATIONS ####")) {
        break;
      }
      r.line(line);
    }
    r.endSynset();
    r.endBlock();
    return new VerbDictionary(file, r.synsetList, r.blocks, r.problems);
  }

  private void line(String raw) {
    String line = stripComment(raw).strip();
    if (line.isEmpty()) {
      if (raw.isBlank()) {
        endSynset(); // a blank line ends a synonym set; a comment line does not
      }
      return;
    }
    if (line.startsWith("---")) {
      endSynset();
      endBlock();
      blockHeader(line);
    } else if (line.startsWith("&")) {
      endSynset();
      synsetName = line.split("\\s+")[0].toUpperCase(Locale.ROOT);
      synsetLine = lineNo;
      synsetMembers = new ArrayList<>();
    } else if (synsetName != null && line.startsWith("+")) {
      String member = line.substring(1).strip().split("\\s+")[0];
      synsetMembers.add(new Phrase(words(member.replace("_", " "))));
    } else if (line.startsWith("-")) {
      pattern(line.substring(1).strip());
    } else if (block != null) {
      verb(line);
    } else {
      problem("text outside a synonym set or verb block: '" + line + "'");
    }
  }

  private static String stripComment(String raw) {
    int hash = raw.indexOf('#');
    return hash < 0 ? raw : raw.substring(0, hash);
  }

  private void endSynset() {
    if (synsetName != null) {
      if (synsetMembers.isEmpty()) {
        problem("synonym set " + synsetName + " has no members");
      }
      synsets.put(synsetName, List.copyOf(synsetMembers));
      synsetList.add(new VerbDictionary.Synset(synsetName, synsetLine, synsetMembers));
      synsetName = null;
    }
  }

  private void endBlock() {
    if (block != null) {
      blocks.add(block.build());
      block = null;
    }
  }

  private void blockHeader(String line) {
    String inner = line.replaceAll("^-+", "").replaceAll("-+$", "").strip();
    int open = inner.indexOf('[');
    String name = (open < 0 ? inner : inner.substring(0, open)).strip();
    if (name.isEmpty()) {
      problem("verb block header without a name");
      name = "?";
    }
    Code code = open < 0 ? Code.NONE : code(inner.substring(open));
    block = new BlockBuilder(name, code == null ? Code.NONE : code, lineNo);
  }

  private void verb(String line) {
    String rest = line;
    Code own = null;
    int open = rest.lastIndexOf('[');
    if (open >= 0) {
      own = code(rest.substring(open));
      if (own == null) {
        return;
      }
      rest = rest.substring(0, open);
    }
    List<String> forms = new ArrayList<>();
    int brace = rest.indexOf('{');
    if (brace >= 0) {
      int close = rest.indexOf('}', brace);
      if (close < 0) {
        problem("unclosed '{' in verb line '" + line + "'");
        return;
      }
      for (String f : rest.substring(brace + 1, close).split("[\\s,]+")) {
        if (!f.isBlank()) {
          forms.add(verbWord(f));
        }
      }
      rest = rest.substring(0, brace);
    }
    String spec = rest.strip();
    if (spec.isEmpty() || spec.contains(" ")) {
      problem("bad verb line '" + line + "' (expected WORD [{FORMS}] [[CODE]])");
      return;
    }
    String[] parts = spec.split("_");
    int verbAt = 0;
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].startsWith("+")) {
        verbAt = i;
      }
    }
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String w = parts[i].replace("+", "").toLowerCase(Locale.ROOT);
      if (i < verbAt && !w.isEmpty()) {
        before.add(w);
      } else if (i > verbAt && !w.isEmpty()) {
        after.add(w);
      }
    }
    String lemma = parts[verbAt].replace("+", "").toLowerCase(Locale.ROOT);
    if (lemma.isEmpty() || !lemma.matches("[a-z][a-z'\\-]*")) {
      problem("bad verb '" + spec + "'");
      return;
    }
    forms.removeIf(String::isEmpty);
    block.verbs.add(new Verb(lemma, forms, before, after, own, lineNo));
  }

  /** The verb word of an irregular form: {@code +GUNNED_DOWN} → gunned, {@code WIRE_+TAPPED} → tapped. */
  private static String verbWord(String form) {
    String[] parts = form.split("_");
    for (String p : parts) {
      if (p.startsWith("+")) {
        return p.substring(1).toLowerCase(Locale.ROOT);
      }
    }
    return parts[0].toLowerCase(Locale.ROOT);
  }

  private void pattern(String body) {
    if (block == null) {
      problem("pattern outside a verb block");
      return;
    }
    int open = body.lastIndexOf('[');
    if (open < 0 || body.indexOf(']', open) < 0) {
      problem("pattern without a [CODE]: '- " + body + "'");
      return;
    }
    Code code = code(body.substring(open));
    if (code == null) {
      return;
    }
    String words = body.substring(0, open);
    int star = words.indexOf('*');
    if (star < 0) {
      problem("pattern without the verb marker '*': '- " + body + "'");
      return;
    }
    try {
      List<Slot> pre = slots(words.substring(0, star));
      List<Slot> post = slots(words.substring(star + 1));
      block.patterns.add(new VerbPattern(pre, post, code, lineNo, "- " + body.strip()));
    } catch (IllegalArgumentException e) {
      problem(e.getMessage() + " in '- " + body.strip() + "'");
    }
  }

  /** Parses a pattern half into slots: words, {phrases}, &amp;synsets, (PREP NOUN). */
  private List<Slot> slots(String text) {
    List<Slot> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(') {
        int close = closing(text, i, '(', ')');
        out.add(prep(text.substring(i + 1, close)));
        i = close + 1;
      } else if (c == '{') {
        int close = closing(text, i, '{', '}');
        out.add(phraseSlot(text.substring(i + 1, close)));
        i = close + 1;
      } else {
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))
            && "({".indexOf(text.charAt(end)) < 0) {
          end++;
        }
        String w = text.substring(i, end);
        i = end;
        if (!isMarker(w)) {
          out.add(phraseSlot(w));
        }
      }
    }
    return out;
  }

  private static int closing(String text, int from, char open, char close) {
    int end = text.indexOf(close, from);
    if (end < 0) {
      throw new IllegalArgumentException("unclosed '" + open + "'");
    }
    return end;
  }

  private static boolean isMarker(String w) {
    return w.equals("$") || w.equals("+") || w.equals("%") || w.equals("^");
  }

  private Slot prep(String inner) {
    String text = inner.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty '( )'");
    }
    String[] first = text.split("\\s+", 2);
    String prep = first[0].toLowerCase(Locale.ROOT).replace("_", " ");
    if (isMarker(first[0]) || !prep.matches("[a-z][a-z ']*(/[a-z][a-z ']*)*")) {
      throw new IllegalArgumentException("'(" + inner + ")' does not start with a preposition");
    }
    List<Slot> noun = first.length > 1 ? slots(first[1]) : List.of();
    if (noun.size() > 1) {
      List<Phrase> joined = new ArrayList<>();
      for (Phrase p : noun.get(noun.size() - 1).phrases()) {
        List<String> words = new ArrayList<>();
        for (Slot s : noun.subList(0, noun.size() - 1)) {
          words.addAll(s.phrases().get(0).words());
        }
        words.addAll(p.words());
        joined.add(new Phrase(words));
      }
      noun = List.of(new Slot(joined, null));
    }
    return new Slot(noun.isEmpty() ? List.of() : noun.get(0).phrases(), new Prep(prep));
  }

  /** A bare word, a synset or a {braced phrase} (whose words may be synsets). */
  private Slot phraseSlot(String text) {
    List<List<Phrase>> parts = new ArrayList<>();
    for (String w : text.strip().split("\\s+")) {
      if (w.isEmpty() || isMarker(w)) {
        continue;
      }
      if (w.startsWith("&")) {
        List<Phrase> set = synsets.get(w.toUpperCase(Locale.ROOT));
        if (set == null) {
          throw new IllegalArgumentException("undefined synonym set " + w);
        }
        parts.add(set);
      } else {
        parts.add(List.of(new Phrase(words(w.replace("_", " ")))));
      }
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("empty phrase '" + text + "'");
    }
    List<Phrase> out = List.of(new Phrase(List.of()));
    for (List<Phrase> part : parts) {
      List<Phrase> next = new ArrayList<>();
      for (Phrase prefix : out) {
        for (Phrase p : part) {
          List<String> words = new ArrayList<>(prefix.words());
          words.addAll(p.words());
          next.add(new Phrase(words));
        }
      }
      out = next;
    }
    return new Slot(out, null);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("\\s+")) {
      String s = w.replaceAll("_+$", "");
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** {@code [070]}, {@code [042:043]}, {@code [:173]}, {@code [---]}; null (reported) when bad. */
  private Code code(String text) {
    int close = text.indexOf(']');
    if (!text.startsWith("[") || close < 0) {
      problem("bad code '" + text.strip() + "'");
      return null;
    }
    String inner = text.substring(1, close).strip();
    if (inner.equals("---") || inner.isEmpty()) {
      return Code.NONE;
    }
    String[] sides = inner.split(":", -1);
    String source = sides[0].strip();
    String target = sides.length > 1 ? sides[1].strip() : "";
    if (sides.length > 2 || !(source.isEmpty() || source.matches("\\d{2,4}"))
        || !(target.isEmpty() || target.equals("---") || target.matches("\\d{2,4}"))) {
      problem("bad code '[" + inner + "]'");
      return null;
    }
    if (source.isEmpty()) {
      return target.isEmpty() || target.equals("---") ? Code.NONE : new Code(target, false, true);
    }
    return new Code(source, source.equals(target));
  }

  private void problem(String message) {
    problems.add(file + ":" + lineNo + ": " + message);
  }

  /** Collects one block's verbs and patterns. */
  private static final class BlockBuilder {
    final String name;
    final Code code;
    final int line;
    final List<Verb> verbs = new ArrayList<>();
    final List<VerbPattern> patterns = new ArrayList<>();

    BlockBuilder(String name, Code code, int line) {
      this.name = name;
      this.code = code;
      this.line = line;
    }

    Block build() {
      return new Block(name, code, line, verbs, patterns);
    }
  }
}
