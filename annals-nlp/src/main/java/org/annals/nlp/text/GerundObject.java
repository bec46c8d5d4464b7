package org.annals.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.model.Sentence;

/**
 * Repairs a frequent parser error with a gerund right after a preposition: in "responded by
 * throwing stones" and "after storming the building" the parser often tags the gerund {@code VBG}
 * but reads it as an adjective of the noun after it ({@code amod(stones, throwing)}), so the
 * preposition heads a noun phrase and the act has no clause of its own. When a {@code VBG} token
 * modifies a noun as {@code amod}, the noun's preposition ({@code gerund-preposition}, or {@code
 * adjective-gerund-preposition} when the noun hangs from an adjective: "was quick in blaming
 * Iran") stands right before the gerund, and the noun hangs from a verb by {@code obl}, the
 * gerund becomes an adverbial clause of that verb ({@code advcl:PREP}, the preposition its
 * {@code mark}) and the noun its object.
 *
 * <p>Stateless; thread-safe.
 */
final class GerundObject {
  private static final Set<String> PREPOSITIONS = WordLists.bundled().get("gerund-preposition");
  /** Prepositions repaired only when the noun hangs from an adjective ("was quick in blaming"). */
  private static final Set<String> ADJECTIVE_PREPOSITIONS =
      WordLists.bundled().get("adjective-gerund-preposition");

  private GerundObject() {}

  /** The sentence's dependencies with each misread gerund made a clause, or the same list. */
  static List<Dependency> repaired(Sentence s, List<Dependency> deps) {
    for (Dependency d : deps) {
      if (d.relation().equals("amod") && misread(s, deps, d.governor(), d.dependent())) {
        return repaired(s, clause(deps, d.governor(), d.dependent()));
      }
    }
    return deps;
  }

  private static boolean misread(Sentence s, List<Dependency> deps, int noun, int gerund) {
    if (!s.tokens().get(gerund).pos().equals("VBG") || gerund < 1 || noun < gerund) {
      return false;
    }
    String before = s.tokens().get(gerund - 1).word().toLowerCase(java.util.Locale.ROOT);
    Dependency up = head(deps, noun);
    boolean listed = PREPOSITIONS.contains(before) || ADJECTIVE_PREPOSITIONS.contains(before)
        && up != null && up.governor() >= 0 && s.tokens().get(up.governor()).pos().startsWith("JJ");
    boolean preposition = listed && deps.stream().anyMatch(d ->
        d.governor() == noun && d.dependent() == gerund - 1 && d.relation().equals("case"));
    return preposition && up != null;
  }

  private static Dependency head(List<Dependency> deps, int noun) {
    return deps.stream().filter(d -> d.dependent() == noun
        && d.relation().startsWith("obl")).findFirst().orElse(null);
  }

  private static List<Dependency> clause(List<Dependency> deps, int noun, int gerund) {
    Dependency up = head(deps, noun);
    int preposition = gerund - 1;
    String suffix = up.relation().contains(":") ? up.relation().substring(up.relation().indexOf(':')) : "";
    List<Dependency> out = new ArrayList<>(deps.size());
    for (Dependency d : deps) {
      boolean gone = d.dependent() == noun && d.governor() == up.governor()
          || d.dependent() == gerund && d.governor() == noun
          || d.dependent() == preposition && d.governor() == noun;
      if (!gone) {
        out.add(d);
      }
    }
    out.add(new Dependency(up.governor(), gerund, "advcl" + suffix));
    out.add(new Dependency(gerund, preposition, "mark"));
    out.add(new Dependency(gerund, noun, "obj"));
    return out;
  }
}
