package org.annals.nlp.events;

import java.util.Locale;
import java.util.Set;
import org.annals.model.CodedEvent;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * An attack or a coercion that is what a plot or a plan is for ("a plot to kill the ambassador",
 * "developing plans to attack American bases", "a conspiracy to overthrow the president") did not
 * happen: the trigger is the infinitive of a {@code plot-noun} and its type is a
 * {@code plotted-type}; it codes nothing (the PLOVER manual codes attempted attacks, not plots;
 * "attempted to attack the embassy" stays an attack, and the plot, when someone is charged with
 * it or convicted of it, is coded by that verb).
 *
 * <p>Immutable after construction; thread-safe.
 */
final class PlottedActs {
  /** The bundled word lists' instance. */
  static final PlottedActs BUNDLED = new PlottedActs(WordLists.bundled());

  private final Set<String> nouns;
  private final Set<String> types;

  PlottedActs(WordLists lists) {
    this.nouns = lists.get("plot-noun");
    this.types = lists.get("plotted-type");
  }

  /** Whether {@code e}, coded from {@code m}, is the act a plot or a plan is for. */
  boolean plotted(SentenceGraph g, TriggerMatcher.Match m, CodedEvent e) {
    if (!types.contains(e.event().toLowerCase(Locale.ROOT))) {
      return false;
    }
    // the parser hangs "to attack" on the verb above the noun ("developing plans to attack" as an
    // xcomp of "developing"), so the noun is read off the surface: PLOT-NOUN to VERB
    int h = m.head();
    return h >= 2 && g.lower(h - 1).equals("to") && nouns.contains(g.lemma(h - 2))
        && g.token(h - 2).pos().startsWith("NN");
  }
}
