package org.annals.nlp.actors;

import org.annals.kb.Entity;
import org.annals.model.ActorRef;
import org.annals.kb.NameMatch;

/**
 * A piece of an actor phrase found in one sentence: tokens {@code [first, last]} with what the KB
 * or the NER says about them. Adjacent pieces ("Russian" + "President" + "Vladimir Putin") are
 * merged into one mention by {@link MentionBuilder}. Immutable.
 *
 * @param kind what the piece contributes
 * @param entity the KB entity (country, organisation, person) or null
 * @param office for roles, the office key (HEAD_OF_STATE, ...) or null
 * @param sector the sector the words imply, or null
 * @param rule the KB entry or rule that produced the piece
 * @param personName for persons not in the KB, the name as written
 * @param antecedent for surnames and pronouns, the actor they refer back to, or null
 */
record Piece(int first, int last, Kind kind, Entity entity, String office, String sector,
    String rule, String personName, ActorRef antecedent) {

  enum Kind { PERSON, COUNTRY, ORGANIZATION, ADJECTIVE, METONYM, ROLE, AGENT, PRONOUN }

  static Piece of(int first, NameMatch m, Entity entity) {
    Kind kind = switch (m.kind()) {
      case ADJECTIVE -> Kind.ADJECTIVE;
      case METONYM -> Kind.METONYM;
      case ROLE -> Kind.ROLE;
      case AGENT -> Kind.AGENT;
      case NAME -> entity != null && entity.kind() == Entity.Kind.PERSON ? Kind.PERSON
          : entity != null && (entity.kind() == Entity.Kind.COUNTRY || entity.kind() == Entity.Kind.REGION)
              ? Kind.COUNTRY : Kind.ORGANIZATION;
    };
    return new Piece(first, first + m.length() - 1, kind, entity, m.office(), m.sector(), m.rule(),
        null, null);
  }

  boolean countryLike() {
    return kind == Kind.COUNTRY || kind == Kind.ADJECTIVE || kind == Kind.METONYM;
  }
}
