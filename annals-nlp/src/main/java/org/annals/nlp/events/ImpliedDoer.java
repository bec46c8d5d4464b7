package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.model.Location;
import org.annals.model.Token;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * The doer that an agentless passive of an arrest or a conviction implies: "a suspect was
 * arrested" was arrested by the police ({@code implied-police} verbs, sector COP), "two officers
 * were found guilty" by a court ({@code implied-court} verbs, sector JUD) — the PLOVER coding of
 * such reports. The implied doer is of the country of the place it happened in ({@link
 * #located}), else of the person the act befell (the first recipient found with the doer that
 * has one), else of unknown country: no domestic authority is guessed for a patient of no known
 * country ("all were acquitted"), neither from a patient found only later from the scene nor from
 * the article's one country (measured twice, in session 16 with {@link ArticleCountry}: the
 * check half's convention disagrees; a named person {@link MissingTargets} finds later gives
 * it that person's country, {@link #ofPatient}); its rule ({@code implied:police} or {@code implied:court})
 * says it was implied. An agentless passive of a state
 * act ({@code implied-state} verbs of COERCE, SANCTION, ACCUSE or CONCEDE: "was banned from the
 * election", "was held in contempt", "was sanctioned", "was granted clemency") implies the
 * government (sector GOV, rule {@code implied:state}) of the place it happened in, else of the
 * article's one country ({@link ArticleCountry}, rule {@code +country-from-article:}), never the
 * patient's (sanctions and expulsions befall foreigners); only
 * when the act befalls an actor the text names ("the record was not sanctioned" is no act). A
 * protest ({@code crowd} entries) with no actor named has the crowd as its actor: civilians of
 * the country of the place it happened in ("crowds marched in Lima"), else of unknown country
 * ("protests filled the streets"; not the article's country: a crowd of no known country is no
 * political actor, ParticipantGuards). Never applies when
 * the text names a doer ("by rebels") or the clause is active. An assault whose subject is a person
 * the text does not identify ({@code unnamed-attacker}: "a man", "two youths"; or the agent of a
 * passive: "was stabbed by a teenager") has unidentified
 * armed attackers (sector UAF) as its actor, of the country of the scene its victims were given
 * ({@code +country-of-scene:}), else of the place it happened in, as PLOVER codes a lone attacker;
 * rule {@code attacker:}.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class ImpliedDoer {
  private final Set<String> police;
  private final Set<String> court;
  private final Set<String> attackers;
  private final Set<String> state;
  /** The rule part of a doer given the article's one country ({@link ArticleCountry}). */
  static final String FROM_ARTICLE = "+country-from-article:";
  /** The types of the state acts an {@code implied-state} verb implies a government for. */
  private static final Set<String> STATE_ACTS = Set.of("COERCE", "SANCTION", "ACCUSE", "CONCEDE");

  ImpliedDoer(WordLists lists) {
    this.police = lists.get("implied-police");
    this.court = lists.get("implied-court");
    this.state = lists.get("implied-state");
    this.attackers = lists.get("unnamed-attacker");
  }

  /**
   * Adds the implied doer to {@code p} when the trigger is such a passive and has no actor;
   * {@code article} is the article's one country ({@link ArticleCountry}), or null.
   */
  void fill(SentenceGraph g, TriggerMatcher.Match m, Participants p, String article) {
    if (p.actors.isEmpty() && m.entry().flags().contains(LexiconEntry.Flag.CROWD)) {
      p.actor(crowd(g, m, article)); // "protests filled the streets": whoever protested
      return;
    }
    if ("ASSAULT".equals(m.entry().event())
        && p.actors.stream().allMatch(a -> a.rule() != null && a.rule().startsWith("kb:agent:"))) {
      unnamedAttacker(g, m, p); // "two youths stabbed": no crowd of youths but unnamed attackers
      return;
    }
    int head = m.head();
    String lemma = g.lemma(head);
    boolean byState = stateAct(g, m) && !p.recipients.isEmpty(); // "the record was not sanctioned": no act
    String sector = police.contains(lemma) ? "COP" : court.contains(lemma) ? "JUD" : byState ? "GOV" : null;
    if (sector == null || !p.actors.isEmpty() || !agentlessPassive(g, head)) {
      return;
    }
    // a sanction or an expulsion befalls foreigners: only arrests and trials are the patient's country's
    String country = byState ? null : p.recipients.stream().map(ActorRef::country)
        .filter(c -> c != null).findFirst().orElse(null);
    String kind = sector.equals("COP") ? "police" : sector.equals("JUD") ? "court" : "state";
    String rule = "implied:" + kind + ">" + m.entry().rule();
    if (country == null && byState && article != null) {
      country = article; // "was banned from the election" in an article about one country: its state
      rule += FROM_ARTICLE + article;
    }
    Token t = g.token(head);
    p.actor(new ActorRef(t.word(), null, country, sector, (country == null ? "---" : country) + sector,
        null, t.start(), t.end(), rule));
  }

  /**
   * Whether {@code m} is a state act: of a type a state does to its people ({@link #STATE_ACTS}),
   * with a word of the {@code implied-state} list among its words ("banned", "held in contempt",
   * "granted clemency"; not "held hostage").
   */
  private boolean stateAct(SentenceGraph g, TriggerMatcher.Match m) {
    if (!STATE_ACTS.contains(m.entry().event())) {
      return false;
    }
    for (int t : m.tokens()) {
      if (state.contains(g.lemma(t))) {
        return true;
      }
    }
    return false;
  }

  /** The subject of an active assault, or the agent of a passive one ("was shot by a teenager"). */
  private static final Set<String> ATTACKER_RELATIONS = Set.of("nsubj", "nsubj:xsubj", "obl:agent");

  /** "a man stabbed two guards": an attacker the text does not identify, sector UAF. */
  private void unnamedAttacker(SentenceGraph g, TriggerMatcher.Match m, Participants p) {
    for (Dependency d : g.children(m.head())) {
      if (ATTACKER_RELATIONS.contains(d.relation())
          && attackers.contains(g.lemma(d.dependent())) && (p.actors.isEmpty() || few(g, d.dependent()))) {
        Token t = g.token(d.dependent());
        String scene = p.recipients.stream().filter(PhraseExpansion::countryFromScene)
            .map(ActorRef::country).findFirst().orElse(null);
        String rule = "attacker:" + m.entry().rule() + (scene == null ? "" : "+country-of-scene:" + scene);
        p.actors.removeIf(a -> a.start() <= t.start() && a.end() >= t.end());
        p.actor(new ActorRef(t.word(), null, scene, "UAF", (scene == null ? "---" : scene) + "UAF",
            null, t.start(), t.end(), rule));
        return;
      }
    }
  }

  /**
   * One person or a counted few ("a student", "two youths"), not a crowd ("students clashed with
   * police"): only these turn an agent the resolver found into an unnamed attacker.
   */
  private static boolean few(SentenceGraph g, int noun) {
    return !g.token(noun).pos().endsWith("S") || !g.childrenBy(noun, "nummod").isEmpty();
  }

  /** The crowd that took part in a protest the text names no actor of: civilians, country unknown. */
  private static ActorRef crowd(SentenceGraph g, TriggerMatcher.Match match, String article) {
    Token first = g.token(match.first());
    Token last = g.token(match.last());
    String text = first.word() + (match.first() == match.last() ? "" : " \u2026 " + last.word());
    String rule = "crowd:" + match.entry().rule() + (article == null ? "" : FROM_ARTICLE + article);
    return new ActorRef(text, null, article, "CVL", (article == null ? "---" : article) + "CVL",
        null, first.start(), last.end(), rule);
  }

  /**
   * A protest's crowd placed only by the article's one country ("a protest took place", no place
   * named): whom it protested against is not known ({@link DomesticRecipients}).
   */
  static boolean crowdOfArticle(ActorRef a) {
    return a.rule() != null && a.rule().startsWith("crowd:") && a.rule().contains(FROM_ARTICLE);
  }

  /**
   * The crowd of a protest, an unnamed attacker, or the police or court an agentless arrest or
   * conviction implies, in a place of known country is of that country ("crowds marched in Lima",
   * "a French tourist was arrested in Bangkok": Thai police, whatever the patient's country): rule
   * {@code +country-from-place}. Any other actor is returned as it is.
   */
  static ActorRef located(ActorRef a, Location loc) {
    boolean implied = a.rule() != null && (a.rule().startsWith("crowd:")
        || a.rule().startsWith("attacker:") || a.rule().startsWith("implied:"));
    if (!implied || loc == null || loc.country() == null) {
      return a;
    }
    boolean guessed = a.rule().startsWith("implied:") || a.rule().contains(FROM_ARTICLE);
    if (a.country() != null && !(guessed && !loc.country().equals(a.country()))) {
      return a; // the police of the place an arrest happened in, whoever was arrested there
    }
    String rule = a.rule().replaceFirst("\\" + FROM_ARTICLE + "[A-Z]+", "");
    return new ActorRef(a.text(), a.name(), loc.country(), a.sector(), loc.country() + a.sector(),
        a.entity(), a.start(), a.end(), rule + "+country-from-place:" + loc.country());
  }

  /**
   * The police or court implied with no country, once a later rule found the named person the act
   * befell ({@link MissingTargets}: a passive subject the parser lost): of that person's country
   * when all the recipients are of one state (rule {@code +country-of-patient:}). Not for a patient
   * placed only by the scene.
   */
  static void ofPatient(Participants p) {
    String one = ArticleCountry.oneState(p.recipients);
    if (one == null) {
      return;
    }
    p.actors.replaceAll(a -> a.country() != null || a.rule() == null
        || !(a.rule().startsWith("implied:police") || a.rule().startsWith("implied:court")) ? a
        : new ActorRef(a.text(), a.name(), one, a.sector(), one + a.sector(), a.entity(), a.start(),
            a.end(), a.rule() + "+country-of-patient:" + one));
  }

  /** "was arrested", "were found guilty", "the man arrested on Friday": no subject, no "by". */
  private static boolean agentlessPassive(SentenceGraph g, int v) {
    return ArgumentFinder.passiveOrReduced(g, v) && ParticipantGuards.byDoers(g, v).isEmpty();
  }
}
