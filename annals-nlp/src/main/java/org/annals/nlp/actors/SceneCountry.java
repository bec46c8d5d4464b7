package org.annals.nlp.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.kb.Entity;
import org.annals.kb.places.Gazetteer;
import org.annals.kb.places.Place;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.nlp.text.WordLists;

/**
 * Where a sentence's scene is, for actors that name no country ("police", "protesters", a
 * person the KB does not know): a country or a place of the gazetteer named as a place ("in
 * Austria", "outside Christchurch", "in the Slovak town of Nitra"), else the first nationality
 * adjective ("two Swiss police officers"), else the first country named at all, else (weakly,
 * after the article's home) the first gazetteer place named anywhere ("the Lagos streets").
 *
 * <p>A gazetteer place counts only when the NER tags it as a place and it is not on the
 * gazetteer's stoplist; a name with several readings takes the one in a country the sentence
 * names, else the most populous. Immutable; thread-safe (read-only KB pieces and gazetteer).
 */
final class SceneCountry {
  private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");
  private static final Set<String> LOCATIVE = WordLists.bundled().get("locative-preposition");
  private static final Set<String> FRONTIER = WordLists.bundled().get("frontier-noun");
  private static final Set<String> MISSIONS = WordLists.bundled().get("mission-noun");
  private static final int PLACE_WINDOW = 3;
  private static final Set<String> SPEECH = WordLists.bundled().get("speech-verb");
  private static final Set<String> SOURCE = OrgNames.sourceWords();
  /** The longest trailing clause read as a source ("..., a broadcaster of Australia reported"). */
  private static final int REPORT_WINDOW = 12;

  /**
   * The scene of one sentence: {@code located} when it was named as a place; {@code weak} when
   * only a city named other than as a place gives it, which yields to the article's home;
   * {@code adjectival} when only a nationality adjective gives it, which yields to the home for
   * agents ({@link ArticleContext#agentCountry}).
   */
  record Scene(String country, boolean located, boolean weak, boolean adjectival) {
    Scene(String country, boolean located) {
      this(country, located, false, false);
    }
  }

  private final Gazetteer gazetteer;

  SceneCountry(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The scene of {@code s}, or null when the sentence names no country or place. */
  Scene of(Sentence s, List<Piece> pieces) {
    String adjective = null;
    String bare = null;
    int[] report = reportingClause(s);
    for (Piece p : pieces) {
      if (!p.countryLike() || p.entity() == null || p.entity().kind() != Entity.Kind.COUNTRY
          || inside(report, p.first()) || frontier(s, p.last()) || mission(s, p)) {
        continue;
      }
      if (locative(s, p.first())) {
        return new Scene(p.entity().country(), true);
      }
      if (adjective == null && s.tokens().get(p.first()).pos().startsWith("JJ")) {
        adjective = p.entity().country();
      }
      if (bare == null) {
        bare = p.entity().country();
      }
    }
    String c = adjective != null ? adjective : bare;
    String place = placeCountry(s, c, report, true);
    if (place != null) {
      return new Scene(place, true);
    }
    if (c == null) {
      // "protests filled the Lagos streets": a place named other than after a preposition
      String named = placeCountry(s, null, report, false);
      return named == null ? null : new Scene(named, false, true, false);
    }
    return new Scene(c, false, false, adjective != null); // "a Syrian refugee": a nationality only
  }

  /**
   * The country of the first gazetteer place named after a locative preposition (any place the NER
   * tags, when {@code locativeOnly} is false), or null; a name with readings in several countries
   * takes the one in {@code named}, a country the sentence names, else the most populous.
   */
  private String placeCountry(Sentence s, String named, int[] report, boolean locativeOnly) {
    List<Token> tokens = s.tokens();
    List<String> words = tokens.stream().map(Token::word).toList();
    for (int i = 0; i < tokens.size(); i++) {
      if (!PLACE_NER.contains(tokens.get(i).ner()) || locativeOnly && !locative(s, i)
          || inside(report, i)) {
        continue;
      }
      Gazetteer.Match m = gazetteer.longestAt(words, i);
      if (m == null || gazetteer.stopped(m.key())) {
        continue;
      }
      String q = qualifier(words, i + m.length(), m.candidates());
      String c = q != null ? q : likeliest(m.candidates(), named);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /**
   * The country of the state or country named after a comma at word {@code at} ("Antioch,
   * Illinois", "Springfield, Ohio", "Perth, Australia"): it qualifies the place before it, whose
   * readings elsewhere yield to it. A qualifier of several readings ("Georgia") takes the one
   * with a reading of the place in it; null when no first-level division or country follows, or
   * its reading stays open.
   */
  private String qualifier(List<String> words, int at, List<Gazetteer.Candidate> place) {
    if (at + 1 >= words.size() || !words.get(at).equals(",")) {
      return null;
    }
    Gazetteer.Match q = gazetteer.longestAt(words, at + 1);
    if (q == null || gazetteer.stopped(q.key())) {
      return null;
    }
    Set<String> countries = new java.util.LinkedHashSet<>();
    for (Gazetteer.Candidate c : q.candidates()) {
      String kind = c.place().kind();
      if (Place.ADMIN1.equals(kind) || Place.COUNTRY.equals(kind)) {
        countries.add(c.place().country());
      }
    }
    for (Gazetteer.Candidate c : place) {
      if (countries.contains(c.place().country())) {
        return c.place().country();
      }
    }
    return countries.size() == 1 ? countries.iterator().next() : null;
  }

  private static String likeliest(List<Gazetteer.Candidate> candidates, String named) {
    Place best = null;
    for (Gazetteer.Candidate c : candidates) {
      Place p = c.place();
      if (p.country().equals(named)) {
        return named;
      }
      if (best == null || p.population() > best.population()) {
        best = p;
      }
    }
    return best == null ? null : best.country();
  }

  /**
   * The tokens {from, to} of the clause that says which news source reports the sentence ("..., a
   * broadcaster of Australia reported", "According to Australian media, ..."), or null: a country
   * named there is the source's, not the scene's or the article's. A trailing clause after the
   * last comma whose only verb is a speech verb and which has a source word ("report",
   * "broadcaster", "media": {@code org-words.tsv}), or a leading "according to" phrase up to the
   * first comma. A speaker's own clause ("..., said the Cuban opposition leader") is no source's.
   */
  static int[] reportingClause(Sentence s) {
    List<Token> tokens = s.tokens();
    int n = tokens.size();
    if (n > 2 && tokens.get(0).word().equalsIgnoreCase("according") && tokens.get(1).word().equalsIgnoreCase("to")) {
      for (int i = 2; i < n; i++) {
        if (tokens.get(i).word().equals(",")) {
          return hasSource(tokens, 2, i) ? new int[] {0, i} : null;
        }
      }
      return null;
    }
    int comma = -1;
    for (int i = n - 1; i >= Math.max(0, n - REPORT_WINDOW); i--) {
      if (tokens.get(i).word().equals(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0) {
      return null;
    }
    int verbs = 0;
    boolean speech = false;
    for (int i = comma + 1; i < n; i++) {
      Token t = tokens.get(i);
      if (t.isVerb()) {
        verbs++;
        speech |= SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT));
      }
    }
    return verbs == 1 && speech && hasSource(tokens, comma + 1, n) ? new int[] {comma, n - 1} : null;
  }

  private static boolean hasSource(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (SOURCE.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "the Afghan border": a country named right before a frontier noun names no scene. */
  private static boolean frontier(Sentence s, int last) {
    return last + 1 < s.tokens().size()
        && FRONTIER.contains(s.tokens().get(last + 1).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "the Danish embassy in Islamabad", "embassies of the United States": a country named as the
   * owner of a diplomatic mission ({@code mission-noun}) is not where the mission stands, so names
   * no scene; an attacker the text does not name is not of that country (h135).
   */
  private static boolean mission(Sentence s, Piece p) {
    List<Token> t = s.tokens();
    if (p.last() + 1 < t.size() && MISSIONS.contains(t.get(p.last() + 1).lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    int i = p.first() - 1;
    if (i >= 0 && t.get(i).pos().equals("DT")) {
      i--;
    }
    return i >= 1 && t.get(i).word().equalsIgnoreCase("of")
        && MISSIONS.contains(t.get(i - 1).lemma().toLowerCase(Locale.ROOT));
  }

  static boolean inside(int[] range, int token) {
    return range != null && token >= range[0] && token <= range[1];
  }

  /**
   * Whether the word at {@code first} names where something happens ("in Austria", "in the
   * Slovak town of Nitra") rather than an actor ("backed by Iran"): a
   * locative preposition at most {@value #PLACE_WINDOW} tokens before it, with only determiners
   * and modifiers between.
   */
  static boolean locative(Sentence s, int first) {
    for (int i = first - 1; i >= Math.max(0, first - PLACE_WINDOW); i--) {
      Token t = s.tokens().get(i);
      if (LOCATIVE.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
      String pos = t.pos();
      if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.equals("CD"))) {
        return false;
      }
    }
    return false;
  }
}
