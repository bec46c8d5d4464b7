package org.annals.nlp;

import org.annals.model.ActorRef;

/**
 * An actor found in a sentence: tokens {@code [firstToken, lastToken]} (inclusive) of sentence
 * {@code sentence}, resolved to {@code ref}. {@code head} is the token index of the phrase's head
 * (the token the dependency parse attaches to the event trigger).
 */
public record ActorMention(int sentence, int firstToken, int lastToken, int head, ActorRef ref) {}
