package org.annals.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Repairs a frequent parser error in news leads without a comma after a fronted phrase: in "On
 * state radio Ruiz also criticised the plan" and "Later on Friday Ruiz met the envoy" the parser
 * reads "state radio Ruiz" and "Friday Ruiz" as one noun phrase, the object of "on", and leaves
 * the verb without a subject. When a name ({@code NNP}, tagged as a person, organisation or place)
 * stands right before a finite verb that has no subject (adverbs between allowed), has a
 * preposition and, right before it, a common noun or a date as its compound, the name becomes the
 * verb's {@code nsubj} and the compound word heads the prepositional phrase with the name's
 * preposition, determiners, modifiers and earlier compounds.
 *
 * <p>Stateless; thread-safe.
 */
final class FusedSubject {
  private static final Set<String> NAME_NER = Set.of("PERSON", "ORGANIZATION", "COUNTRY",
      "NATIONALITY", "LOCATION", "CITY", "STATE_OR_PROVINCE", "MISC");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  private FusedSubject() {}

  /** The sentence's dependencies with the fused subject split off, or the same list when none is. */
  static List<Dependency> repaired(Sentence s) {
    List<Dependency> deps = s.dependencies();
    for (Dependency d : deps) {
      if (d.relation().startsWith("obl") || d.relation().startsWith("nmod")) {
        int verb = verbAfter(s, d.dependent());
        if (verb >= 0 && fused(s, deps, d.dependent(), verb)) {
          return split(deps, d, verb);
        }
      }
    }
    return deps;
  }

  /** The finite verb right after the name at {@code name}, adverbs between allowed; or -1. */
  private static int verbAfter(Sentence s, int name) {
    List<Token> tokens = s.tokens();
    for (int i = name + 1; i < tokens.size(); i++) {
      String pos = tokens.get(i).pos();
      if (FINITE.contains(pos)) {
        return i;
      }
      if (!pos.startsWith("RB")) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean fused(Sentence s, List<Dependency> deps, int name, int verb) {
    Token n = s.tokens().get(name);
    if (!n.pos().startsWith("NNP") || !NAME_NER.contains(n.ner()) || name < 2) {
      return false;
    }
    Token before = s.tokens().get(name - 1);
    boolean commonOrDate = before.pos().equals("NN") || before.pos().equals("NNS")
        || "DATE".equals(before.ner());
    if (!commonOrDate || "TITLE".equals(before.ner())) {
      return false; // "prime minister Ruiz": a title, not a fronted phrase
    }
    boolean compound = false;
    boolean preposition = false;
    for (Dependency d : deps) {
      if (d.governor() == verb && d.relation().startsWith("nsubj")) {
        return false;
      }
      if (d.governor() == name && d.dependent() == name - 1 && d.relation().equals("compound")) {
        compound = true;
      }
      preposition |= d.governor() == name && d.relation().equals("case") && d.dependent() < name;
    }
    return compound && preposition;
  }

  private static List<Dependency> split(List<Dependency> deps, Dependency pp, int verb) {
    int name = pp.dependent();
    int head = name - 1;
    List<Dependency> out = new ArrayList<>(deps.size() + 1);
    for (Dependency d : deps) {
      if (d.dependent() == name) {
        continue; // the name's old attachments, replaced below
      }
      if (d.dependent() == head && d.governor() == name) {
        out.add(new Dependency(pp.governor(), head, pp.relation()));
      } else if (d.governor() == name && d.dependent() < head) {
        out.add(new Dependency(head, d.dependent(), d.relation()));
      } else {
        out.add(d);
      }
    }
    out.add(new Dependency(verb, name, "nsubj"));
    return out;
  }
}
