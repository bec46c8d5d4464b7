package org.annals.nlp.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.annals.model.ActorRef;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedEvent;
import org.annals.model.Precision;

/**
 * Works out what a claim is about: the coded event it refers to (same type, compatible mode,
 * trigger nearest the claim), the participants' countries (from that event, else the actors
 * named before the claim in its sentence, completed from the article's focus) and the date it
 * speaks of. Pure and thread-safe.
 */
final class Subjects {
  private Subjects() {}

  /** The coded event of the sentence that the claim at {@code [start, end)} most likely refers to. */
  static Optional<CodedEvent> event(SentenceView s, String mode, int start, int end) {
    return s.events().stream()
        .filter(e -> EventNouns.CONSULT.equals(e.event()) && compatible(mode, e.mode()))
        .min(Comparator.comparingInt(e -> distance(triggerStart(e), start, end)));
  }

  /**
   * The participants' countries, sorted: those of the referred event when it has exactly two;
   * else the countries named inside the claim, the event's, then those named before the claim
   * (nearest first), completed from the article's focus, until there are two.
   */
  static List<String> countries(SentenceView s, Optional<CodedEvent> event, int claimStart,
      int claimEnd) {
    TreeSet<String> fromEvent = new TreeSet<>();
    event.ifPresent(e -> {
      e.actors().forEach(a -> add(fromEvent, a));
      e.recipients().forEach(a -> add(fromEvent, a));
    });
    if (fromEvent.size() == 2) {
      return List.copyOf(fromEvent);
    }
    List<String> named = new ArrayList<>();
    s.actors().stream().filter(a -> a.start() >= claimStart && a.start() < claimEnd)
        .forEach(a -> addCountry(named, a.country()));
    if (fromEvent.size() < 2) {
      fromEvent.forEach(c -> addCountry(named, c));
    }
    s.actors().stream().filter(a -> a.start() < claimStart)
        .sorted(Comparator.comparingInt(ActorRef::start).reversed())
        .forEach(a -> {
          if (named.size() < 2) {
            addCountry(named, a.country());
          }
        });
    for (String c : s.focus()) {
      if (named.size() >= 2) {
        break;
      }
      addCountry(named, c);
    }
    return named.stream().sorted().toList();
  }

  private static void addCountry(List<String> list, String country) {
    if (country != null && !list.contains(country)) {
      list.add(country);
    }
  }

  /** The day the claim speaks of: the event's day, else the publication date (may be null). */
  static LocalDate at(SentenceView s, Optional<CodedEvent> event) {
    return event.filter(e -> e.date().precision() == Precision.DAY && e.date().value() != null)
        .map(e -> parse(e.date().value())).orElse(s.published());
  }

  /** The common subject entries of event claims: event, mode, countries, at. */
  static Map<String, Object> base(String mode, List<String> countries, LocalDate at) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(ClaimSubject.EVENT, EventNouns.CONSULT);
    if (mode != null) {
      m.put(ClaimSubject.MODE, mode);
    }
    m.put(ClaimSubject.COUNTRIES, countries);
    if (at != null) {
      m.put(ClaimSubject.AT, at.toString());
    }
    return m;
  }

  static int triggerStart(CodedEvent e) {
    if (e.evidence() == null) {
      return 0;
    }
    return e.evidence().trigger() != null ? e.evidence().trigger().start() : e.evidence().start();
  }

  private static boolean compatible(String claimMode, String eventMode) {
    if (claimMode == null || eventMode == null) {
      return true;
    }
    return claimMode.equals("in-person") ? !eventMode.equals("phone") : claimMode.equals(eventMode);
  }

  private static int distance(int point, int start, int end) {
    return point < start ? start - point : point >= end ? point - end + 1 : 0;
  }

  private static void add(TreeSet<String> set, ActorRef a) {
    if (a.country() != null) {
      set.add(a.country());
    }
  }

  /** An ISO date, or null when the value is not one. */
  static LocalDate parse(String value) {
    try {
      return LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
