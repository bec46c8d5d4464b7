package org.annals.nlp.events;

import java.util.List;
import org.annals.model.ActorRef;
import org.annals.model.Dependency;
import org.annals.nlp.ActorMention;
import org.annals.nlp.text.SentenceGraph;

/**
 * The actor mentions of one sentence by token: token index to the mention covering it, or null;
 * and the speaker of a quotation continued from an earlier sentence ({@code carried}, or null),
 * open up to token {@code carriedUntil} (exclusive; {@link QuoteContinuation}).
 * Read-only after construction; confined to the thread coding the sentence.
 */
record Mentions(ActorMention[] at, ActorMention carried, int carriedUntil) {
  Mentions(ActorMention[] at) {
    this(at, null, -1);
  }

  /** The speaker of the quotation continued from an earlier sentence that holds {@code token}, or null. */
  ActorMention carriedSpeaker(int token) {
    return carried != null && token < carriedUntil ? carried : null;
  }

  ActorRef ref(int token) {
    return token >= 0 && token < at.length && at[token] != null ? at[token].ref() : null;
  }

  /**
   * Every actor the mention at {@code token} stands for (several for a group such as "the foreign
   * ministers of Kenya and Uganda"), or an empty list.
   */
  List<ActorRef> refs(int token) {
    return token >= 0 && token < at.length && at[token] != null ? at[token].members() : List.of();
  }

  /** Whether the mention at {@code token} is a capital standing for its government ("Moscow said"). */
  boolean capital(int token) {
    ActorRef r = ref(token);
    return r != null && r.rule() != null && r.rule().startsWith("kb:capital");
  }

  /**
   * A capital named as the place of something ("blocked roads in Lima", "a Kabul car bombing"),
   * not as its government.
   */
  boolean placeNamed(SentenceGraph g, int token) {
    Dependency h = g.head(token);
    return capital(token) && h != null && (h.relation().equals("obl:in") || h.relation().equals("obl:at")
        || h.relation().equals("nmod:in") || h.relation().equals("nmod:at")
        || h.relation().equals("compound") && g.token(h.governor()).isNoun());
  }
}
