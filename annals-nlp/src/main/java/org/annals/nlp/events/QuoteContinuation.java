package org.annals.nlp.events;

import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Token;
import org.annals.nlp.ActorMention;
import org.annals.nlp.text.SentenceGraph;

/**
 * A quotation that runs on over several sentences keeps its speaker: in 'Cruz said, "For too
 * long ... . I urge my colleagues to act."' the "I" and "my" of the later sentences are the
 * speaker's (rule {@code coref:quote-continued>} + the speaker's rule). The quotation is opened by
 * an opening quotation mark after a speech verb whose subject is an actor mention, and stays open
 * until a closing mark; only first-person singular pronouns that no mention covers are filled
 * ("we" is left alone: whom a speaker speaks for is the within-sentence rule's,
 * {@link AttributionRules#quotedSpeakers}). A quotation whose speaker is named only after it
 * ('"…," she said') carries nobody.
 *
 * <p>Not thread-safe: one instance holds the state of one article and is confined to the thread
 * coding it.
 */
final class QuoteContinuation {
  private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself");
  private ActorMention speaker; // of the quotation still open at the end of the last sentence

  /** Fills the first-person pronouns of a continued quotation, then notes whether one stays open. */
  void apply(SentenceGraph g, ActorMention[] at, int sentence) {
    boolean open = speaker != null;
    ActorMention current = speaker;
    for (int t = 0; t < g.size() && t < at.length; t++) {
      String pos = g.token(t).pos();
      if (pos.equals("``")) {
        open = true;
        current = speakerBefore(g, at, t);
      } else if (pos.equals("''")) {
        open = false;
        current = null;
      } else if (open && current != null && at[t] == null && pos.startsWith("PRP")
          && FIRST_SINGULAR.contains(g.lower(t)) && current.sentence() != sentence) {
        at[t] = coreferent(g, t, current, sentence);
      }
    }
    speaker = open ? current : null;
  }

  /** The actor who says what an opening mark at {@code quote} begins: a speech verb's subject before it. */
  private static ActorMention speakerBefore(SentenceGraph g, ActorMention[] at, int quote) {
    for (int v = quote - 1; v >= 0; v--) {
      if (!g.token(v).isVerb() || !ArgumentFinder.isSpeech(g.lemma(v))) {
        continue;
      }
      for (int s : g.childrenBy(v, "nsubj")) {
        if (s < at.length && at[s] != null && !FIRST_SINGULAR.contains(g.lower(s))) {
          return at[s];
        }
      }
      return null;
    }
    return null;
  }

  private static ActorMention coreferent(SentenceGraph g, int t, ActorMention speaker, int sentence) {
    ActorRef s = speaker.ref();
    Token tok = g.token(t);
    ActorRef r = new ActorRef(tok.word(), s.name(), s.country(), s.sector(), s.cameo(), s.entity(),
        tok.start(), tok.end(), "coref:quote-continued>" + s.rule());
    return new ActorMention(sentence, t, t, t, r);
  }
}
