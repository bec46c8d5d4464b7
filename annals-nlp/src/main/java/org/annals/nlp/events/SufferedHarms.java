package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Violent or coercive acts whose doer is not the subject of the clause above them (issue 13, helper
 * h83, spurious events): the clause tells what someone suffered, not what they did.
 * {@link ArgumentFinder} asks it before it takes a doer from the governing clause, from the host of
 * an oblique or from the words before the trigger.
 *
 * <ul>
 *   <li>{@link #ownSubject}: an ASSAULT or COERCE trigger that is a verb with a subject of its own
 *       that is a common noun and no actor ("was in hospital after a bullet struck him", "the shell
 *       hit the house"): that subject is its doer, and the subject of the clause it hangs from
 *       (often the victim) is not.</li>
 *   <li>{@link #sufferedIn}: an event noun in the "in" phrase of a verb of suffering (word list
 *       {@code suffering-verb}: suffer, sustain, incur, lose, ...), of a clause whose object is a
 *       casualty noun ({@code casualty-noun}: casualties, losses, deaths, ...) or of such a noun:
 *       "the militia suffered heavy casualties in the battle", "lost forty soldiers in the
 *       fighting". The subject underwent the battle's harm; who fought is not said. It is read as a
 *       background event (with "after", "amid", ...), so only a conflictual one loses its doer.</li>
 *   <li>{@link #survived}: an event noun that is the object of a verb of undergoing ({@code
 *       survived-harm-verb}: survive, escape, suffer, ...): "he survived a drone attack" (h99).</li>
 * </ul>
 *
 * With no doer, a nominal trigger codes nothing (it needs an actor), and a verb keeps only its
 * victims.
 *
 * <p>Word lists are read once at construction; immutable and thread-safe.
 */
final class SufferedHarms {
  /** The bundled word lists' instance. */
  static final SufferedHarms BUNDLED = new SufferedHarms(WordLists.bundled());

  private static final Set<String> HARM_TYPES = Set.of("ASSAULT", "COERCE");
  private static final Set<String> FRAME = Set.of("obl:in", "nmod:in");

  private final Set<String> suffering;
  private final Set<String> casualties;
  private final Set<String> survived;

  SufferedHarms(WordLists lists) {
    this.suffering = lists.get("suffering-verb");
    this.casualties = lists.get("casualty-noun");
    this.survived = lists.get("survived-harm-verb");
  }

  /**
   * "he survived a drone attack", "the convoy escaped an ambush": an event noun that is the object
   * of a {@code survived-harm-verb} was undergone by the verb's subject, not done by it (h99).
   */
  boolean survived(SentenceGraph g, int head) {
    Dependency h = g.head(head);
    return g.token(head).isNoun() && h != null && h.governor() >= 0 && h.relation().equals("obj")
        && survived.contains(g.lemma(h.governor())) && g.token(h.governor()).isVerb();
  }

  /** "a bullet struck him": a harm verb whose own subject is a common noun (class comment). */
  boolean ownSubject(SentenceGraph g, TriggerMatcher.Match m) {
    int head = m.head();
    if (!HARM_TYPES.contains(m.entry().event()) || !g.token(head).isVerb()) {
      return false;
    }
    for (Dependency d : g.children(head)) { // the active subject only: a passive one is the victim
      String pos = g.token(d.dependent()).pos();
      if (d.relation().equals("nsubj") && (pos.equals("NN") || pos.equals("NNS")
          || pos.equals("PRP") && g.lower(d.dependent()).equals("it"))) { // "said it killed nine" (h103)
        return true;
      }
    }
    return false;
  }

  /** "suffered casualties in the battle", "lost soldiers in the fighting" (class comment). */
  boolean sufferedIn(SentenceGraph g, int head) {
    if (!g.token(head).isNoun() && !g.token(head).pos().equals("VBG")) {
      return false; // "in the fighting" is sometimes tagged a gerund
    }
    Dependency h = g.head(head);
    if (h == null || h.governor() < 0 || !FRAME.contains(h.relation())) {
      return false;
    }
    int gov = h.governor();
    if (casualties.contains(g.lemma(gov)) || suffering.contains(g.lemma(gov)) && g.token(gov).isVerb()) {
      return true;
    }
    return g.token(gov).isVerb() && g.hasChildLemma(gov, "obj", casualties);
  }
}
