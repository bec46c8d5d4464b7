package org.annals.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.model.Sentence;

/**
 * Repairs two frequent parser errors with the party asked to act before an infinitive (issue 13,
 * helper h85), so that the asked act is the asking verb's complement ({@code xcomp}) and not an
 * act that happened:
 * <ul>
 *   <li>"called on the government to release the activists", "counted on Turkey to act": the
 *       parser reads "on the government to release" as a for-to clause ({@code advcl(called,
 *       release)} with {@code mark(release, on)} and {@code nsubj(release, government)}). When a
 *       verb's adverbial clause has "on"/"upon" and "to" as its marks and its subject between them,
 *       the subject is the verb's object, "on" its particle, and the clause its complement,
 *       controlled by the object ({@code nsubj:xsubj}), as the parser reads "called on Russia to
 *       withdraw".</li>
 *   <li>"urged the president, who faces a vote, to step down": the parser hangs the infinitive
 *       after the comma from the verb of the relative clause. When that verb's relative clause
 *       belongs to the object of an {@code object-control-verb} (ask, urge, tell, advise, ...) and
 *       a comma comes right before "to", the infinitive is the object-control verb's complement,
 *       controlled by its object.</li>
 * </ul>
 * A purpose clause of a relative clause with no comma ("asked the minister who came to stay")
 * is left alone.
 *
 * <p>Word lists read once; stateless otherwise; thread-safe.
 */
final class AskedParty {
  private static final Set<String> ON = Set.of("on", "upon");
  private static final Set<String> CONTROL = WordLists.bundled().get("object-control-verb");

  private AskedParty() {}

  /** The sentence's dependencies with each misread asked party repaired, or the same list. */
  static List<Dependency> repaired(Sentence s, List<Dependency> deps) {
    for (Dependency d : deps) {
      if (!d.relation().startsWith("advcl") || d.governor() < 0 || d.governor() >= d.dependent()) {
        continue;
      }
      int inf = d.dependent();
      int on = RawDeps.mark(s, deps, inf, ON);
      int to = RawDeps.mark(s, deps, inf, Set.of("to"));
      int party = RawDeps.subject(deps, inf);
      if (on >= 0 && to >= 0 && party > on && party < to) {
        return repaired(s, asked(deps, d.governor(), inf, party, on, d));
      }
      int noun = relativeOwner(deps, d.governor());
      int verb = noun < 0 ? -1 : objectOf(s, deps, noun);
      if (verb >= 0 && party < 0 && to == inf - 1 && to > 0 && s.tokens().get(to - 1).word().equals(",")) {
        return repaired(s, asked(deps, verb, inf, noun, -1, d));
      }
    }
    return deps;
  }

  /** The noun whose relative clause {@code verb} heads, or -1. */
  private static int relativeOwner(List<Dependency> deps, int verb) {
    for (Dependency d : deps) {
      if (d.dependent() == verb && d.relation().equals("acl:relcl") && d.governor() >= 0) {
        return d.governor();
      }
    }
    return -1;
  }

  /** The object-control verb {@code noun} is the object of, or -1. */
  private static int objectOf(Sentence s, List<Dependency> deps, int noun) {
    for (Dependency d : deps) {
      if (d.dependent() == noun && d.relation().equals("obj") && d.governor() >= 0
          && CONTROL.contains(lemma(s, d.governor()))) {
        return d.governor();
      }
    }
    return -1;
  }

  private static String lemma(Sentence s, int i) {
    var t = s.tokens().get(i);
    return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * {@code inf} becomes the complement of {@code verb}, controlled by {@code party}; with a particle
   * {@code on} (≥ 0) the party becomes the verb's object and loses its subject edge.
   */
  private static List<Dependency> asked(List<Dependency> deps, int verb, int inf, int party, int on,
      Dependency clause) {
    List<Dependency> out = new ArrayList<>(deps.size() + 3);
    for (Dependency d : deps) {
      boolean gone = d == clause || on >= 0 && d.governor() == inf
          && (d.dependent() == on || d.dependent() == party);
      if (!gone) {
        out.add(d);
      }
    }
    if (on >= 0) {
      out.add(new Dependency(verb, party, "obj"));
      out.add(new Dependency(verb, on, "compound:prt"));
    }
    out.add(new Dependency(verb, inf, "xcomp"));
    out.add(new Dependency(inf, party, "nsubj:xsubj"));
    return out;
  }
}
