package org.annals.nlp.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.annals.model.Ontology;
import org.annals.nlp.events.LexiconEntry.Element;
import org.annals.nlp.events.LexiconEntry.Flag;
import org.annals.nlp.events.LexiconEntry.Pos;
import org.annals.nlp.events.cameo.VerbDictionary;
import org.annals.nlp.events.cameo.VerbDictionaryTsv;

/**
 * The base lexicon: the PETRARCH CAMEO verb-pattern dictionary ({@code CAMEO.2.0.txt}, Open Event
 * Data Alliance, MIT; bundled in the project's compiled form {@code petrarch/cameo-verbs.tsv.gz},
 * read by {@link VerbDictionaryTsv}) compiled against the ontology, with the project's curation
 * ({@code cameo-curation.tsv}) on top. Every pattern, verb default and block default becomes a
 * {@link LexiconEntry} whose id is {@code cameo-verbs:LINE} and whose source is the dictionary
 * line; a code PLOVER drops (01, 02) or maps to no PLOVER type becomes a {@code NONE} entry that
 * wins its verb and codes nothing.
 *
 * <p>Immutable after loading; thread-safe.
 */
public final class CameoVerbs {
  public static final String BUNDLED = "org/annals/nlp/lexicon/petrarch/cameo-verbs.tsv.gz";
  public static final String CURATION = "org/annals/nlp/lexicon/cameo-curation.tsv";
  private static final String FILE = "CAMEO.2.0.txt";
  /** Curation code that takes a verb out of its block: neither its patterns nor its default. */
  private static final String DROP = "drop";

  private final VerbDictionary dictionary;
  private final Map<String, List<VerbDictionary.Entry>> index;
  private final Map<String, LexiconEntry> entries = new HashMap<>();
  private final Map<String, String> curatedDefaults;
  private final String digest;

  CameoVerbs(VerbDictionary dictionary, Map<String, String> curatedDefaults, Ontology ontology) {
    this.dictionary = dictionary;
    Map<String, List<VerbDictionary.Entry>> all = new HashMap<>(dictionary.index());
    all.replaceAll((word, list) -> list.stream()
        .filter(e -> !DROP.equals(curatedDefaults.get("verb:" + e.verb().lemma()))).toList());
    all.values().removeIf(List::isEmpty);
    this.index = Map.copyOf(all);
    this.curatedDefaults = Map.copyOf(curatedDefaults);
    this.digest = dictionary.blocks().size() + "/" + dictionary.patternCount() + "/"
        + new java.util.TreeMap<>(curatedDefaults);
    for (VerbDictionary.Block b : dictionary.blocks()) {
      for (VerbDictionary.VerbPattern p : b.patterns()) {
        LexiconEntry e = entry(ontology, curated(p), p.line(),
            b.name() + ": " + p.text(), 1 + p.pre().size() + p.post().size(), false);
        entries.put("p" + p.line(), onlyPrepositions(p) ? needsRecipient(e) : e);
      }
      for (VerbDictionary.Verb v : b.verbs()) {
        VerbDictionary.Entry e = new VerbDictionary.Entry(v, b);
        VerbDictionary.Code code = curated(e);
        entries.put("v" + v.line(), entry(ontology, code, v.line(),
            b.name() + ": verb " + v.lemma() + " (default " + (code.none() ? "none" : code.cameo())
                + ")", 1 + v.before().size() + v.after().size(), true));
      }
    }
  }

  /**
   * A weapon as the subject of a two-sided code ("- &WEAPON * [193:193]", written for "guns
   * battled"): the verbs of its block that hit ("missiles hit the plant", "rockets struck the
   * town") name one side acting on the other, so the code is one-sided (h108).
   */
  private static VerbDictionary.Code oneSided(VerbDictionary.VerbPattern p) {
    VerbDictionary.Code c = p.code();
    return c.bothAct() && p.text().startsWith("- &WEAPON *") ? new VerbDictionary.Code(c.cameo(), false, false) : c;
  }

  /**
   * A pattern's code, or its curated replacement ({@code pattern LINE CODE|-}: "- * (IN COURT)
   * [173]" read every court appearance as an arrest).
   */
  private VerbDictionary.Code curated(VerbDictionary.VerbPattern p) {
    String c = curatedDefaults.get("pattern:" + p.line());
    if (c == null) {
      return oneSided(p);
    }
    return c.equals("-") ? VerbDictionary.Code.NONE : new VerbDictionary.Code(c, false);
  }

  /** Loads the bundled dictionary and curation. */
  public static CameoVerbs bundled(Ontology ontology) {
    try (InputStream in = new GZIPInputStream(resource(BUNDLED));
        InputStream cur = resource(CURATION)) {
      VerbDictionary d = VerbDictionaryTsv.read(BUNDLED,
          new InputStreamReader(in, StandardCharsets.UTF_8));
      return new CameoVerbs(d, curation(CURATION, new InputStreamReader(cur, StandardCharsets.UTF_8)),
          ontology);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + BUNDLED, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = CameoVerbs.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the classpath");
    }
    return in;
  }

  /**
   * Reads the curation table: {@code block NAME CODE reason} or {@code verb LEMMA CODE reason}
   * (tab-separated; CODE {@code -} = no event) replacing the default code of a whole block or of
   * one verb when no pattern matches; {@code verb LEMMA drop reason} takes the verb out of its
   * block altogether (the block's patterns were written for its other verbs); {@code pattern
   * LINE CODE reason} replaces the code of the pattern on that line of {@code CAMEO.2.0.txt}.
   */
  static Map<String, String> curation(String file, Reader reader) throws IOException {
    Map<String, String> out = new HashMap<>();
    BufferedReader r = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 4 || !(cols[0].equals("block") || cols[0].equals("verb")
              || cols[0].equals("pattern") && cols[1].matches("\\d+"))
          || !(cols[2].equals("-") || cols[2].matches("\\d{2,4}")
              || (cols[0].equals("verb") && cols[2].equals(DROP)))) {
        throw new IllegalStateException(file + " line " + n
            + ": expected 'block|verb<TAB>NAME<TAB>CODE|-<TAB>reason' (or 'verb NAME drop reason',"
            + " 'pattern LINE CODE|- reason')");
      }
      out.put(cols[0] + ":" + cols[1].toLowerCase(Locale.ROOT), cols[2]);
    }
    return out;
  }

  private VerbDictionary.Code curated(VerbDictionary.Entry e) {
    String byVerb = curatedDefaults.get("verb:" + e.verb().lemma());
    String byBlock = e.verb().code() == null
        ? curatedDefaults.get("block:" + e.block().name().toLowerCase(Locale.ROOT)) : null;
    String c = byVerb != null ? byVerb : byBlock;
    if (c == null) {
      return e.defaultCode();
    }
    return c.equals("-") || c.equals(DROP) ? VerbDictionary.Code.NONE
        : new VerbDictionary.Code(c, false);
  }

  private static LexiconEntry entry(Ontology ontology, VerbDictionary.Code code, int line,
      String source, int size, boolean verbDefault) {
    // The entry's elements only stand for how many words the pattern asks for (match preference
    // and confidence count them); dictionary entries are matched by DictionaryMatcher, not by them.
    List<Element> pattern = java.util.Collections.nCopies(size,
        new Element(Set.of("*"), Pos.VERB, false));
    String id = "cameo-verbs:" + line;
    String where = FILE + " line " + line + " (" + source + ")";
    Optional<Ontology.CameoCode> c = code.none() ? Optional.empty() : ontology.cameo(code.cameo());
    if (c.isEmpty() || code.cameo().startsWith("01") || code.cameo().startsWith("02")
        || c.get().ploverEvent() == null || c.get().ploverEvent().isEmpty()) {
      return new LexiconEntry(id, pattern, LexiconEntry.NOT_AN_EVENT, null, List.of(), "-",
          EnumSet.noneOf(Flag.class), where);
    }
    Ontology.CameoCode cc = c.get();
    String mode = cc.ploverMode() == null || cc.ploverMode().isEmpty() ? null : cc.ploverMode();
    Set<Flag> flags = code.bothAct() ? EnumSet.of(Flag.SYMMETRIC) : EnumSet.noneOf(Flag.class);
    if (verbDefault) {
      flags.add(Flag.AGENTIVE);
      flags.add(Flag.BARE_VERB);
    }
    if (code.reversed()) {
      flags.add(Flag.REVERSED);
    }
    return new LexiconEntry(id, pattern, cc.ploverEvent(), mode, ontology.cameoContexts(cc.code()),
        cc.code(), flags, where);
  }

  /**
   * A pattern that asks only for a preposition ("- * (TO)": "flew to") says little: its event
   * needs a recipient there ("flew to Moscow", not "flew to Hawaii").
   */
  private static boolean onlyPrepositions(VerbDictionary.VerbPattern p) {
    return p.pre().isEmpty() && !p.post().isEmpty()
        && p.post().stream().allMatch(s -> s.prep() != null && s.phrases().isEmpty());
  }

  private static LexiconEntry needsRecipient(LexiconEntry e) {
    if (e.notAnEvent()) {
      return e;
    }
    Set<Flag> flags = EnumSet.of(Flag.NEEDS_RECIPIENT);
    flags.addAll(e.flags());
    return new LexiconEntry(e.id(), e.pattern(), e.event(), e.mode(), e.context(), e.cameo(),
        flags, e.source());
  }

  /**
   * Dictionary verbs whose lemma or irregular form is {@code word} (as curated: dropped verbs left
   * out). Public read-only for the fast profile's gate ({@code org.annals.nlp.gate}).
   */
  public List<VerbDictionary.Entry> verbs(String word) {
    return index.getOrDefault(word, List.of());
  }

  /** The entry of a pattern (public read-only for the fast profile's gate). */
  public LexiconEntry pattern(VerbDictionary.VerbPattern p) {
    return entries.get("p" + p.line());
  }

  /** The entry of a verb when none of its block's patterns matches (public read-only for the gate). */
  public LexiconEntry verbDefault(VerbDictionary.Verb v) {
    return entries.get("v" + v.line());
  }

  /** What changes when the dictionary or the curation changes, for the lexicon version. */
  String digest() {
    return digest;
  }

  public VerbDictionary dictionary() {
    return dictionary;
  }
}
