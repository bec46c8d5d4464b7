package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.nlp.text.WordLists;

/**
 * A fight, a battle or a clash between politicians is a political contest, not an attack (issue 13,
 * helper h83, spurious events): "she will help me take this fight to the president", "the two
 * candidates clashed over taxes in the debate", "the prime ministers clashed over Kashmir at the
 * summit". A symmetric ASSAULT (still an ASSAULT, not an announced fight turned into a threat) whose
 * every actor is a person (resolved as a person, not as a country or a body) of a political sector
 * (word list {@code contest-sector}: GOV, LEG, PTY, ELI, OPP, JUD, or no sector) codes nothing.
 * Armed, police or civilian persons ("two soldiers fought"), countries, forces or bodies ("Armenia
 * and Azerbaijan clashed", "Israeli troops fought Hamas") keep the event.
 *
 * <p>Word lists are read once at construction; immutable and thread-safe.
 */
final class PoliticalContests {
  /** The bundled word lists' instance. */
  static final PoliticalContests BUNDLED = new PoliticalContests(WordLists.bundled());

  private final Set<String> sectors;

  PoliticalContests(WordLists lists) {
    this.sectors = lists.get("contest-sector");
  }

  /** Whether {@code e}, coded by {@code m}, is a contest between politicians. */
  boolean contest(TriggerMatcher.Match m, CodedEvent e) {
    List<ActorRef> sides = e.actors();
    if (!m.entry().event().equals("ASSAULT") || !m.entry().symmetric() || sides.isEmpty()
        || !e.recipients().isEmpty()) {
      return false;
    }
    if (!e.event().equals("ASSAULT")) {
      return false; // "vowed to fight": a threat, told as such
    }
    for (ActorRef a : sides) {
      if (!Participants.namedPerson(a) || a.sector() != null && !Participants.sectorIn(sectors, a)) {
        return false;
      }
    }
    return true;
  }

}
