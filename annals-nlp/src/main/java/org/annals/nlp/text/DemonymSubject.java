package org.annals.nlp.text;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Repairs a parser error with a people named by their nationality adjective as a sentence's
 * subject: in "The Dutch relinquished control of the colony" the tagger reads "Dutch" as an
 * adjective and the verb as a participle, and the parser makes the whole sentence one noun phrase
 * ("the Dutch relinquished control") with no verb. When a sentence's root is a noun, its first
 * words are "the", a nationality adjective ({@code JJ}, NER {@code NATIONALITY}) and a past verb
 * form ({@code VBD} or {@code VBN}) that modifies the root as {@code amod}, the verb becomes the
 * root, the nationality its {@code nsubj} (with "the" as its determiner) and the noun its
 * {@code obj}.
 *
 * <p>Stateless; thread-safe.
 */
final class DemonymSubject {
  private DemonymSubject() {}

  /** The sentence's dependencies with the demonym subject restored, or the same list. */
  static List<Dependency> repaired(Sentence s, List<Dependency> deps) {
    List<Token> tokens = s.tokens();
    if (tokens.size() < 4 || !tokens.get(0).word().equalsIgnoreCase("the")
        || !tokens.get(1).pos().equals("JJ") || !"NATIONALITY".equals(tokens.get(1).ner())
        || !(tokens.get(2).pos().equals("VBD") || tokens.get(2).pos().equals("VBN"))) {
      return deps;
    }
    int root = deps.stream().filter(d -> d.relation().equals("root")).mapToInt(Dependency::dependent)
        .findFirst().orElse(-1);
    boolean misread = root > 2 && tokens.get(root).pos().startsWith("NN")
        && deps.contains(new Dependency(root, 2, "amod")) && deps.contains(new Dependency(root, 1, "amod"));
    if (!misread) {
      return deps;
    }
    List<Dependency> out = new ArrayList<>(deps.size());
    for (Dependency d : deps) {
      boolean gone = d.dependent() <= 2 && d.governor() == root || d.dependent() == root;
      if (!gone) {
        out.add(d);
      }
    }
    out.add(new Dependency(-1, 2, "root"));
    out.add(new Dependency(2, 1, "nsubj"));
    out.add(new Dependency(1, 0, "det"));
    out.add(new Dependency(2, root, "obj"));
    return out;
  }
}
