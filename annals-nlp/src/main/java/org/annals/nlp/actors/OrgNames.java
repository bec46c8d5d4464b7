package org.annals.nlp.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.kb.Entity;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.NameMatch;
import org.annals.kb.Names;
import org.annals.kb.places.Gazetteer;
import org.annals.kb.places.Place;
import org.annals.model.Token;
import org.annals.model.ontology.TsvTable;

/**
 * Named bodies the knowledge base does not know: a capitalised name headed by an organisation
 * word ("the Freedonia Society of Engineers", "National Crime Agency") or a run the NER tags as an
 * ORGANIZATION, whose head is not itself a KB role, agent or organisation. The sector comes from
 * the head word (resource {@code org-words.tsv}), else from an apposition ("X, a Kenyan charity")
 * or a modifier before the name ("state-owned"); the country from a country name or demonym
 * inside the name, else a place inside it ("X of Montana": a US state, so USA), else the
 * apposition ("a Berlin-based non-profit"), else none: {@link Phrase} then gives state bodies the
 * article's country and the others an unknown one. The rule says which:
 * {@code org-name:head=foundation,country=demonym}.
 *
 * <p>Immutable after construction; thread-safe (read-only KB, gazetteer and word tables).
 */
final class OrgNames {
  /** Entity id prefix of the organisations this class makes up from a name. */
  static final String ID_PREFIX = "org-name/";
  private static final String WORDS = "org-words.tsv";
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "on", "the");
  /** An apposition that classifies ("a Kenyan charity"), not one that names ("the Supreme Court"). */
  private static final Set<String> ARTICLES = Set.of("a", "an");
  private static final Set<String> NOT_NAMES = Set.of(
      "DATE", "TIME", "DURATION", "NUMBER", "ORDINAL", "MONEY", "PERCENT", "SET");
  /** Tokens an apposition may run before its noun ("X, a Berlin-based medical non-profit"). */
  private static final int APPOSITION_WINDOW = 5;
  /** Towns inside a name count only from this size (a surname is often some village too). */
  private static final long MIN_TOWN = 100_000;

  private final KnowledgeBase kb;
  private final Gazetteer gazetteer;
  private final Map<String, String> heads = new HashMap<>();
  private final Map<String, String> cues = new HashMap<>();
  private final Set<String> contextSectors = new HashSet<>();
  private final Set<String> missions = new HashSet<>();

  /** What one name says. */
  private record Found(String word, String sector) {}

  OrgNames(KnowledgeBase kb, Gazetteer gazetteer) {
    this.kb = kb;
    this.gazetteer = gazetteer;
    TsvTable t = TsvTable.resource(OrgNames.class, WORDS);
    for (TsvTable.Row r : t.rows()) {
      String word = r.get("word").toLowerCase(Locale.ROOT);
      switch (r.get("use")) {
        case "head" -> heads.put(word, r.get("sector"));
        case "cue" -> cues.put(word, r.get("sector"));
        case "context" -> contextSectors.add(r.get("sector"));
        case "mission" -> missions.add(word);
        case "source" -> { } // SceneCountry reads them (sourceWords)
        default -> throw r.fail("use must be head, cue, context, mission or source: " + r.get("use"));
      }
    }
  }

  /** The words (lower case) that make a trailing reporting clause a news source's. */
  static Set<String> sourceWords() {
    Set<String> out = new HashSet<>();
    for (TsvTable.Row r : TsvTable.resource(OrgNames.class, WORDS).rows()) {
      if (r.get("use").equals("source")) {
        out.add(r.get("word").toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }

  /** Whether the words (lower case) name a diplomat or mission posted abroad ("ambassador"). */
  boolean mission(String words) {
    return missions.contains(words.toLowerCase(Locale.ROOT));
  }

  /** Whether an organisation of this sector with no country word belongs to the article's state. */
  boolean takesContext(String sector) {
    return sector != null && contextSectors.contains(sector);
  }

  /** The organisation named from token {@code i}, or null when none starts there or the KB knows it. */
  Piece at(List<Token> tokens, List<String> words, int i) {
    if (!startsName(tokens.get(i))) {
      return null;
    }
    int end = extend(tokens, i);
    boolean nerOrg = allOrganization(tokens, i, end);
    int[] head = head(words, i, end);
    if (head != null && personBefore(tokens, i, head[0])) {
      return null;
    }
    end = head == null ? end : beforeAnd(tokens, head[0] + head[1], end);
    String[] country = new String[2];
    if (!inside(words, i, end, head, country)) {
      return null;
    }
    boolean person = tokens.get(i).ner().equals("PERSON");
    Found apposition = person ? null : apposition(tokens, words, end, country);
    String cue = cue(words, i);
    boolean named = nerOrg || apposition != null || cue != null;
    if (!named && (head == null || end == i)) {
      return null; // a lone capitalised head ("Police said") is the KB's
    }
    String sector = head != null ? heads.get(headWord(words, head))
        : apposition != null ? apposition.sector() : cue;
    if (sector == null && country[0] == null) {
      return null;
    }
    String name = String.join(" ", words.subList(i, end + 1));
    String word = head != null ? headWord(words, head) : apposition != null ? apposition.word() : "ner";
    String rule = "org-name:head=" + word + ",country=" + (country[1] == null ? "none" : country[1]);
    Entity e = new Entity(ID_PREFIX + Names.slug(name), Entity.Kind.ORGANIZATION, name, country[0],
        sector, null, List.of(), rule);
    return new Piece(i, end, Piece.Kind.ORGANIZATION, e, null, sector, rule, null, null);
  }

  private static boolean startsName(Token t) {
    String w = t.word();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(t.ner())
        && (t.pos().startsWith("NNP") || t.pos().startsWith("JJ") || t.ner().equals("ORGANIZATION"));
  }

  /** The last token of the capitalised run from {@code i}, through "of", "for", "and" between names. */
  private static int extend(List<Token> tokens, int i) {
    int end = i;
    int j = i + 1;
    while (j < tokens.size()) {
      Token t = tokens.get(j);
      if (startsName(t)) {
        end = j;
        j++;
      } else if (CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT)) && j + 1 < tokens.size()) {
        j++;
      } else {
        break;
      }
    }
    return end;
  }

  /** "the Freedonia Society and Ruritania": a name ends before an "and" after its head. */
  private static int beforeAnd(List<Token> tokens, int from, int end) {
    for (int j = from; j <= end; j++) {
      String w = tokens.get(j).word();
      if (w.equals("and") || w.equals("&")) {
        int k = j - 1;
        while (CONNECTORS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
          k--;
        }
        return k;
      }
    }
    return end;
  }

  private static boolean allOrganization(List<Token> tokens, int i, int end) {
    for (int j = i; j <= end; j++) {
      if (!tokens.get(j).ner().equals("ORGANIZATION")) {
        return false;
      }
    }
    return true;
  }

  /** A person's name before the head with a connector between is the person, not the body. */
  private static boolean personBefore(List<Token> tokens, int i, int head) {
    if (!tokens.get(i).ner().equals("PERSON")) {
      return false;
    }
    for (int j = i; j < head; j++) {
      if (CONNECTORS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The first head word of the name as {start, length}, two-word heads first, or null. */
  private int[] head(List<String> words, int i, int end) {
    for (int j = i; j <= end; j++) {
      if (j < end && heads.containsKey(lower(words.get(j)) + " " + lower(words.get(j + 1)))) {
        return new int[] {j, 2};
      }
      if (heads.containsKey(lower(words.get(j)))) {
        return new int[] {j, 1};
      }
    }
    return null;
  }

  private static String headWord(List<String> words, int[] head) {
    return head[1] == 1 ? lower(words.get(head[0]))
        : lower(words.get(head[0])) + " " + lower(words.get(head[0] + 1));
  }

  /**
   * Reads the KB matches inside the name: false when the KB knows the whole name or its head (a
   * role, an agent, an organisation); else fills {@code country} with the first country named or
   * adjective used inside the name, or else a place of the gazetteer inside it.
   */
  private boolean inside(List<String> words, int i, int end, int[] head, String[] country) {
    int j = i;
    while (j <= end) {
      List<NameMatch> ms = kb.matchAt(words, j);
      if (ms.isEmpty()) {
        j++;
        continue;
      }
      NameMatch m = ms.get(0);
      int last = j + m.length() - 1;
      if (j == i && last >= end) {
        return false;
      }
      Entity e = m.entityId() == null ? null : kb.entity(m.entityId()).orElse(null);
      boolean countryWord = e != null && e.kind() == Entity.Kind.COUNTRY
          && (m.kind() == NameMatch.Kind.ADJECTIVE || m.kind() == NameMatch.Kind.NAME);
      boolean person = e != null && e.kind() == Entity.Kind.PERSON;
      boolean coversHead = head == null || j <= head[0] + head[1] - 1 && last >= head[0];
      boolean loneAgent = head != null && m.kind() == NameMatch.Kind.AGENT && m.length() == 1;
      if (!countryWord && !person && !loneAgent && coversHead) {
        return false; // a role, agent or body the KB knows ("US Senate", "Foreign Ministry")
      }
      if (countryWord && country[0] == null) {
        country[0] = e.country();
        country[1] = m.kind() == NameMatch.Kind.ADJECTIVE ? "demonym" : "name";
      }
      j = last + 1;
    }
    if (country[0] == null) {
      for (int k = i; k <= end && country[0] == null; k++) {
        country[0] = place(words.subList(k, end + 1));
        country[1] = country[0] == null ? null : "place";
      }
    }
    return true;
  }

  /** The country of a US state, a division or a sizeable town the words start with, or null. */
  private String place(List<String> words) {
    Gazetteer.Match m = gazetteer.longestAt(words, 0);
    if (m == null || gazetteer.stopped(m.key())) {
      return null;
    }
    Place best = null;
    for (Gazetteer.Candidate c : m.candidates()) {
      Place p = c.place();
      boolean fits = Place.ADMIN1.equals(p.kind()) || p.population() >= MIN_TOWN;
      if (fits && (best == null || p.population() > best.population())) {
        best = p;
      }
    }
    return best == null || best.isCountry() ? null : best.country();
  }

  /**
   * ", a Kenyan charity", ", a Berlin-based non-profit": the noun's sector, and the country of
   * its adjective or "-based" place into {@code country} when the name gave none.
   */
  private Found apposition(List<Token> tokens, List<String> words, int end, String[] country) {
    if (end + 3 >= tokens.size() || !tokens.get(end + 1).word().equals(",")
        || !ARTICLES.contains(lower(words.get(end + 2)))) {
      return null;
    }
    String where = null;
    for (int j = end + 3; j < Math.min(tokens.size(), end + 3 + APPOSITION_WINDOW); j++) {
      String w = lower(words.get(j));
      if (w.equals(",") || w.equals(".")) {
        return null;
      }
      if (where == null) {
        where = appositionCountry(words, j);
      }
      String sector = Character.isLowerCase(words.get(j).charAt(0)) ? heads.get(w) : null;
      boolean last = j + 1 >= tokens.size() || !tokens.get(j + 1).isNoun();
      if (sector != null && last) {
        if (country[0] == null && where != null) {
          country[0] = where;
          country[1] = "apposition";
        }
        return new Found(w, sector);
      }
    }
    return null;
  }

  private String appositionCountry(List<String> words, int j) {
    String w = words.get(j);
    boolean split = j + 2 < words.size() && words.get(j + 1).equals("-")
        && lower(words.get(j + 2)).equals("based");
    if (split || lower(w).endsWith("-based")) {
      String placeName = split ? w : w.substring(0, w.length() - "-based".length());
      List<NameMatch> ms = kb.matchAt(List.of(placeName), 0);
      for (NameMatch m : ms) {
        Entity e = m.entityId() == null ? null : kb.entity(m.entityId()).orElse(null);
        if (e != null && e.kind() == Entity.Kind.COUNTRY) {
          return e.country();
        }
      }
      return place(List.of(placeName));
    }
    for (NameMatch m : kb.matchAt(words, j)) {
      Entity e = m.entityId() == null ? null : kb.entity(m.entityId()).orElse(null);
      if (m.kind() == NameMatch.Kind.ADJECTIVE && e != null && e.kind() == Entity.Kind.COUNTRY) {
        return e.country();
      }
    }
    return null;
  }

  /** The sector of a modifier just before the name ("state-owned"), or null. */
  private String cue(List<String> words, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
      String s = cues.get(lower(words.get(j)));
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
