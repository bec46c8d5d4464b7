package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.nlp.actors.ReferenceWords;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * What a dependent of a trigger denotes as participants ({@link ArgumentFinder}): the mention on
 * the token (every member of a group mention), else actor words inside its phrase (compounds,
 * adjectives, possessors, "of" phrases; a capital there is a place), the body a spokesman
 * speaks "for", the owner of a thing "owned by" someone, the examples "including" a phrase names,
 * named appositions, and a plural "they"/"the two nations" that refers back to a group. An actor
 * phrase's "in"/"from" phrase names who acts ("students in Tehran"), except that of a violent act or
 * a weapon (word list {@code weapon}) that names its doer in its own modifiers ("killed by a French
 * airstrike in Mali" names where it struck).
 * Stateless; thread-safe.
 */
final class PhraseExpansion {
  private static final Set<String> OWNERS = WordLists.bundled().get("owner-verb");
  private static final Set<String> SPOKESMEN = WordLists.bundled().get("representative-noun");
  private static final Set<String> NOUN_EXPANSION = Set.of(
      "compound", "amod", "nmod:poss", "nmod:of");
  private static final Set<String> SUBJECT_EXPANSION = Set.of("nmod:in", "nmod:from");
  /** Violent acts and weapons (word list {@code weapon}): their "in" phrase is where they struck. */
  private static final Set<String> WEAPONS = WordLists.bundled().get("weapon");
  /** Event nouns whose "of" phrase (and possessor) undergoes the act: never its doer (word lists). */
  private static final Set<String> UNDERGONE = WordLists.bundled().get("patient-noun");
  private static final Set<String> OF_UNDERGONE = WordLists.bundled().get("of-patient-noun");
  /** Violent acts whose "of" phrase is their victim, never the one a judgement of them is aimed at. */
  private static final Set<String> VICTIM_OF = WordLists.bundled().get("victim-of-noun");
  /** People named by their tie to another ("Trump's son", "her lawyer"): not that other (word list). */
  private static final Set<String> RELATIONS = WordLists.bundled().get("relation-noun");

  private PhraseExpansion() {}

  /** Adds the mention(s) a dependent denotes: itself, or actor words inside its phrase. */
  static void expand(SentenceGraph g, Mentions m, int token, Participants p, boolean actor) {
    expand(g, m, token, p, actor, 0);
  }

  private static void expand(SentenceGraph g, Mentions m, int token, Participants p, boolean actor, int depth) {
    if (depth == 0 && appositions(g, m, token, p, actor)) {
      return;
    }
    if (depth == 0 && actor && anaphor(g, m, token, p)) {
      p.anaphorRefs.addAll(m.refs(token)); // the resolver's guess for "they"; a group may replace it
    }
    if (m.ref(token) != null && !(actor && memberOf(g, m, token, p))) {
      m.refs(token).forEach(r -> add(p, r, actor)); // a group: every member takes part
      return;
    }
    if (depth > 1 || !g.token(token).isNoun() || examples(g, m, token, p, actor)) {
      if (depth == 0 && g.token(token).pos().equals("DT")) {
        quantified(g, m, token, p, actor); // "all, including Rossi, were acquitted"
      }
      return;
    }
    boolean judged = depth == 0 && !actor && judged(g, token);
    if (judged && author(g, m, token, p, AUTHOR_RELATIONS)) {
      return; // "condemned the killing of protesters by the police": whose act it was
    }
    int before = p.recipients.size();
    boolean violent = judged && VICTIM_OF.contains(g.lemma(token).toLowerCase(java.util.Locale.ROOT));
    // "killed by a French airstrike in Mali": the place an act struck is not its doer
    boolean struck = actor && WEAPONS.contains(g.lemma(token)) && ownDoer(g, m, token);
    for (Dependency d : g.children(token)) {
      boolean located = actor && !struck && SUBJECT_EXPANSION.contains(d.relation());
      boolean place = (located || d.relation().equals("compound")) && m.capital(d.dependent());
      boolean speaksFor = d.relation().equals("appos") && (SPOKESMEN.contains(g.lemma(d.dependent()))
          || known(m, d.dependent()) && !g.token(token).ner().equals("PERSON")) // "one group, the SDF,"
          || d.relation().equals("nmod:for") && SPOKESMEN.contains(g.lemma(token)); // "X, a spokesman for Y"
      if (violent && victim(g, token, d.relation())) {
        continue; // "condemned the bombing of the French consulate": its victims are not condemned
      }
      if (notThePerson(g, token, d.relation(), actor)) {
        if (RELATIONS.contains(g.lemma(token))) {
          tiedTo(m, d.dependent(), p, actor); // "Trump's son": of Trump's country, not Trump
        }
        continue; // "the arrest of Navalny sparked protests": not Navalny
      }
      if ((NOUN_EXPANSION.contains(d.relation()) || located || speaksFor) && !place) {
        expand(g, m, d.dependent(), p, actor, depth + 1); // not "roads in Lima", "the Kabul bombing": places
      } else if (!actor && d.relation().startsWith("acl") && OWNERS.contains(g.lemma(d.dependent()))) {
        owner(g, m, d.dependent(), p, depth);
      }
    }
    if (violent) { // "condemned the terrorist attacks": an unnamed attacker, of no known country
      p.recipients.subList(before, p.recipients.size()).removeIf(PhraseExpansion::countryFromScene);
    }
    if (judged && p.recipients.size() == before) {
      for (int clause : g.childrenBy(token, "acl:relcl")) { // "the decision the parliament adopted"
        author(g, m, clause, p, Set.of("nsubj"));
      }
    }
  }

  /**
   * Whether the dependent by {@code relation} of {@code token} does not denote who {@code token} is:
   * the "of" phrase or possessor of an event noun done to someone, taken as a doer ("the arrest of
   * the opposition leader sparked protests": the leader protests nothing); the possessor or "of"
   * phrase of a relation noun ("Trump's son", "a lawyer of the actress").
   */
  private static boolean notThePerson(SentenceGraph g, int token, String relation, boolean actor) {
    String lemma = g.lemma(token);
    if (RELATIONS.contains(lemma)) {
      return relation.equals("nmod:poss") || relation.equals("nmod:of");
    }
    return actor && (relation.equals("nmod:of") && ofUndergoes(lemma)
        || relation.equals("nmod:poss") && UNDERGONE.contains(lemma));
  }

  /**
   * Whether the dependent by {@code relation} of violent act {@code token} judged by another act
   * names its victims (h135): its "of" phrase ("the killing of aid workers"), its possessor when it
   * has no "of" phrase and undergoes the act ({@code patient-noun}: "the diplomat's murder").
   */
  private static boolean victim(SentenceGraph g, int token, String relation) {
    return relation.equals("nmod:of") || relation.equals("nmod:poss")
        && UNDERGONE.contains(g.lemma(token)) && g.childrenBy(token, "nmod:of").isEmpty();
  }

  /**
   * Whether the "of" phrase of event noun {@code lemma} undergoes the act ({@code patient-noun},
   * {@code of-patient-noun}: "the arrest of X", "the bombardment of X").
   */
  static boolean ofUndergoes(String lemma) {
    return UNDERGONE.contains(lemma) || OF_UNDERGONE.contains(lemma);
  }

  /**
   * The person a relation noun names, by the mention it is tied to ("Trump's son", "her lawyer"):
   * that mention's country only, with neither its sector nor its identity (rule {@code relation-of}).
   */
  private static void tiedTo(Mentions m, int other, Participants p, boolean actor) {
    for (ActorRef r : m.refs(other)) {
      if (r.country() != null) {
        add(p, new ActorRef(r.text(), null, r.country(), null, r.country(), null, r.start(), r.end(),
            "relation-of:" + r.rule()), actor);
      }
    }
  }

  /**
   * Whether a violent act or a weapon names its doer in its own modifiers ("a French airstrike", "a
   * United States military airstrike", "Russia's shelling"): then its "in" phrase is only its place.
   * One that names none keeps the reading it had ("an attack in X" whose doer the text names no
   * other way).
   */
  private static boolean ownDoer(SentenceGraph g, Mentions m, int token) {
    for (Dependency d : g.children(token)) {
      boolean modifier = d.relation().equals("compound") || d.relation().equals("amod")
          || d.relation().equals("nmod:poss");
      if (modifier && m.ref(d.dependent()) != null) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> AUTHOR_RELATIONS = Set.of("nmod:by", "nmod:agent");
  /**
   * How a phrase is what an act is done to or about: "condemned [the killing]", "protested [against
   * the plan]", "agreed [to the plan]" (not "destroyed [with some estimates by the Red Cross]").
   */
  private static final Set<String> JUDGED = Set.of("obj", "nsubj:pass", "obl:against", "nmod:against",
      "obl:on", "nmod:on", "obl:over", "nmod:over", "obl:of", "nmod:of", "obl:to", "nmod:to");

  /** Whether {@code token} is the object, passive subject or against/on/over/of/to phrase of its head. */
  private static boolean judged(SentenceGraph g, int token) {
    return g.heads(token).stream().anyMatch(d -> d.governor() >= 0 && JUDGED.contains(d.relation()));
  }
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who", "whom");

  /**
   * The author of a thing or an act that is a recipient phrase: its "by" phrase, or the subject of
   * its relative clause ("the plan the Front had sent"), an actor that is no relative pronoun.
   * Returns whether any was found.
   */
  private static boolean author(SentenceGraph g, Mentions m, int token, Participants p, Set<String> relations) {
    boolean found = false;
    for (Dependency d : g.children(token)) {
      int a = d.dependent();
      if (relations.contains(d.relation()) && m.ref(a) != null && !RELATIVE_PRONOUNS.contains(g.lower(a))) {
        m.refs(a).forEach(p::recipient);
        found = true;
      }
    }
    return found;
  }

  /** Whether the mention at {@code token} is a body the KB knows (not a country or a region: places). */
  private static boolean known(Mentions m, int token) {
    String e = m.ref(token) == null ? null : m.ref(token).entity();
    return e != null && !e.startsWith("country/") && !e.startsWith("region/");
  }

  /** "depots owned by Rosneft", "a plant belonging to Aramco": what is done to it is done to its owner. */
  private static void owner(SentenceGraph g, Mentions m, int verb, Participants p, int depth) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("obl:agent") || d.relation().equals("obl:to") || d.relation().equals("obl:by")) {
        expand(g, m, d.dependent(), p, false, depth + 1);
      }
    }
  }

  private static final Set<String> EXAMPLE_RELATIONS = Set.of("nmod:including", "nmod:such_as");

  /**
   * "Tunisia's neighbours, including Algeria and Morocco, have imposed": the actors a phrase with
   * no actor of its own names as its examples are who acts, not its possessor. Returns whether any
   * was found.
   */
  private static boolean examples(SentenceGraph g, Mentions m, int token, Participants p, boolean actor) {
    for (Dependency d : g.children(token)) {
      if ((d.relation().equals("amod") || d.relation().equals("compound")) && m.ref(d.dependent()) != null) {
        return false; // "Russian aircraft including helicopter gunships": the adjective says whose
      }
    }
    boolean found = false;
    for (Dependency d : g.children(token)) {
      if (EXAMPLE_RELATIONS.contains(d.relation()) && m.ref(d.dependent()) != null
          && !countryFromScene(m.ref(d.dependent()))) {
        m.refs(d.dependent()).forEach(r -> add(p, r, actor));
        found = true;
      }
    }
    return found;
  }

  /**
   * "All, including Rossi, were acquitted", "both, including the Peruvian minister,": a determiner
   * standing for its people has the persons its "including" phrase names among them, whatever
   * their country's basis (h98).
   */
  private static void quantified(SentenceGraph g, Mentions m, int token, Participants p, boolean actor) {
    for (int c : g.childrenBy(token, "nmod:including")) {
      m.refs(c).forEach(r -> add(p, r, actor));
    }
  }

  /**
   * "The Russian and U.S. presidents, Vladimir Putin and Donald Trump,": the named appositions
   * say who the phrase is (named persons only: "protesters, the interior ministry said" is a
   * misparse, not an apposition). Returns whether any was found.
   */
  private static boolean appositions(SentenceGraph g, Mentions m, int token, Participants p, boolean actor) {
    boolean found = false;
    ActorRef self = m.ref(token);
    boolean unknown = self == null || self.entity() == null && self.rule() != null && self.rule().startsWith("ner:");
    for (int a : g.childrenBy(token, "appos")) {
      ActorRef r = m.ref(a);
      if (r != null && self != r && g.token(a).ner().equals("PERSON")) {
        add(p, r, actor);
        found = true;
      } else if (unknown && SPOKESMEN.contains(g.lemma(a))) {
        for (int body : g.childrenBy(a, "nmod:for")) { // "Omar Farouk, a spokesman for the Taliban"
          if (m.ref(body) != null) {
            add(p, m.ref(body), actor);
            found = true;
          }
        }
      }
    }
    return found;
  }

  /**
   * "they", "their", "the two leaders", "both countries", "all three nations", "the foreign
   * ministers": a plural pronoun, or a plural group noun ({@code reference-words.tsv}) with "the",
   * "both" or a number word and no country word of its own (the resolver's reading of it, if any,
   * is a guess from context), that refers back to a group named earlier. Marks {@code p}.
   */
  private static boolean anaphor(SentenceGraph g, Mentions m, int token, Participants p) {
    String lower = g.lower(token);
    boolean pronoun = lower.equals("they") || lower.equals("their");
    if (!pronoun && !groupNoun(g, m, token)) {
      return false;
    }
    int count = 0;
    boolean determined = pronoun;
    StringBuilder words = new StringBuilder();
    for (Dependency d : g.children(token)) {
      String w = g.lower(d.dependent());
      String rel = d.relation();
      if (rel.equals("nummod") || rel.equals("det")) {
        count = Math.max(count, GROUP_WORDS.count(w));
        determined |= w.equals("the") || w.equals("both") || w.equals("all") || GROUP_WORDS.count(w) > 0;
      }
      if (d.dependent() < token && !rel.equals("punct") && (rel.equals("nummod") || rel.equals("det")
          || rel.equals("amod") || rel.equals("compound") || rel.startsWith("det:"))) {
        words.append(w).append('-');
      }
    }
    if (!determined) {
      return false;
    }
    p.anaphor = true;
    p.anaphorCount = count;
    p.anaphorPronoun = pronoun;
    p.anaphorWords = words + lower;
    return true;
  }

  private static final ReferenceWords GROUP_WORDS = ReferenceWords.bundled();

  /** A plural group noun whose country, if the resolver gave one, is only a guess from context. */
  private static boolean groupNoun(SentenceGraph g, Mentions m, int token) {
    if (!GROUP_WORDS.groupNoun(g.lemma(token)) || !g.token(token).pos().equals("NNS")) {
      return false;
    }
    ActorRef r = m.ref(token);
    return r == null || r.rule() == null || countryFromScene(r)
        || r.rule().contains("+focus:") || r.rule().contains("country-unknown");
  }

  /**
   * "doctors from two American aid groups", "engineers from a German agency": people whose country
   * the resolver only guessed from the scene, or did not find, act for the body their "from" phrase names, when the
   * text gives that body a country; adds it as the actor and returns whether it did.
   */
  private static boolean memberOf(SentenceGraph g, Mentions m, int token, Participants p) {
    ActorRef own = m.ref(token);
    if (own.country() != null && !countryFromScene(own)) {
      return false;
    }
    for (int from : g.childrenBy(token, "nmod:from")) {
      ActorRef body = m.ref(from);
      if (body != null && body.country() != null && !countryFromScene(body) && !m.capital(from)) {
        m.refs(from).forEach(p::actor);
        return true;
      }
    }
    return false;
  }

  /** Whether the resolver gave {@code r} the country of its sentence's scene, not its own words. */
  static boolean countryFromScene(ActorRef r) {
    return r.rule() != null && r.rule().contains("+country-from-context:");
  }

  static void add(Participants p, ActorRef r, boolean actor) {
    if (actor) {
      p.actor(r);
    } else {
      p.recipient(r);
    }
  }
}
