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
 * ('"…," she said') carries nobody; one reopened after that speaker ('"…," wrote Ruto, "and
 * therefore I asked …. I thank him."', the tagger taking the reopening mark for a closing one)
 * carries the speaker, in its own sentence too when the within-sentence rule found nobody.
 *
 * <p>Not thread-safe: one instance holds the state of one article and is confined to the thread
 * coding it.
 */
final class QuoteContinuation {
  private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself");
  private ActorMention speaker; // of the quotation still open at the end of the last sentence
  private boolean open; // whether a quotation is still open at the end of the last sentence
  private ActorMention carried; // the speaker of the quotation continued into the current sentence
  private int carriedUntil = -1; // the first closing mark of the current sentence (or its end)

  /** Fills the first-person pronouns of a continued quotation, then notes whether one stays open. */
  void apply(SentenceGraph g, ActorMention[] at, int sentence) {
    ActorMention current = speaker;
    carried = open ? speaker : null;
    carriedUntil = closing(g);
    for (int t = 0; t < g.size() && t < at.length; t++) {
      String pos = g.token(t).pos();
      if (pos.equals("``") || pos.equals("''") && !open && reopens(g, t)) {
        open = true;
        current = speakerBefore(g, at, t);
      } else if (pos.equals("''")) {
        open = false;
        current = null;
      } else if (open && current != null && at[t] == null && pos.startsWith("PRP")
          && FIRST_SINGULAR.contains(g.lower(t))) {
        at[t] = coreferent(g, t, current, sentence);
      }
    }
    speaker = open ? current : null;
  }

  /**
   * The speaker of a quotation continued from the sentence before into the one last applied (null
   * when none), and the token its quotation closes at: a judgement in it with no speaker of its own
   * is the speaker's ('Ortiz said: "… . Leaving them behind is a grave mistake."', h105).
   */
  ActorMention carried() {
    return carried;
  }

  int carriedUntil() {
    return carriedUntil;
  }

  private static int closing(SentenceGraph g) {
    for (int t = 0; t < g.size(); t++) {
      String pos = g.token(t).pos();
      if (pos.equals("''") || pos.equals("``")) {
        return t;
      }
    }
    return g.size();
  }

  /**
   * '…," wrote Ruto, "and therefore I asked…': a mark the tagger took for a closing one, while no
   * quotation is open, after the comma of a speech verb's clause and before a word, opens one.
   */
  private static boolean reopens(SentenceGraph g, int quote) {
    return quote > 1 && quote + 1 < g.size() && g.token(quote - 1).word().equals(",")
        && Character.isLetter(g.token(quote + 1).word().charAt(0))
        && speechVerbBefore(g, quote) >= 0;
  }

  /** The speech verb of the clause before {@code quote}, with no other verb between; or -1. */
  private static int speechVerbBefore(SentenceGraph g, int quote) {
    for (int v = quote - 1; v >= 0; v--) {
      if (g.token(v).isVerb()) {
        return ArgumentFinder.isSpeech(g.lemma(v)) ? v : -1;
      }
    }
    return -1;
  }

  /**
   * The actor who says what an opening mark at {@code quote} begins: a speech verb's subject
   * before it, or the speaker named after it ('wrote Ruto', {@link AttributionRules#speaker}).
   */
  private static ActorMention speakerBefore(SentenceGraph g, ActorMention[] at, int quote) {
    for (int v = quote - 1; v >= 0; v--) {
      if (!g.token(v).isVerb() || !ArgumentFinder.isSpeech(g.lemma(v))) {
        continue;
      }
      int s = AttributionRules.speaker(g, v);
      if (s >= 0 && s < at.length && at[s] != null && !FIRST_SINGULAR.contains(g.lower(s))) {
        return at[s];
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
