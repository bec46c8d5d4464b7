package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.model.Location;
import org.annals.model.Token;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * The person an arrest, a conviction, an attack or (h108) a pardon or an acquittal befalls when the text names no actor for them:
 * a pronoun with nothing to refer back to ("detained him"), a person noun the actor resolver
 * leaves out ({@code person-noun}: "an arrest of a man", "a writer was sentenced"), or a person
 * the NER tags whom the knowledge base does not know. The patient is the object or passive subject
 * of the trigger verb, or the "of" phrase or possessor of an event noun ({@code patient-noun}).
 * As for actors of no country (police, protesters), the patient is a civilian (sector CVL) of the
 * scene: the country of the place the event happened in ({@code +country-of-place:}), else the
 * country the actor resolver gave the sentence's scene ({@code +country-of-scene:}), else, for an
 * arrest or a conviction by a state body, the state's ({@code +country-of-captor:}: police arrest
 * within their own country). With none of these the event keeps no recipient rather than one of
 * unknown country. Rule {@code patient:unnamed}.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class UnnamedPatients {
  private static final Set<String> TYPES = Set.of("COERCE", "ASSAULT", "SANCTION", "CONCEDE");
  /**
   * Types whose captor's country is where the patient is: an arrest, a conviction, and (h108) a
   * pardon, an acquittal or a release by a state body.
   */
  private static final Set<String> CAPTIVE = Set.of("COERCE", "SANCTION", "CONCEDE");
  private static final Set<String> STATE = Set.of("GOV", "COP", "JUD", "MIL", "PRM");
  private static final Set<String> PRONOUNS = Set.of("him", "her", "them", "he", "she", "they", "his", "their");
  private final Set<String> persons;
  private final Set<String> patientNouns;

  UnnamedPatients(WordLists lists) {
    this.persons = lists.get("person-noun");
    this.patientNouns = lists.get("patient-noun");
  }

  /** Adds the unnamed patient of {@code m} to {@code p} when it has no recipient. */
  void fill(SentenceGraph g, Mentions mentions, TriggerMatcher.Match m, Participants p, Location loc) {
    LexiconEntry entry = m.entry();
    if (!p.recipients.isEmpty() || entry.symmetric() || !TYPES.contains(entry.event())
        || entry.flags().contains(LexiconEntry.Flag.REVERSED)) {
      return;
    }
    int patient = owner(g, mentions, entry, patient(g, m.head()));
    if (patient < 0 || mentions.ref(patient) != null || !person(g, patient)) {
      return;
    }
    String basis = country(g, mentions, entry, p, loc);
    if (basis == null) {
      return;
    }
    String country = basis.substring(basis.indexOf(':') + 1);
    Token t = g.token(patient);
    p.recipient(new ActorRef(t.word(), null, country, "CVL", country + "CVL", null, t.start(), t.end(),
        "patient:unnamed>" + entry.rule() + "+" + basis));
  }

  /** The token the act befalls: object or passive subject of a verb, "of" phrase or possessor of a noun. */
  private int patient(SentenceGraph g, int head) {
    boolean noun = g.token(head).isNoun();
    for (Dependency d : g.children(head)) {
      String rel = d.relation();
      if (!noun && (rel.equals("obj") || rel.equals("nsubj:pass"))) {
        return d.dependent();
      }
      if (noun && patientNouns.contains(g.lemma(head))
          && (rel.equals("nmod:of") || rel.equals("nmod:poss") && g.childrenBy(head, "nmod:of").isEmpty())) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * For a seizure, a search or a freeze (COERCE), the owner of a thing it befalls when no actor
   * was resolved for it ("seized his weapons", "searched the suspect's home", "froze her bank
   * accounts": the possessor); else {@code patient} itself (h108).
   */
  private int owner(SentenceGraph g, Mentions mentions, LexiconEntry entry, int patient) {
    if (patient < 0 || !entry.event().equals("COERCE") || mentions.ref(patient) != null || person(g, patient)) {
      return patient;
    }
    List<Integer> owners = g.childrenBy(patient, "nmod:poss");
    return owners.size() == 1 ? owners.get(0) : patient;
  }

  /** A personal pronoun, a person noun, or a name the NER tags as a person. */
  private boolean person(SentenceGraph g, int t) {
    Token tok = g.token(t);
    if (tok.pos().startsWith("PRP")) {
      return PRONOUNS.contains(g.lower(t));
    }
    return persons.contains(g.lemma(t)) || tok.ner().equals("PERSON");
  }

  /** How the patient's country is known, as {@code basis:CC}, or null. */
  private static String country(SentenceGraph g, Mentions mentions, LexiconEntry entry, Participants p,
      Location loc) {
    if (loc != null && loc.country() != null) {
      return "country-of-place:" + loc.country();
    }
    for (int t = 0; t < g.size(); t++) {
      ActorRef r = mentions.ref(t);
      if (r != null && r.country() != null && PhraseExpansion.countryFromScene(r)) {
        return "country-of-scene:" + r.country();
      }
    }
    if (CAPTIVE.contains(entry.event())) {
      for (ActorRef a : p.actors) {
        if (a.country() != null && a.sector() != null && STATE.contains(a.sector())) {
          return "country-of-captor:" + a.country();
        }
      }
    }
    return null;
  }
}
