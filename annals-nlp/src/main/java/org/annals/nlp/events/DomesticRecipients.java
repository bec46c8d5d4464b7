package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.model.Location;
import org.annals.model.Token;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Whom a domestic act is done to when the text names a body or a person the knowledge base does
 * not know (issue 13, "missing target"). Two shapes, each only when every actor of the event is of
 * one country C and that country is the event's own: the country of the place it happened in, else
 * of the sentence's scene (an actor the resolver gave the scene's country), else the article's one
 * country ({@link ArticleCountry}); a place of another country, or none of these, leaves the event
 * with no recipient rather than a guess.
 *
 * <ul>
 *   <li>{@code recipient:domestic} — an accusation, a demand, a threat, a rejection or praise
 *       (ACCUSE, REQUEST, THREATEN, REJECT, SUPPORT), and (h108) a sanction or a coercion
 *       (SANCTION, COERCE: "the court ruled against the attempt") or a concession to a person or
 *       a body only (CONCEDE: "acquitted the aide", not "conceded the election"), whose object,
 *       passive subject ("the network was asked to"), "against" phrase or (h108) "for" phrase
 *       ("called for calm") is a person or a body no actor was resolved for: a
 *       name the NER tags as a person or an organisation, a {@code person-noun} or a {@code
 *       body-noun} ("accused the network of lying", "urged my
 *       colleagues to", "thanked Maria for her service", "blamed the opposition leadership"), or
 *       the possessor or "of" phrase of the object ("threatened the network's licence",
 *       "condemned the act of the commission"), or a common noun no actor was resolved for, a matter
 *       of the country's own ("condemned the law", "rejected the new tax"; not an attack of the
 *       word list {@code assault-noun}), when no actor's country is only its scene's; with none of
 *       these, a judgement's judged thing beyond its verb's object ({@link JudgedThings}: "referred
 *       to the vote as a sham", "said the measure was nowhere near enough") that is a state's doing
 *       ({@code act-noun}, {@code policy-noun}, {@code judged-matter-noun}), rule {@code
 *       +judged-matter+}. The recipient is of country C.</li>
 *   <li>{@code protest:own-government} — a protest (PROTEST) by people, legislators or a party
 *       (not by a state body: that is a diplomatic protest) with no recipient found by {@link
 *       ProtestTargets} is against the government of C ("thousands marched in Lima", "opposition
 *       members boycotted the vote"); not one held "in support of" someone, nor one that says what
 *       it protests ("marched to protest the ruling": the ruling, whose author is unnamed; "struck
 *       against the heat"), nor one held outside or near a site that is no authority's seat.</li>
 * </ul>
 * <ul>
 *   <li>{@code offer:own-government} (h98) — an act of an {@code offered-to-government} entry
 *       ("the minister offered to resign") is offered to the government of C.</li>
 * </ul>
 * The basis is in the rule: {@code +country-of-place:}, {@code +country-of-scene:} or
 * {@code +country-of-article:}.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class DomesticRecipients {
  /**
   * Types whose unresolved patient may be of the actors' own country: verbal acts, and (h108)
   * sanctions, coercions and concessions.
   */
  private static final Set<String> DONE_TO_PATIENT = Set.of("ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT",
      "CONCEDE", "SANCTION", "COERCE");
  /** Acts done to a person or a body only, not to a matter ("pardoned the aide", not "conceded the election"). */
  private static final Set<String> TO_PARTIES = Set.of("CONCEDE");
  /**
   * Acts whose trigger's own object noun is the act ("imposed new tariffs", "ordered a curfew"),
   * not a judged matter as in a verbal act ("rejected his proposals").
   */
  private static final Set<String> ACTS_NAMED = Set.of("CONCEDE", "SANCTION", "COERCE");
  /** Where a verb names whom it is done to (the passive subject too: "the network was asked to"). */
  private static final Set<String> VERB_PATIENT = Set.of("obj", "obl:against", "nsubj:pass", "obl:for");
  /** Where an event noun names whom it is against ("accusations against the network"). */
  private static final Set<String> NOUN_PATIENT = Set.of("nmod:against");
  /** Where the object names its owner or author ("the network's licence", "the act of the board"). */
  private static final Set<String> OWNER = Set.of("nmod:poss", "nmod:of");
  private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "PRM", "JUD", "SPY");
  /** NER classes of unresolved parties; (h141) a religion's people ("arrested six Protestants"). */
  private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "RELIGION");
  private final Set<String> persons;
  private final Set<String> bodies;
  private final Set<String> assaults;
  private final ActAuthors authors;
  /** What a state does, which a judgement beyond its verb's object may judge (three word lists). */
  private final Set<String> stateActs;
  /** Entries (by id) whose act is offered to the doer's own government ("offered to resign"). */
  private final Set<String> offered;
  /** (h141) Premises a coercion's own words name, whose occupants it is done to ("raided two homes"). */
  private final Set<String> sites;

  DomesticRecipients(WordLists lists) {
    this.persons = lists.get("person-noun");
    this.bodies = lists.get("body-noun");
    this.assaults = lists.get("assault-noun");
    this.authors = new ActAuthors(lists);
    Set<String> acts = new java.util.HashSet<>(lists.get("act-noun"));
    acts.addAll(lists.get("policy-noun"));
    acts.addAll(lists.get("judged-matter-noun"));
    this.stateActs = Set.copyOf(acts);
    this.offered = lists.get("offered-to-government");
    this.sites = lists.get("raided-site-noun");
  }

  /**
   * Adds the domestic recipient of {@code m} to {@code p} when it has none; {@code loc} is the
   * event's place (or null), {@code article} the article's one country (or null).
   */
  void fill(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p, Location loc,
      String article) {
    LexiconEntry entry = m.entry();
    if (!p.recipients.isEmpty() || entry.symmetric() || entry.flags().contains(LexiconEntry.Flag.REVERSED)) {
      return;
    }
    String country = ArticleCountry.oneState(p.actors);
    if (country == null) {
      return;
    }
    if (DONE_TO_PATIENT.contains(entry.event()) && !offered.contains(entry.id())) {
      // a matter is the actors' own country's only when their words say which country that is
      boolean matters = p.actors.stream().noneMatch(PhraseExpansion::countryFromScene)
          && !TO_PARTIES.contains(entry.event());
      int patient = patient(g, mentions, m, matters);
      String how = "+";
      if (patient < 0 && matters && ActAuthors.TYPES.contains(entry.event())) {
        patient = judgedMatter(g, mentions, m); // "referred to the vote as a hoax"
        how = "+judged-matter+";
      }
      String basis = patient < 0 ? null : basis(g, mentions, loc, article, country);
      if (basis != null) {
        Token t = g.token(patient);
        p.recipient(new ActorRef(t.word(), null, country, null, country, null, t.start(), t.end(),
            "recipient:domestic>" + entry.rule() + how + basis));
      }
    } else if (offered.contains(entry.id())) {
      String basis = basis(g, mentions, loc, article, country);
      if (basis != null) {
        Token t = g.token(m.head());
        p.recipient(new ActorRef(t.word(), null, country, "GOV", country + "GOV", null, t.start(), t.end(),
            "offer:own-government>" + entry.rule() + "+" + basis));
      }
    } else if (entry.event().equals("PROTEST") && p.actors.stream().noneMatch(a -> a.sector() != null && STATE.contains(a.sector()))
        && p.actors.stream().noneMatch(ImpliedDoer::crowdOfArticle) && !inSupport(g, m) && !saysWhat(g, m)) {
      String basis = basis(g, mentions, loc, article, country);
      if (basis != null) {
        Token t = g.token(m.head());
        p.recipient(new ActorRef(t.word(), null, country, "GOV", country + "GOV", null, t.start(), t.end(),
            "protest:own-government>" + entry.rule() + "+" + basis));
      }
    }
  }

  /** The unresolved person or body (or, with {@code matters}, thing) the act is done to, or -1. */
  private int patient(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, boolean matters) {
    int head = m.head();
    Set<String> rels = g.token(head).isNoun() ? NOUN_PATIENT : VERB_PATIENT;
    for (Dependency d : g.children(head)) {
      if (!rels.contains(d.relation())) {
        continue;
      }
      List<Integer> candidates = new ArrayList<>(List.of(d.dependent()));
      for (Dependency o : g.children(d.dependent())) {
        if (OWNER.contains(o.relation())) {
          candidates.add(o.dependent()); // "the network's licence", "the act of the board"
        }
      }
      for (int c : candidates) {
        boolean site = m.entry().event().equals("COERCE") && g.lemma(c) != null && sites.contains(g.lemma(c));
        if (m.covers(c) && ACTS_NAMED.contains(m.entry().event()) && !site) {
          continue; // the trigger's own noun names the act ("announced new tariffs"), not whom it is done to
        }
        if (mentions.ref(c) != null) {
          return -1; // a resolved actor the argument finder left out on purpose
        }
        if (party(g, c) || site || matters && matter(g, c)) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * The definite thing a judgement judges where its verb's object is not ({@link ActAuthors#judged}:
   * a naming's named thing or "to" phrase, a verdict's subject), when it is a matter ({@link
   * #matter}) of a state's doing ({@code act-noun}, {@code policy-noun}, {@code
   * judged-matter-noun}: "the vote", not "the weather") and no act of the article's was found for
   * it; -1 otherwise.
   */
  private int judgedMatter(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m) {
    int t = authors.judged(g, mentions, m);
    return t >= 0 && matter(g, t) && stateActs.contains(g.lemma(t).toLowerCase(java.util.Locale.ROOT)) ? t : -1;
  }

  /** A name the NER tags as a person or an organisation, a person noun or a body noun; no pronoun. */
  boolean party(SentenceGraph g, int t) {
    Token tok = g.token(t);
    if (!tok.isNoun()) { // a noun tag, so no pronoun
      return false;
    }
    String lemma = g.lemma(t);
    return tok.ner() != null && NAMED.contains(tok.ner())
        || lemma != null && (persons.contains(lemma) || bodies.contains(lemma));
  }

  /**
   * A common noun no actor was resolved for ("condemned the law", "rejected the plan", "praised
   * the decision"): a matter of the country's own, whose authors are of that country — not an
   * attack (word list {@code assault-noun}), whose doer may be anyone ({@link ActAuthors}).
   */
  boolean matter(SentenceGraph g, int t) {
    Token tok = g.token(t);
    return tok.isNoun() && !tok.pos().startsWith("NNP") && !assaults.contains(g.lemma(t));
  }

  /** How {@code country} is known to be the event's own, as {@code basis:CC}, or null. */
  static String basis(SentenceGraph g, Mentions mentions, Location loc, String article, String country) {
    if (loc != null && loc.country() != null) {
      return loc.country().equals(country) ? "country-of-place:" + country : null;
    }
    for (int t = 0; t < g.size(); t++) {
      ActorRef r = mentions.ref(t);
      if (r != null && country.equals(r.country()) && PhraseExpansion.countryFromScene(r)) {
        return "country-of-scene:" + country;
      }
    }
    return country.equals(article) ? "country-of-article:" + country : null;
  }

  /** What a "protest" verb names as protested: a thing it is against, not its government. */
  private static final Set<String> PROTESTED = Set.of("obj", "obl:against", "nmod:against", "obl:over",
      "nmod:over", "nmod:of");

  /** Where any protest trigger names what it is against (its object may be what it boycotts). */
  private static final Set<String> AGAINST = Set.of("obl:against", "nmod:against", "obl:over", "nmod:over");
  /** A site a protest stands before, which {@link ProtestTargets} found to be no authority's seat. */
  private static final Set<String> BEFORE_SITE = Set.of("obl:outside", "obl:outside_of", "obl:in_front_of",
      "obl:near");

  /**
   * Whether the protest says what it is against ("rallied to protest the results", "marches
   * protesting the shooting"): that thing, not the government, is protested, and {@link
   * ProtestTargets} found no author for it.
   */
  private static boolean saysWhat(SentenceGraph g, TriggerMatcher.Match m) {
    List<Integer> verbs = new ArrayList<>();
    for (int t : m.tokens()) {
      for (Dependency d : g.children(t)) {
        if (AGAINST.contains(d.relation()) || BEFORE_SITE.contains(d.relation())) {
          return true; // "went on strike against the heat"; "outside the museum": no seat (ProtestTargets)
        }
      }
      if ("protest".equals(g.lemma(t))) {
        verbs.add(t);
      }
      for (Dependency d : g.children(t)) {
        if ("protest".equals(g.lemma(d.dependent())) && !m.covers(d.dependent())) {
          verbs.add(d.dependent());
        }
      }
    }
    for (int v : verbs) {
      for (Dependency d : g.children(v)) {
        if (PROTESTED.contains(d.relation())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The nouns of "in support of", "on behalf of", "in solidarity with". */
  private static final Set<String> FOR_SOMEONE = Set.of("support", "behalf", "solidarity", "favor",
      "favour", "defence", "defense");

  /** "rallied in support of the president": a protest for someone, against no one named. */
  private static boolean inSupport(SentenceGraph g, TriggerMatcher.Match m) {
    for (int t : m.tokens()) {
      for (Dependency d : g.children(t)) {
        String rel = d.relation();
        if (rel.contains("support") || rel.contains("behalf") || rel.equals("obl:for")
            || (rel.startsWith("obl") || rel.startsWith("nmod")) && FOR_SOMEONE.contains(g.lemma(d.dependent()))) {
          return true; // "in support of", "on behalf of", "in solidarity with"
        }
      }
    }
    return false;
  }
}
