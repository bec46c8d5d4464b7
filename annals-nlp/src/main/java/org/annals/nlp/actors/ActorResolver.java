package org.annals.nlp.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.kb.Entity;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.NameMatch;
import org.annals.kb.places.Gazetteer;
import org.annals.model.ActorRef;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.nlp.ActorMention;
import org.annals.nlp.CodingState;
import org.annals.nlp.Stage;

/**
 * Finds and resolves actor mentions in every sentence: KB longest match over the tokens (names,
 * adjectives, metonyms, role and agent nouns) plus CoreNLP's PERSON and TITLE entities; adjacent
 * pieces merge into one mention ("Russian President Vladimir Putin"); surnames and pronouns refer
 * back to persons named earlier; role nouns resolve through the country in focus and the
 * publication date ({@link KnowledgeBase#holder}).
 *
 * <p>Thread-safe: holds only the read-only KB; per-article memory lives in a local
 * {@link ArticleContext}.
 */
public final class ActorResolver implements Stage {
  /** The rule of a NER TITLE word that no KB office or agent entry took. */
  static final String NER_TITLE = "ner:title";
  /**
   * The rule part that names a mission's host country ("+mission-host:DEU"), always last in its
   * piece: "the ambassador to Germany" is of the sender's country, posted to Germany.
   */
  public static final String MISSION_HOST = "+mission-host:";

  private static final Set<String> PRONOUNS = Set.of(
      "he", "him", "his", "she", "her", "it", "its", "they", "them", "their");

  private static final Set<String> PLACE_NER =
      Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY");
  private final KnowledgeBase kb;
  private final MentionBuilder builder;
  private final OrgNames orgNames;
  private final Gazetteer gazetteer;

  public ActorResolver(KnowledgeBase kb, Gazetteer gazetteer) {
    this.kb = kb;
    this.gazetteer = gazetteer;
    this.orgNames = new OrgNames(kb, gazetteer);
    this.builder = new MentionBuilder(kb, new SceneCountry(gazetteer), orgNames);
  }

  @Override
  public CodingState apply(CodingState state) {
    LocalDate published = state.doc().article().published();
    ArticleContext ctx = new ArticleContext(published);
    String text = state.doc().text();
    WireDateline.Found dateline = WireDateline.find(text, gazetteer);
    if (dateline != null && dateline.country() != null) {
      ctx.dateline(dateline.country());
    }
    int from = dateline == null ? 0 : dateline.end();
    List<ActorMention> all = new ArrayList<>();
    for (Sentence s : state.doc().sentences()) {
      List<Piece> pieces = pieces(s, text, ctx);
      pieces.removeIf(p -> s.tokens().get(p.first()).start() < from); // "SEOUL, South Korea (AP) _": a place
      all.addAll(builder.build(s, text, pieces, ctx));
    }
    return state.withActors(all);
  }

  /**
   * A hashtag's name without its sign ("#US blockade measure", "#Cuba" in a quoted post): the name
   * the knowledge base knows (issue 13, h64); any other word as it is.
   */
  static String hashtag(String word) {
    return word.length() > 2 && word.charAt(0) == '#' && Character.isUpperCase(word.charAt(1))
        ? word.substring(1) : word;
  }

  private List<Piece> pieces(Sentence s, String text, ArticleContext ctx) {
    List<Token> tokens = s.tokens();
    List<String> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      words.add(hashtag(t.word()));
    }
    List<Piece> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int personRun = nerRun(tokens, i, "PERSON");
      NameMatch best = best(kb.matchAt(words, i), tokens.get(i));
      int place = best == null ? placeOverCountry(tokens, words, i)
          : divisionOverCountry(tokens, words, i, best, ctx);
      if (place > 0) {
        i += place; // "New Jersey", "New Mexico": a place whose last words name another country
        continue;
      }
      Piece p = orgNames.at(tokens, words, i);
      if (p != null) {
        out.add(p);
        i = p.last() + 1;
        continue;
      }
      ActorRef namesake = best == null ? null : namesake(best, tokens.get(i), ctx);
      if (namesake != null) {
        p = new Piece(i, i, Piece.Kind.PERSON, null, null, null, "coref:surname", null, namesake);
      } else if (best != null && best.length() >= personRun) {
        p = Piece.of(i, best, best.entityId() == null ? null : kb.entity(best.entityId()).orElse(null));
      } else if (personRun > 0) {
        p = person(tokens, i, i + personRun - 1, text, ctx);
      } else if (tokens.get(i).isNoun() && tokens.get(i).lemma() != null
          && ReferenceWords.bundled().counterpart(tokens.get(i).lemma())) {
        p = counterpart(i, out);
      } else {
        p = other(tokens.get(i));
      }
      if (p != null) {
        out.add(p);
        i = p.last() + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * The length of a place name of several words starting at word {@code i} that the NER tags as a
   * place ("New Jersey", "New Mexico") when a later word of it is a country the KB names, of
   * another country than any reading of the place: the words name a place, not that country (no
   * actor; {@link SceneCountry} reads the place). Else 0.
   */
  private int placeOverCountry(List<Token> tokens, List<String> words, int i) {
    if (!PLACE_NER.contains(tokens.get(i).ner()) || !tokens.get(i).pos().startsWith("NNP")) {
      return 0;
    }
    Gazetteer.Match m = gazetteer.longestAt(words, i);
    if (m == null || m.length() < 2 || gazetteer.stopped(m.key())) {
      return 0;
    }
    Set<String> readings = new java.util.HashSet<>();
    m.candidates().forEach(c -> readings.add(c.place().country()));
    for (int j = i + 1; j < i + m.length(); j++) {
      for (NameMatch inner : kb.matchAt(words, j)) {
        String c = inner.entityId() == null ? null
            : kb.entity(inner.entityId()).map(Entity::country).orElse(null);
        if (c != null && j + inner.length() <= i + m.length() && !readings.contains(c)) {
          return m.length();
        }
      }
    }
    return 0;
  }

  /**
   * The length of a country's name that here names a first-level division of another country
   * ("Senators X of Ohio and Y of Georgia": the US state, not the country), else 0: the name has a
   * division reading in that other country, and the sentence names another division of it as a
   * place the NER tags, or the name follows "PERSON of" in an article whose main country is that
   * other country. No actor ({@link SceneCountry} reads the places).
   */
  private int divisionOverCountry(List<Token> tokens, List<String> words, int i, NameMatch best,
      ArticleContext ctx) {
    Entity e = best.entityId() == null ? null : kb.entity(best.entityId()).orElse(null);
    Gazetteer.Match m = e == null || e.kind() != Entity.Kind.COUNTRY ? null : gazetteer.longestAt(words, i);
    if (m == null || m.length() != best.length()) {
      return 0;
    }
    Set<String> others = divisionCountries(m, e.country());
    if (others.isEmpty()) {
      return 0;
    }
    boolean ofPerson = i >= 2 && words.get(i - 1).equals("of") && tokens.get(i - 2).ner().equals("PERSON");
    if (ofPerson && others.contains(ctx.mainCountry())) {
      return m.length();
    }
    for (int j = 0; j < tokens.size(); j++) {
      Gazetteer.Match o = j >= i && j < i + m.length() || !PLACE_NER.contains(tokens.get(j).ner())
          ? null : gazetteer.longestAt(words, j);
      if (o != null && !gazetteer.stopped(o.key()) && kb.matchAt(words, j).isEmpty()
          && divisionCountries(o, null).stream().anyMatch(others::contains)) {
        return m.length();
      }
    }
    return 0;
  }

  /** The countries, other than {@code not}, in which the match reads as a first-level division. */
  private static Set<String> divisionCountries(Gazetteer.Match m, String not) {
    Set<String> out = new java.util.HashSet<>();
    for (Gazetteer.Candidate c : m.candidates()) {
      if (org.annals.kb.places.Place.ADMIN1.equals(c.place().kind()) && !c.place().country().equals(not)) {
        out.add(c.place().country());
      }
    }
    return out;
  }

  /**
   * The longest match, except a person's one-word name on a word the NER tags as a place ("a
   * fire in Lagos" is no Ricardo Lagos).
   */
  private NameMatch best(List<NameMatch> matches, Token first) {
    for (NameMatch m : matches) {
      boolean person = m.entityId() != null && kb.entity(m.entityId())
          .map(e -> e.kind() == Entity.Kind.PERSON).orElse(false);
      if (!(person && m.length() == 1 && PLACE_NER.contains(first.ner()))) {
        return m;
      }
    }
    return null;
  }

  /**
   * The person the article named before with this surname when the KB's one-word match is someone
   * else ("Luis Ortega, the governor, ... Ortega's resignation" is no Daniel Ortega), else null.
   */
  private ActorRef namesake(NameMatch best, Token word, ArticleContext ctx) {
    ActorRef earlier = best.length() == 1 ? ctx.surname(word.word()) : null;
    boolean person = earlier != null && best.entityId() != null && kb.entity(best.entityId())
        .map(e -> e.kind() == Entity.Kind.PERSON).orElse(false);
    return person && !best.entityId().equals(earlier.entity()) ? earlier : null;
  }

  private static int nerRun(List<Token> tokens, int i, String type) {
    int j = i;
    while (j < tokens.size() && tokens.get(j).ner().equals(type) && tokens.get(j).pos().startsWith("NNP")) {
      j++;
    }
    return j - i;
  }

  /**
   * "his Portuguese counterpart": the office of the last role named before it in the sentence
   * ("Spanish Foreign Minister X and ..."), rule {@code counterpart-of:OFFICE}; with none, a
   * government official.
   */
  private static Piece counterpart(int i, List<Piece> before) {
    for (int k = before.size() - 1; k >= 0; k--) {
      Piece r = before.get(k);
      if (r.kind() == Piece.Kind.ROLE && r.office() != null) {
        return new Piece(i, i, Piece.Kind.ROLE, null, r.office(), r.sector(),
            "counterpart-of:" + r.office(), null, null);
      }
    }
    return new Piece(i, i, Piece.Kind.ROLE, null, null, "GOV", "counterpart", null, null);
  }

  /** A NER TITLE word as an unnamed role, or a personal pronoun. */
  private static Piece other(Token t) {
    if (t.ner().equals("TITLE") && t.isNoun()) {
      return new Piece(t.index(), t.index(), Piece.Kind.ROLE, null, null, null, NER_TITLE, null, null);
    }
    String w = t.word().toLowerCase(Locale.ROOT);
    if (t.pos().startsWith("PRP") && PRONOUNS.contains(w)) {
      return new Piece(t.index(), t.index(), Piece.Kind.PRONOUN, null, null, null, "coref:pronoun", w, null);
    }
    return null;
  }

  /** A PERSON run: earlier mention by surname, else the KB by full name or surname, else unknown. */
  private Piece person(List<Token> tokens, int first, int last, String text, ArticleContext ctx) {
    String full = text.substring(tokens.get(first).start(), tokens.get(last).end());
    String surname = ArticleContext.surnameOf(full);
    ActorRef earlier = ctx.surname(surname);
    if (earlier != null && (first == last || full.equalsIgnoreCase(earlier.name()))) {
      return new Piece(first, last, Piece.Kind.PERSON, null, null, null, "coref:surname", null, earlier);
    }
    Optional<Entity> e = pick(kb.persons(full), ctx.date);
    if (e.isEmpty() && first == last) {
      e = pick(kb.persons(surname), ctx.date);
    }
    if (e.isPresent()) {
      return new Piece(first, last, Piece.Kind.PERSON, e.get(), null, null,
          "kb:" + e.get().id(), null, null);
    }
    return new Piece(first, last, Piece.Kind.PERSON, null, null, null, "ner:person", full, null);
  }

  /** The only candidate, or the one holding some role on the date. */
  private Optional<Entity> pick(List<Entity> candidates, LocalDate date) {
    if (candidates.size() <= 1) {
      return candidates.stream().findFirst();
    }
    if (date != null) {
      for (Entity c : candidates) {
        if (kb.roles(c.id()).stream().anyMatch(r -> r.heldOn(date))) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }
}
