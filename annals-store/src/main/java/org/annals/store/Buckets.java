package org.annals.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.Modality;

/**
 * Merge buckets: mentions can only merge when they have the same PLOVER type and the same set of
 * participants (union of actors and recipients, each as country:sector, else KB entity, else
 * name). Pure functions; thread-safe.
 */
final class Buckets {
  private Buckets() {}

  static String of(CodedEvent e) {
    TreeSet<String> keys = new TreeSet<>();
    for (ActorRef a : participants(e)) {
      String k = key(a);
      if (k != null) {
        keys.add(k);
      }
    }
    if (keys.isEmpty()) {
      return e.event() + "|solo:" + e.id();
    }
    return e.event() + "|" + String.join("+", keys);
  }

  static List<ActorRef> participants(CodedEvent e) {
    List<ActorRef> all = new ArrayList<>(e.actors());
    all.addAll(e.recipients());
    return all;
  }

  static String key(ActorRef a) {
    if (a.country() != null && !a.country().isBlank()) {
      return a.country() + ":" + (a.sector() == null ? "" : a.sector());
    }
    if (a.entity() != null && !a.entity().isBlank()) {
      return "e:" + a.entity();
    }
    if (a.name() != null && !a.name().isBlank()) {
      return "n:" + a.name().strip().toLowerCase(Locale.ROOT);
    }
    return null;
  }

  /** Only asserted mentions (or mentions without a modality) form canonical events. */
  static boolean asserted(CodedEvent e) {
    return e.modality() == null || e.modality() == Modality.ASSERTED;
  }
}
