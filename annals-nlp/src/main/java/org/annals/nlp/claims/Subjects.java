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
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedEvent;
import org.annals.model.Modality;
import org.annals.model.Precision;

/**
 * Works out what a claim is about: the coded event it refers to (same type, compatible mode,
 * trigger nearest the claim), the participants' countries (from that event; for a claim that
 * names no one, the pair of the claim just before it, else of the latest CONSULT event before it;
 * else the actors named before the
 * claim in its sentence, completed from the article's focus) and the date it
 * speaks of. Pure and thread-safe.
 */
final class Subjects {
  private Subjects() {}

  /**
   * The coded event of the sentence that the claim at {@code [start, end)} most likely refers to:
   * a CONSULT event of a compatible mode that includes the countries named inside the claim and
   * just before it ("Macron held his first call with Putin"), the one whose trigger is nearest.
   */
  static Optional<CodedEvent> event(SentenceView s, String mode, int start, int end) {
    List<String> named = named(s, start, end);
    return s.events().stream()
        .filter(e -> EventNouns.CONSULT.equals(e.event()) && compatible(mode, e.mode()))
        .filter(e -> countriesOf(e).containsAll(named))
        .min(Comparator.comparingInt(e -> distance(triggerStart(e), start, end)));
  }

  /** {@link #event}, else for counts and firsts the article's latest contact before the claim ({@link #earlier}). */
  static Optional<CodedEvent> eventOrEarlier(SentenceView s, String mode, int start, int end) {
    Optional<CodedEvent> inSentence = event(s, mode, start, end);
    return inSentence.isPresent() ? inSentence : earlier(s, mode, start, named(s, start, end));
  }

  /**
   * "It was the second call between the two leaders in less than two weeks": a claim in a sentence
   * without a contact of its own is about the article's latest asserted, day-dated CONSULT event
   * before it of the claim's mode ("call": a phone call, not the talks mentioned after it), else
   * of a compatible mode, with the named countries.
   */
  private static Optional<CodedEvent> earlier(SentenceView s, String mode, int start, List<String> named) {
    List<CodedEvent> fitting = s.articleEvents().stream()
        .filter(e -> EventNouns.CONSULT.equals(e.event()) && compatible(mode, e.mode()) && triggerStart(e) < start)
        .filter(e -> e.modality() == Modality.ASSERTED && e.date().precision() == Precision.DAY)
        .filter(e -> countriesOf(e).size() == 2 && countriesOf(e).containsAll(named))
        .toList();
    Optional<CodedEvent> sameMode = fitting.stream().filter(e -> mode != null && mode.equals(e.mode()))
        .max(Comparator.comparingInt(Subjects::triggerStart));
    return sameMode.isPresent() ? sameMode
        : fitting.stream().max(Comparator.comparingInt(Subjects::triggerStart));
  }

  /**
   * The participants' countries, sorted: those of the referred event when it has exactly two;
   * else the countries named inside the claim and just before it, the event's, completed from
   * the article's focus, until there are two.
   */
  static List<String> countries(SentenceView s, Optional<CodedEvent> event, int claimStart,
      int claimEnd) {
    TreeSet<String> fromEvent = event.map(Subjects::countriesOf).orElseGet(TreeSet::new);
    if (fromEvent.size() == 2) {
      return List.copyOf(fromEvent);
    }
    if (fromEvent.isEmpty() && named(s).noneMatch(a -> a.start() >= claimStart && a.start() < claimEnd)) {
      Optional<List<String>> pair = priorClaimPair(s, claimStart).or(() -> lastPair(s, claimStart));
      if (pair.isPresent()) {
        return pair.get();
      }
    }
    List<String> named = new ArrayList<>(named(s, claimStart, claimEnd));
    if (fromEvent.size() < 2) {
      fromEvent.forEach(c -> addCountry(named, c));
    }
    for (String c : s.focus()) {
      if (named.size() >= 2) {
        break;
      }
      addCountry(named, c);
    }
    return named.stream().sorted().toList();
  }

  /**
   * "Their previous call", "The conversation lasted about 50 minutes": a claim that names no one
   * is about the pair of the nearest CONSULT event before it in the article with exactly two
   * countries (sorted), if there is one.
   */
  private static Optional<List<String>> lastPair(SentenceView s, int claimStart) {
    return s.articleEvents().stream()
        .filter(e -> EventNouns.CONSULT.equals(e.event()) && triggerStart(e) < claimStart)
        .filter(e -> countriesOf(e).size() == 2)
        .max(Comparator.comparingInt(Subjects::triggerStart))
        .map(e -> List.copyOf(countriesOf(e)));
  }

  /**
   * "The call was the fourth between the two presidents ... They last spoke on May 19": a claim
   * that names no one and follows another claim, earlier in its sentence or in the sentence
   * before, continues that claim's pair (two countries), if it has one.
   */
  private static Optional<List<String>> priorClaimPair(SentenceView s, int claimStart) {
    return s.priorClaims().stream()
        .filter(c -> c.start() >= s.previousStart() && c.start() < claimStart)
        .max(Comparator.comparingInt(Claim::start))
        .map(c -> c.subject().get(ClaimSubject.COUNTRIES))
        .filter(v -> v instanceof List<?> l && l.size() == 2)
        .map(v -> ((List<?>) v).stream().map(String::valueOf).toList());
  }

  /** The participants' countries (actors and recipients; unknown ones left out), sorted. */
  private static TreeSet<String> countriesOf(CodedEvent e) {
    TreeSet<String> set = new TreeSet<>();
    e.actors().forEach(a -> add(set, a));
    e.recipients().forEach(a -> add(set, a));
    return set;
  }

  /**
   * "Trump and Putin last spoke on March 18": the two countries named inside the claim and just
   * before it, sorted, when there are two.
   */
  static Optional<List<String>> namedPair(SentenceView s, int claimStart, int claimEnd) {
    List<String> named = named(s, claimStart, claimEnd);
    return named.size() == 2 ? Optional.of(named.stream().sorted().toList()) : Optional.empty();
  }

  /**
   * The countries named inside the claim, then those named before it, nearest first, up to two
   * ("Macron held his first call with Putin": FRA, RUS).
   */
  private static List<String> named(SentenceView s, int claimStart, int claimEnd) {
    List<String> named = new ArrayList<>();
    named(s).filter(a -> a.start() >= claimStart && a.start() < claimEnd)
        .forEach(a -> addCountry(named, a.country()));
    named(s).filter(a -> a.start() < claimStart)
        .sorted(Comparator.comparingInt(ActorRef::start).reversed())
        .forEach(a -> {
          if (named.size() < 2) {
            addCountry(named, a.country());
          }
        });
    return named;
  }

  /**
   * The sentence's actors named as such: a pronoun's reading ("their" → the nearest country
   * before it, rule {@code coref:...}) is too weak to say whom a claim is about.
   */
  private static java.util.stream.Stream<ActorRef> named(SentenceView s) {
    return s.actors().stream().filter(a -> a.rule() == null || !a.rule().startsWith("coref:"));
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
