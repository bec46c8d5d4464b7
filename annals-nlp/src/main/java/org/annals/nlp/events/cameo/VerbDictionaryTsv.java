package org.annals.nlp.events.cameo;

import static org.annals.model.ontology.TsvRecords.cells;
import static org.annals.model.ontology.TsvRecords.checked;
import static org.annals.model.ontology.TsvRecords.escape;
import static org.annals.model.ontology.TsvRecords.number;
import static org.annals.model.ontology.TsvRecords.row;
import static org.annals.model.ontology.TsvRecords.split;
import static org.annals.model.ontology.TsvRecords.unescape;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.model.ontology.TsvRecords;
import org.annals.nlp.events.cameo.VerbDictionary.Block;
import org.annals.nlp.events.cameo.VerbDictionary.Code;
import org.annals.nlp.events.cameo.VerbDictionary.Phrase;
import org.annals.nlp.events.cameo.VerbDictionary.Prep;
import org.annals.nlp.events.cameo.VerbDictionary.Slot;
import org.annals.nlp.events.cameo.VerbDictionary.Synset;
import org.annals.nlp.events.cameo.VerbDictionary.Verb;
import org.annals.nlp.events.cameo.VerbDictionary.VerbPattern;

/**
 * The project's compiled form of a {@link VerbDictionary}: what {@link VerbDictionaryReader} read
 * from a PETRARCH dictionary, one tab-separated row per synonym set, block, verb, pattern and
 * problem, each with the line of the source file it came from. Lines starting with {@code #} are
 * comments (the header says what the file was compiled from, by which tool, and the source's
 * licence). Rows:
 * <pre>
 * source   FILE                                       the source file's name (provenance)
 * synset   LINE  NAME   PHRASES
 * block    LINE  NAME   CODE                          verbs and patterns below belong to it
 * verb     LINE  LEMMA  FORMS  BEFORE  AFTER  CODE    CODE empty: the block's
 * pattern  LINE  CODE   PRE    POST    TEXT           TEXT: the pattern as written
 * problem  LINE  MESSAGE                              a line the reader skipped
 * </pre>
 * Words are separated by a blank, phrases by {@code |}, slots by {@code ;}. A slot is
 * {@code (PREP)} followed by its phrases (none: any object), or phrases alone; a synonym set's
 * name ({@code &WEAPON}) stands for its phrases. A code is written as in the dictionary without
 * brackets: {@code 070}, {@code 042:042} (both sides act), {@code :071} (reverse event only),
 * {@code ---} (no event). TEXT and MESSAGE are escaped as {@link TsvRecords#escape} says.
 *
 * <p>Stateless; thread-safe. {@link #read} returns a dictionary equal to the one that was written.
 */
public final class VerbDictionaryTsv {
  private static final String NONE = "---";

  private VerbDictionaryTsv() {}

  /**
   * Writes {@code d} with {@code header} as comment lines.
   *
   * @throws IllegalArgumentException when a word or name holds a character the format reserves
   */
  public static void write(VerbDictionary d, List<String> header, Writer out) throws IOException {
    TsvRecords.header(out, header);
    row(out, "source", checked(d.file(), "\t"));
    Map<List<Phrase>, String> byValue = new HashMap<>();
    Map<String, Integer> names = new HashMap<>();
    d.synsets().forEach(s -> names.merge(s.name(), 1, Integer::sum));
    for (Synset s : d.synsets()) {
      if (!s.name().startsWith("&")) {
        throw new IllegalArgumentException("synonym set name without '&': " + s.name());
      }
      row(out, "synset", s.line(), checked(s.name(), " \t;|()"), phrases(s.members()));
      if (names.get(s.name()) == 1 && !s.members().isEmpty()) {
        byValue.putIfAbsent(s.members(), s.name());
      }
    }
    for (Block b : d.blocks()) {
      row(out, "block", b.line(), checked(b.name(), "\t"), code(b.code()));
      for (Verb v : b.verbs()) {
        row(out, "verb", v.line(), word(v.lemma()), words(v.forms()), words(v.before()),
            words(v.after()), v.code() == null ? "" : code(v.code()));
      }
      for (VerbPattern p : b.patterns()) {
        row(out, "pattern", p.line(), code(p.code()), slots(p.pre(), byValue),
            slots(p.post(), byValue), escape(p.text()));
      }
    }
    String prefix = d.file() + ":";
    for (String problem : d.problems()) {
      int colon = problem.indexOf(": ", prefix.length());
      if (!problem.startsWith(prefix) || colon < 0) {
        throw new IllegalArgumentException("problem without '" + prefix + "LINE: ': " + problem);
      }
      row(out, "problem", problem.substring(prefix.length(), colon),
          escape(problem.substring(colon + 2)));
    }
  }

  private static String code(Code c) {
    if (c.none()) {
      return NONE;
    }
    if (c.bothAct() && c.reversed()) {
      throw new IllegalArgumentException("a code cannot be both symmetric and reversed: " + c);
    }
    return c.reversed() ? ":" + c.cameo() : c.bothAct() ? c.cameo() + ":" + c.cameo() : c.cameo();
  }

  private static String slots(List<Slot> slots, Map<List<Phrase>, String> synsets) {
    List<String> out = new ArrayList<>();
    for (Slot s : slots) {
      String prep = s.prep() == null ? "" : "(" + checked(s.prep().word(), "\t;|()") + ")";
      String name = synsets.get(s.phrases());
      String phrases = name != null ? name : phrases(s.phrases());
      if (s.prep() == null && s.phrases().isEmpty()
          || name == null && (phrases.startsWith("&") || phrases.startsWith("("))) {
        throw new IllegalArgumentException("cannot write slot " + s);
      }
      out.add(prep + phrases);
    }
    return String.join(";", out);
  }

  private static String phrases(List<Phrase> phrases) {
    List<String> out = new ArrayList<>();
    for (Phrase p : phrases) {
      if (p.words().isEmpty()) {
        throw new IllegalArgumentException("cannot write an empty phrase");
      }
      out.add(words(p.words()));
    }
    return String.join("|", out);
  }

  private static String words(List<String> words) {
    return String.join(" ", words.stream().map(VerbDictionaryTsv::word).toList());
  }

  private static String word(String w) {
    if (w.isEmpty()) {
      throw new IllegalArgumentException("empty word");
    }
    return checked(w, " \t;|");
  }

  /**
   * Reads a compiled dictionary; {@code name} names it in errors.
   *
   * @throws IllegalStateException naming the line when a row does not fit the format
   */
  public static VerbDictionary read(String name, Reader in) throws IOException {
    return new Loader(name).read(in);
  }

  /** One read: rows in order, synonym sets by name, the open block. Not thread-safe. */
  private static final class Loader {
    final String name;
    final List<Synset> synsets = new ArrayList<>();
    final Map<String, List<Phrase>> byName = new HashMap<>();
    final List<Block> blocks = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    String file;
    Block block; // the open block's header; its verbs and patterns are collected below
    final List<Verb> verbs = new ArrayList<>();
    final List<VerbPattern> patterns = new ArrayList<>();

    Loader(String name) {
      this.name = name;
    }

    VerbDictionary read(Reader in) throws IOException {
      TsvRecords.read(name, in, this::row);
      endBlock();
      if (file == null) {
        throw new IllegalStateException(name + ": no 'source' row");
      }
      return new VerbDictionary(file, synsets, blocks, problems);
    }

    private void row(String[] c) {
      switch (c[0]) {
        case "source" -> file = cells(c, 2)[1];
        case "synset" -> {
          List<Phrase> members = literal(cells(c, 4)[3]);
          if (byName.put(c[2], members) != null) {
            byName.put(c[2], null); // defined twice: rows name it by value, not by name
          }
          synsets.add(new Synset(c[2], number(c[1]), members));
        }
        case "block" -> {
          endBlock();
          block = new Block(cells(c, 4)[2], code(c[3]), number(c[1]), List.of(), List.of());
        }
        case "verb" -> open().verbs.add(new Verb(cells(c, 7)[2], split(c[3], " "),
            split(c[4], " "), split(c[5], " "), c[6].isEmpty() ? null : code(c[6]), number(c[1])));
        case "pattern" -> open().patterns.add(new VerbPattern(slots(cells(c, 6)[3]), slots(c[4]),
            code(c[2]), number(c[1]), unescape(c[5])));
        case "problem" -> {
          if (file == null) {
            throw new IllegalArgumentException("problem before the 'source' row");
          }
          problems.add(file + ":" + number(cells(c, 3)[1]) + ": " + unescape(c[2]));
        }
        default -> throw new IllegalArgumentException("unknown row kind '" + c[0] + "'");
      }
    }

    private Loader open() {
      if (block == null) {
        throw new IllegalArgumentException("verb or pattern before any block");
      }
      return this;
    }

    private void endBlock() {
      if (block != null) {
        blocks.add(new Block(block.name(), block.code(), block.line(), verbs, patterns));
        verbs.clear();
        patterns.clear();
        block = null;
      }
    }

    private List<Slot> slots(String text) {
      List<Slot> out = new ArrayList<>();
      for (String s : split(text, ";")) {
        Prep prep = null;
        String rest = s;
        if (s.startsWith("(")) {
          int close = s.indexOf(')');
          if (close < 0) {
            throw new IllegalArgumentException("unclosed '(' in slot '" + s + "'");
          }
          prep = new Prep(s.substring(1, close));
          rest = s.substring(close + 1);
        }
        out.add(new Slot(rest.isEmpty() && prep != null ? List.of() : phrases(rest), prep));
      }
      return out;
    }

    private List<Phrase> phrases(String text) {
      if (!text.startsWith("&")) {
        return literal(text);
      }
      List<Phrase> set = byName.get(text);
      if (set == null) {
        throw new IllegalArgumentException("unknown or twice defined synonym set " + text);
      }
      return set;
    }

    private static List<Phrase> literal(String text) {
      if (text.isEmpty()) {
        return List.of();
      }
      List<Phrase> out = new ArrayList<>();
      for (String p : text.split("\\|", -1)) {
        if (p.isEmpty()) {
          throw new IllegalArgumentException("empty phrase in '" + text + "'");
        }
        out.add(new Phrase(split(p, " ")));
      }
      return out;
    }
  }

  private static Code code(String s) {
    if (s.equals(NONE)) {
      return Code.NONE;
    }
    String[] sides = s.split(":", -1);
    for (String side : sides) {
      if (!side.isEmpty() && !side.matches("\\d{2,4}")) {
        throw new IllegalArgumentException("bad code '" + s + "'");
      }
    }
    if (sides.length == 1 && !s.isEmpty()) {
      return new Code(s, false);
    }
    if (sides.length == 2 && sides[0].isEmpty() && !sides[1].isEmpty()) {
      return new Code(sides[1], false, true);
    }
    if (sides.length == 2 && sides[0].equals(sides[1]) && !s.startsWith(":")) {
      return new Code(sides[0], true);
    }
    throw new IllegalArgumentException("bad code '" + s + "'");
  }
}
