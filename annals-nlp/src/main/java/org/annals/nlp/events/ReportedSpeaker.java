package org.annals.nlp.events;

import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.nlp.ActorMention;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Who passes a judgement or makes an accusation that a clause states of its subject (entries
 * flagged {@code subj-target}): the subject of the speech verb ({@code speech-verb}) governing the
 * clause ("the minister said the West was to blame"), of one attached to it as parataxis
 * ('"… has abused its authority," the opposition leader said'), or the source of an "according
 * to" phrase on the clause ("according to the opposition, the commission abused its power"). Looks
 * at most three steps up from the trigger's head; adds the speaker as actor. A speech verb after
 * the clause with its speaker inverted ('"… is unacceptable", said the group's director', parsed
 * as a dep with the speaker its object) counts as beside it; a participle with no subject of its
 * own ('said …, adding "… is a terrorist"') speaks for the subject of the speech verb it hangs
 * from (h96). With no speaker found, a clause inside a quotation continued from an earlier sentence
 * is its speaker's ({@link Mentions#carriedSpeaker}, rule {@code coref:quote-continued>}, h105).
 *
 * <p>Stateless; thread-safe.
 */
final class ReportedSpeaker {
  private static final Set<String> SPEECH = WordLists.bundled().get("speech-verb");
  /** How a quote before its inverted speech verb hangs from it. */
  private static final Set<String> QUOTED = Set.of("ccomp", "dep", "parataxis");

  private ReportedSpeaker() {}

  static void find(SentenceGraph g, Mentions m, int head, Participants p) {
    int before = p.actors.size();
    governing(g, m, head, p);
    ActorMention carried = m.carriedSpeaker(head);
    if (p.actors.size() == before && carried != null) {
      ActorRef s = carried.ref(); // a quotation continued from the sentence before: its speaker's
      p.actor(new ActorRef(s.text(), s.name(), s.country(), s.sector(), s.cameo(), s.entity(),
          s.start(), s.end(), "coref:quote-continued>" + s.rule()));
    }
  }

  private static void governing(SentenceGraph g, Mentions m, int head, Participants p) {
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
      boolean after = d.relation().equals("dep") && d.dependent() > t;
      if ((d.relation().equals("parataxis") || after) && SPEECH.contains(g.lemma(d.dependent()))) {
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
    List<Integer> subjects = g.childrenBy(verb, "nsubj");
    if (subjects.isEmpty()) {
      subjects = speakerless(g, verb);
    }
    for (int s : subjects) {
      PhraseExpansion.expand(g, m, s, p, true);
    }
  }

  /**
   * The speaker of a speech verb with no subject: for a participle, the subject of the speech
   * verb it hangs from, up to three steps up ("said the talks went well, adding …"), else of the
   * nearest verb above it ("praised the summit, adding …"); otherwise its object when
   * the verb is inverted after the quote ("…, said the director"); none otherwise.
   */
  private static List<Integer> speakerless(SentenceGraph g, int verb) {
    if (g.token(verb).pos().equals("VBG")) {
      List<Integer> nearest = List.of();
      int t = verb;
      for (int step = 0; step < 3 && g.head(t) != null && g.head(t).governor() < t; step++) {
        t = g.head(t).governor();
        List<Integer> subjects = g.token(t).isVerb() ? g.childrenBy(t, "nsubj") : List.of();
        if (!subjects.isEmpty() && SPEECH.contains(g.lemma(t))) {
          return subjects; // "said the talks went well, adding ..."
        }
        nearest = nearest.isEmpty() ? subjects : nearest;
      }
      return nearest; // "praised the summit, adding ..."
    }
    Dependency h = g.head(verb);
    boolean quoteBefore = h != null && h.governor() < verb || g.children(verb).stream()
        .anyMatch(d -> d.dependent() < verb && QUOTED.contains(d.relation()));
    List<Integer> after = g.childrenBy(verb, "obj").stream().filter(o -> o > verb).toList();
    return quoteBefore ? after : List.of(); // '"...", said the director'
  }
}
