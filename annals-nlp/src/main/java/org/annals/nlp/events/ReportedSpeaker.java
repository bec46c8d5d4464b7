package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.Dependency;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Who passes a judgement or makes an accusation that a clause states of its subject (entries
 * flagged {@code subj-target}): the subject of the speech verb ({@code speech-verb}) governing the
 * clause ("the minister said the West was to blame"), of one attached to it as parataxis
 * ('"… has abused its authority," the opposition leader said'), or the source of an "according
 * to" phrase on the clause ("according to the opposition, the commission abused its power"). Looks
 * at most three steps up from the trigger's head; adds the speaker as actor.
 *
 * <p>Stateless; thread-safe.
 */
final class ReportedSpeaker {
  private static final Set<String> SPEECH = WordLists.bundled().get("speech-verb");

  private ReportedSpeaker() {}

  static void find(SentenceGraph g, Mentions m, int head, Participants p) {
    int t = head;
    for (int step = 0; step < 3; step++) {
      if (beside(g, m, t, p)) {
        return;
      }
      Dependency h = g.head(t);
      if (h == null) {
        return;
      }
      t = h.governor();
      if (SPEECH.contains(g.lemma(t))) {
        subjects(g, m, t, p);
        return;
      }
    }
  }

  /** A paratactic speech verb or an "according to" source on {@code t}; whether one was found. */
  private static boolean beside(SentenceGraph g, Mentions m, int t, Participants p) {
    for (Dependency d : g.children(t)) {
      if (d.relation().equals("parataxis") && SPEECH.contains(g.lemma(d.dependent()))) {
        subjects(g, m, d.dependent(), p);
        return true;
      }
      if (d.relation().startsWith("obl:according")) {
        PhraseExpansion.expand(g, m, d.dependent(), p, true);
        return true;
      }
    }
    return false;
  }

  private static void subjects(SentenceGraph g, Mentions m, int verb, Participants p) {
    for (int s : g.childrenBy(verb, "nsubj")) {
      PhraseExpansion.expand(g, m, s, p, true);
    }
  }
}
