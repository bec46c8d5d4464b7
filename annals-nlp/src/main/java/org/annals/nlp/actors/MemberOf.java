package org.annals.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.nlp.ActorMention;

/**
 * The organisation a person the knowledge base does not know speaks or works for, named in an
 * "of", "for", "at", "with" or "from" phrase on the name or on its description ("Ines Moreau of
 * Amnesty International", "Karl Brandt, a spokesman for Human Rights Watch", "Li Wen, head of
 * research at the World Bank"): the person takes the organisation's country ({@link Appositions},
 * rule {@code +member-of:}) rather than the scene's. Only a known organisation counts: a
 * bundled {@code org/} entity (no {@code group/} one: an acronym may be another's, "RSF" of a
 * press-freedom body read as an armed group), or a Phoenix actor coded {@code IGO}/{@code NGO} or
 * tagged an organisation by the NER, but no news agency (Phoenix codes those {@code MED}, no
 * country); never a person or a country ("the fiancée of journalist X", "the wife of a Cuban
 * diplomat" are not of X's or Cuba's body). Stateless; thread-safe (h104).
 */
final class MemberOf {
  private static final Set<String> RELATIONS = Set.of("nmod:of", "nmod:for", "nmod:at", "nmod:with",
      "nmod:from");
  /** Phoenix's code for a news agency, which says no country. */
  private static final String MEDIA = "MED";
  private static final Set<String> BODIES = Set.of("IGO", "NGO");

  private MemberOf() {}

  /** The organisation mention {@code n} is of, or null. */
  static ActorMention body(Sentence s, ActorMention n, List<ActorMention> mentions) {
    List<Integer> heads = new ArrayList<>(Appositions.descriptionNouns(s, n));
    for (int t = n.firstToken(); t <= n.lastToken(); t++) {
      heads.add(t);
    }
    // "director of global news for AFP": one "of" noun further down the description
    for (Dependency d : s.dependencies()) {
      if (d.relation().equals("nmod:of") && heads.contains(d.governor()) && !Appositions.inside(n, d.dependent())
          && s.tokens().get(d.dependent()).isNoun()) {
        heads.add(d.dependent());
      }
    }
    for (Dependency d : s.dependencies()) {
      if (!RELATIONS.contains(d.relation()) || !heads.contains(d.governor())) {
        continue;
      }
      for (ActorMention m : mentions) {
        if (m != n && !m.group() && Appositions.inside(m, d.dependent()) && organisation(s, m)) {
          return m;
        }
      }
    }
    return null;
  }

  /** A known organisation whose country its own words give. */
  private static boolean organisation(Sentence s, ActorMention m) {
    ActorRef r = m.ref();
    if (!Appositions.describes(r) || r.entity() == null) {
      return false;
    }
    if (r.entity().startsWith("org/")) {
      return true;
    }
    if (!r.entity().startsWith("phoenix/") || !r.country().matches("[A-Z]{3}") || MEDIA.equals(r.country())) {
      return false; // Phoenix codes a news agency "MED", no country: no guess (a wrong country is worse)
    }
    if (BODIES.contains(r.country())) {
      return true; // Phoenix's "NGO"/"IGO" actors are organisations ("Reporters Without Borders")
    }
    for (int t = m.firstToken(); t <= m.lastToken(); t++) {
      if ("ORGANIZATION".equals(s.tokens().get(t).ner())) {
        return true;
      }
    }
    return false;
  }
}
