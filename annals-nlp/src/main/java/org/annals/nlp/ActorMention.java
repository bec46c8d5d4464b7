package org.annals.nlp;

import java.util.List;
import org.annals.model.ActorRef;

/**
 * An actor found in a sentence: tokens {@code [firstToken, lastToken]} (inclusive) of sentence
 * {@code sentence}, resolved to {@code ref}. {@code head} is the token index of the phrase's head
 * (the token the dependency parse attaches to the event trigger).
 *
 * <p>A mention may stand for a group of several actors ("the foreign ministers of Kenya and
 * Uganda", "the Peruvian and Chilean defence ministers"): {@code members} then lists each of them
 * in text order, each an {@link ActorRef} with its own country and rule, and {@code ref} is one of
 * them (for readers that want one actor). For a mention of one actor {@code members} is
 * {@code [ref]}. Immutable.
 */
public record ActorMention(int sentence, int firstToken, int lastToken, int head, ActorRef ref,
    List<ActorRef> members) {

  public ActorMention {
    if (ref == null) {
      throw new IllegalArgumentException("an actor mention needs a resolved actor");
    }
    members = members == null || members.isEmpty() ? List.of(ref) : List.copyOf(members);
    if (!members.contains(ref)) {
      throw new IllegalArgumentException("the mention's actor must be one of its members");
    }
  }

  /** A mention of one actor. */
  public ActorMention(int sentence, int firstToken, int lastToken, int head, ActorRef ref) {
    this(sentence, firstToken, lastToken, head, ref, List.of());
  }

  /** Whether the mention stands for several actors. */
  public boolean group() {
    return members.size() > 1;
  }
}
