package org.annals.verify;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annals.model.ActorRef;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;

/**
 * What an event claim is about: event type, mode (phone, visit, in-person = any but phone, or
 * null = any), the two countries, and the date the claim speaks of. Immutable.
 */
record Subject(String event, String mode, List<String> countries, LocalDate at) {

  static Subject of(Claim claim) {
    return new Subject(ClaimSubject.string(claim, ClaimSubject.EVENT).orElse("CONSULT"),
        ClaimSubject.string(claim, ClaimSubject.MODE).orElse(null),
        ClaimSubject.strings(claim, ClaimSubject.COUNTRIES),
        ClaimSubject.date(claim, ClaimSubject.AT).orElse(null));
  }

  /** A dyad is needed to count or compare. */
  boolean ambiguous() {
    return countries.size() != 2 || countries.get(0).equals(countries.get(1));
  }

  /** The store's mode filter: exact for phone and visit, none for families. */
  String storeMode() {
    return "phone".equals(mode) || "visit".equals(mode) ? mode : null;
  }

  boolean modeMatches(String eventMode) {
    if (mode == null) {
      return true;
    }
    if (mode.equals("in-person")) {
      return !"phone".equals(eventMode);
    }
    return mode.equals(eventMode);
  }

  boolean participants(List<ActorRef> actors, List<ActorRef> recipients) {
    Set<String> all = new HashSet<>();
    actors.forEach(a -> all.add(a.country()));
    recipients.forEach(a -> all.add(a.country()));
    return all.containsAll(countries);
  }

  /** "RUS–USA phone calls", "FRA–RUS in-person meetings", for reasons. */
  String describe() {
    String what = mode == null ? "contacts" : switch (mode) {
      case "phone" -> "phone calls";
      case "visit" -> "visits";
      case "in-person" -> "in-person meetings";
      default -> event + "/" + mode + " events";
    };
    return String.join("\u2013", countries) + " " + what;
  }
}
