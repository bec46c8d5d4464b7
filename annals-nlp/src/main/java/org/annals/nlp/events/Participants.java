package org.annals.nlp.events;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.ActorRef;

/**
 * The actors and recipients found for one trigger, with how they were found. Mutable builder
 * used within one call; not shared.
 */
final class Participants {
  final List<ActorRef> actors = new ArrayList<>();
  final List<ActorRef> recipients = new ArrayList<>();
  boolean surfaceFallback;
  /** A subject such as "they" or "the two leaders" that refers back to a pair named earlier. */
  boolean anaphor;
  /** What the actor resolver made of those words (its last group for "they"). */
  final List<ActorRef> anaphorRefs = new ArrayList<>();

  void actor(ActorRef r) {
    add(actors, r);
  }

  void recipient(ActorRef r) {
    add(recipients, r);
  }

  private static void add(List<ActorRef> list, ActorRef r) {
    for (ActorRef x : list) {
      if (same(x, r)) {
        return;
      }
    }
    list.add(r);
  }

  static boolean same(ActorRef a, ActorRef b) {
    if (a.entity() != null && a.entity().equals(b.entity())) {
      return true;
    }
    return a.start() == b.start() && a.end() == b.end();
  }

  /** Symmetric events: everybody acts, nobody receives. */
  void makeSymmetric() {
    for (ActorRef r : recipients) {
      actor(r);
    }
    recipients.clear();
  }

  /** Drops recipients that are also actors. */
  void dedupe() {
    recipients.removeIf(r -> actors.stream().anyMatch(a -> same(a, r)));
  }

  boolean isEmpty() {
    return actors.isEmpty() && recipients.isEmpty();
  }
}
