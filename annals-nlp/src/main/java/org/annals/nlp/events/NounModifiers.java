package org.annals.nlp.events;

import org.annals.model.ActorRef;
import org.annals.nlp.text.SentenceGraph;

/**
 * The modifiers of an event noun that name one of its participants: a nationality adjective or a
 * compound ("Russian sanctions", "a police raid", "an army assault"), a participle aiming it
 * ("sanctions aimed at Russian banks"); a capital there is a place, not a government ("a Kabul car
 * bombing"). An adjective ({@code amod}) whose actor has no country of its own words, only the one
 * the resolver took from the sentence's scene ("a military offensive", "an official visit"), may
 * say only what kind of act it is: it is kept as a guess ({@link Participants#kindGuesses}) and
 * {@link #settle} drops it when the event names a doer whose own words give another country
 * ("Turkey began a military offensive into Syria" is Turkey's alone, not also Syria's army's;
 * issue 13, h64). With no such doer the scene's country stands, as it does for compounds ("police
 * violence": the police of the scene). Stateless; thread-safe.
 */
final class NounModifiers {
  private NounModifiers() {}

  /**
   * Adds what modifier {@code c} (relation {@code rel} of event noun {@code noun}) names, as actor
   * when {@code actor}; returns whether {@code rel} is a modifier relation this class handles.
   */
  static boolean add(SentenceGraph g, Mentions m, int noun, String rel, int c, boolean actor,
      Participants p) {
    if (!g.token(noun).isNoun()) {
      return false;
    }
    if (rel.equals("amod") && g.token(c).isVerb()) {
      NestedRecipients.aimedAt(g, m, c, p); // "sanctions aimed at Russian banks"
      return true;
    }
    if (!rel.equals("amod") && !rel.equals("compound")) {
      return false;
    }
    if (actor && unknownAttacker(m.ref(c))) {
      p.unnamedAttacker = true;
      return true; // "terrorist bombings at the embassy in Lima": no Peruvian attacker (h144)
    }
    if (!m.capital(c)) {
      if (actor && kindOnly(rel, m.ref(c))) {
        p.kindGuesses.add(m.ref(c));
      }
      PhraseExpansion.expand(g, m, c, p, actor);
    }
    return true;
  }

  /**
   * Drops the actors guessed from an adjective's scene when another actor, of a country its own
   * words give, is of another country; rule-free: what stays keeps its own provenance.
   */
  static void settle(Participants p) {
    if (p.kindGuesses.isEmpty()) {
      return;
    }
    p.actors.removeIf(a -> p.kindGuesses.stream().anyMatch(k -> Participants.same(k, a))
        && p.actors.stream().anyMatch(o -> own(o) && !o.country().equals(a.country())));
  }

  /** An actor whose country its own words give, not the scene's. */
  private static boolean own(ActorRef r) {
    return r.country() != null && !PhraseExpansion.countryFromScene(r);
  }

  /**
   * A modifier naming only an unidentified armed attacker ("terrorist", sector {@code UAF}) whose
   * country is only the scene's: the scene is where the act struck, not whose the attacker was, so
   * the act has no actor rather than one of the victims' country.
   */
  private static boolean unknownAttacker(ActorRef r) {
    return r != null && "UAF".equals(r.sector()) && PhraseExpansion.countryFromScene(r);
  }

  /** An adjective whose actor's country is only the scene's: maybe the kind of act, not its party. */
  private static boolean kindOnly(String rel, ActorRef r) {
    return rel.equals("amod") && r != null && PhraseExpansion.countryFromScene(r);
  }
}
