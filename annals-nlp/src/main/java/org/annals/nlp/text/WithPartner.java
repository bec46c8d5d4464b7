package org.annals.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.model.Sentence;

/**
 * Repairs a frequent parser error with a partner before an infinitive: in "agreed with China to
 * build a port" and "worked with Japan to develop the field" the parser reads "with China to
 * build" as a for-to clause ({@code advcl:to(agreed, build)} with {@code mark(build, with)} and
 * {@code nsubj(build, China)}), so the partner becomes the subject of the infinitive and the act
 * loses it. When a verb's adverbial clause has "with" and "to" as its marks and its subject
 * between them, the subject is the verb's {@code obl:with} partner (with "with" its {@code case})
 * and the clause the verb's complement ({@code xcomp}), controlled by the verb's subject.
 *
 * <p>Stateless; thread-safe.
 */
final class WithPartner {
  private WithPartner() {}

  /** The sentence's dependencies with each misread partner made an oblique, or the same list. */
  static List<Dependency> repaired(Sentence s, List<Dependency> deps) {
    for (Dependency d : deps) {
      if (d.relation().startsWith("advcl") && d.governor() >= 0 && d.governor() < d.dependent()) {
        int with = RawDeps.mark(s, deps, d.dependent(), Set.of("with"));
        int to = RawDeps.mark(s, deps, d.dependent(), Set.of("to"));
        int partner = RawDeps.subject(deps, d.dependent());
        if (with >= 0 && to >= 0 && partner > with && partner < to) {
          return repaired(s, partnered(deps, d, with, partner));
        }
      }
    }
    return deps;
  }

  private static List<Dependency> partnered(List<Dependency> deps, Dependency clause, int with,
      int partner) {
    int verb = clause.governor();
    int infinitive = clause.dependent();
    List<Dependency> out = new ArrayList<>(deps.size() + 2);
    for (Dependency d : deps) {
      boolean gone = d == clause || d.governor() == infinitive
          && (d.dependent() == with || d.dependent() == partner);
      if (!gone) {
        out.add(d);
      }
    }
    out.add(new Dependency(verb, partner, "obl:with"));
    out.add(new Dependency(partner, with, "case"));
    out.add(new Dependency(verb, infinitive, "xcomp"));
    for (Dependency d : deps) {
      if (d.governor() == verb && d.relation().equals("nsubj")) {
        out.add(new Dependency(infinitive, d.dependent(), "nsubj:xsubj"));
      }
    }
    return out;
  }
}
