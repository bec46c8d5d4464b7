package org.annals.nlp.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.Ontology;
import org.annals.nlp.events.LexiconEntry.Element;
import org.annals.nlp.events.LexiconEntry.Flag;
import org.annals.nlp.events.LexiconEntry.Pos;

/**
 * The event lexicon: the bundled {@code org/annals/nlp/lexicon/events.tsv} plus an optional user
 * file whose entries add to or replace (by id) the bundled ones, over the base lexicon of the
 * CAMEO verb-pattern dictionary ({@link CameoVerbs}), which codes the verbs no entry here takes. The format is documented in
 * {@code docs/LEXICON.md}; every error names the file and line.
 *
 * <p>Immutable after loading; thread-safe. Entries are indexed by the forms of their first
 * element so that matching is a hash lookup per token.
 */
public final class Lexicon {
  /** How many other tokens a "..." gap may skip. */
  public static final int MAX_GAP = 4;
  public static final String BUNDLED = "org/annals/nlp/lexicon/events.tsv";
  private static final Pattern TAB = Pattern.compile("\t");
  private static final Pattern SPACE = Pattern.compile(" +");
  private static final Pattern BAR = Pattern.compile("\\|");

  private final Map<String, LexiconEntry> entries;
  private final Map<String, List<LexiconEntry>> byFirstForm;
  private final Map<String, String> embed;
  private final String version;
  private final CameoVerbs cameoVerbs;

  private Lexicon(Map<String, LexiconEntry> entries, Map<String, String> embed, String digest,
      CameoVerbs cameoVerbs) {
    this.cameoVerbs = cameoVerbs;
    this.entries = Map.copyOf(entries);
    this.embed = Map.copyOf(embed);
    Map<String, List<LexiconEntry>> index = new HashMap<>();
    for (LexiconEntry e : entries.values()) {
      for (String form : e.pattern().get(0).forms()) {
        index.computeIfAbsent(form, k -> new ArrayList<>()).add(e);
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byFirstForm = Map.copyOf(index);
    this.version = "lexicon-" + entries.size() + "+cameo-"
        + cameoVerbs.dictionary().patternCount() + "-" + digest;
  }

  /** Loads the bundled lexicon and, when given, the user's file on top of it. */
  public static Lexicon load(Ontology ontology, Path userFile) {
    Parser parser = new Parser(ontology);
    StringBuilder digest = new StringBuilder();
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled lexicon " + BUNDLED + " is missing from the classpath");
      }
      digest.append(parser.parse(BUNDLED, new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled lexicon " + BUNDLED, e);
    }
    if (userFile != null) {
      try (Reader r = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
        digest.append(parser.parse(userFile.toString(), r));
      } catch (IOException e) {
        throw new BadInputException("lexicon " + userFile + ": cannot read: " + e.getMessage(), e);
      }
    }
    CameoVerbs cameo = CameoVerbs.bundled(ontology);
    digest.append(cameo.digest());
    return new Lexicon(parser.entries, parser.embed,
        Article.sha256Hex(digest.toString()).substring(0, 8), cameo);
  }

  /** The base lexicon under the hand-written entries: the CAMEO verb-pattern dictionary. */
  public CameoVerbs cameoVerbs() {
    return cameoVerbs;
  }

  /** Entries whose first element accepts {@code form} (a lemma or lower-cased word). */
  public List<LexiconEntry> startingWith(String form) {
    return byFirstForm.getOrDefault(form, List.of());
  }

  /** Every entry (bundled and user), read-only; the fast profile's gate derives its triggers from them. */
  public java.util.Collection<LexiconEntry> entries() {
    return entries.values();
  }

  public Optional<LexiconEntry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  public int size() {
    return entries.size();
  }

  /** The code for an event of type {@code governor} that governs one of type {@code embedded}. */
  public Optional<String> embedCode(String governor, String embedded) {
    return Optional.ofNullable(embed.get(governor + "/" + embedded));
  }

  /** Version string for provenance: entry count and content digest. */
  public String version() {
    return version;
  }

  /** Parses lexicon text; collects entries (a later file's ids replace earlier ones; an id twice in one file is an error) and embed rules. */
  private static final class Parser {
    private final Ontology ontology;
    private final Map<String, LexiconEntry> entries = new LinkedHashMap<>();
    private final Map<String, String> embed = new HashMap<>();

    Parser(Ontology ontology) {
      this.ontology = ontology;
    }

    String parse(String file, Reader reader) throws IOException {
      BufferedReader r = new BufferedReader(reader);
      StringBuilder all = new StringBuilder();
      String line;
      int n = 0;
      Map<String, Integer> idLines = new HashMap<>();
      while ((line = r.readLine()) != null) {
        n++;
        all.append(line).append('\n');
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String where = "lexicon " + file + " line " + n;
        String[] cols = TAB.split(line.stripTrailing(), -1);
        if (cols[0].equals("@embed")) {
          embedLine(cols, where);
        } else {
          LexiconEntry e = entry(cols, where);
          Integer first = idLines.putIfAbsent(e.id(), n);
          if (first != null) {
            throw new BadInputException(where + ": id " + e.id() + " is already defined at line " + first
                + " (an id names one entry; a user file replaces a bundled entry by its id)");
          }
          entries.put(e.id(), e);
        }
      }
      return all.toString();
    }

    private void embedLine(String[] cols, String where) {
      if (cols.length != 4) {
        throw new BadInputException(where + ": @embed needs 3 tab-separated values (governor type, embedded type, CAMEO code), got " + (cols.length - 1));
      }
      checkType(cols[1], where);
      checkType(cols[2], where);
      checkCameo(cols[3], where);
      embed.put(cols[1] + "/" + cols[2], cols[3]);
    }

    private LexiconEntry entry(String[] cols, String where) {
      if (cols.length != 7) {
        throw new BadInputException(where + ": expected 7 tab-separated columns (id, pattern, event, mode, context, cameo, flags), got " + cols.length);
      }
      String id = cols[0].strip();
      if (!id.matches("[a-z0-9][a-z0-9.\\-_]*")) {
        throw new BadInputException(where + ": bad id '" + id + "' (use lower-case letters, digits, '.', '-', '_')");
      }
      List<Element> pattern = pattern(cols[1].strip(), where);
      String event = cols[2].strip();
      if (event.equals(LexiconEntry.NOT_AN_EVENT)) {
        return notAnEvent(id, pattern, cols, where);
      }
      checkType(event, where);
      String mode = dash(cols[3]);
      if (mode != null && !ontology.plover(event).orElseThrow().modes().contains(mode)) {
        throw new BadInputException(where + ": mode '" + mode + "' is not a PLOVER 2.0 mode of " + event);
      }
      List<String> context = dash(cols[4]) == null ? List.of()
          : Arrays.stream(cols[4].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      for (String c : context) {
        if (!ontology.contexts().contains(c)) {
          throw new BadInputException(where + ": unknown PLOVER context '" + c + "'");
        }
      }
      String cameo = cols[5].strip();
      checkCameo(cameo, where);
      return new LexiconEntry(id, pattern, event, mode, context, cameo, flags(cols[6], where), where);
    }

    /** A phrase that looks like a trigger but is no event: every other column must be "-". */
    private static LexiconEntry notAnEvent(String id, List<Element> pattern, String[] cols,
        String where) {
      for (int i = 3; i < 7; i++) {
        if (dash(cols[i]) != null) {
          throw new BadInputException(where + ": an entry with event " + LexiconEntry.NOT_AN_EVENT
              + " takes no mode, context, CAMEO code or flags (column " + (i + 1) + " is '"
              + cols[i].strip() + "')");
        }
      }
      return new LexiconEntry(id, pattern, LexiconEntry.NOT_AN_EVENT, null, List.of(), "-",
          EnumSet.noneOf(Flag.class), where);
    }

    private static String dash(String col) {
      String s = col.strip();
      return s.isEmpty() || s.equals("-") ? null : s;
    }

    private static List<Element> pattern(String text, String where) {
      List<Element> out = new ArrayList<>();
      boolean gap = false;
      for (String part : SPACE.split(text)) {
        if (part.equals("...")) {
          if (out.isEmpty() || gap) {
            throw new BadInputException(where + ": '...' must stand between two pattern elements");
          }
          gap = true;
          continue;
        }
        Pos pos = Pos.ANY;
        String forms = part;
        if (part.endsWith("/V") || part.endsWith("/N")) {
          pos = part.endsWith("/V") ? Pos.VERB : Pos.NOUN;
          forms = part.substring(0, part.length() - 2);
        }
        Set<String> set = new java.util.HashSet<>();
        for (String f : BAR.split(forms.toLowerCase(Locale.ROOT))) {
          if (f.isEmpty() || f.contains("/")) {
            throw new BadInputException(where + ": bad pattern element '" + part + "'");
          }
          set.add(f);
        }
        out.add(new Element(set, pos, gap));
        gap = false;
      }
      if (out.isEmpty() || gap) {
        throw new BadInputException(where + ": empty pattern or pattern ending in '...'");
      }
      return out;
    }

    private static Set<Flag> flags(String col, String where) {
      String s = dash(col);
      Set<Flag> flags = EnumSet.noneOf(Flag.class);
      if (s == null) {
        return flags;
      }
      for (String f : s.split(",")) {
        switch (f.strip()) {
          case "symmetric" -> flags.add(Flag.SYMMETRIC);
          case "subj-target" -> flags.add(Flag.SUBJ_TARGET);
          case "complement-target" -> flags.add(Flag.COMPLEMENT_TARGET);
          case "topic" -> flags.add(Flag.TOPIC);
          case "needs-recipient" -> flags.add(Flag.NEEDS_RECIPIENT);
          case "not-in-disaster" -> flags.add(Flag.NOT_IN_DISASTER);
          case "reversed" -> flags.add(Flag.REVERSED);
          case "delegates" -> flags.add(Flag.DELEGATES);
          case "crowd" -> flags.add(Flag.CROWD);
          case "place-target" -> flags.add(Flag.PLACE_TARGET);
          case "not-own" -> flags.add(Flag.NOT_OWN);
          case "vow" -> flags.add(Flag.VOW);
          case "agentive" -> flags.add(Flag.AGENTIVE);
          case "accused-subject" -> flags.add(Flag.ACCUSED_SUBJECT);
          case "people-object" -> flags.add(Flag.PEOPLE_OBJECT);
          default -> throw new BadInputException(where + ": unknown flag '" + f.strip()
              + "' (known: symmetric, subj-target, complement-target, topic, needs-recipient, not-in-disaster, reversed, delegates, crowd, place-target, not-own, vow, agentive, accused-subject, people-object)");
        }
      }
      return flags;
    }

    private void checkType(String event, String where) {
      if (ontology.plover(event).isEmpty()) {
        throw new BadInputException(where + ": unknown PLOVER event type '" + event + "'");
      }
    }

    private void checkCameo(String code, String where) {
      if (!code.matches("\\d{2,4}") || ontology.cameo(code).isEmpty()) {
        throw new BadInputException(where + ": unknown CAMEO event code '" + code + "'");
      }
      if (code.startsWith("01") || code.startsWith("02")) {
        throw new BadInputException(where + ": CAMEO " + code + " is a statement code that PLOVER drops; it cannot be a lexicon entry");
      }
    }
  }
}
