package org.annals.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The vocabulary of {@link Claim}: claim kinds and the keys of {@link Claim#subject()}, shared by
 * the extractor (annals-nlp) and the verifier (annals-verify), with typed read accessors. Values
 * in a subject are strings, integers or lists of strings; dates are ISO strings. The meaning of
 * each key per kind is documented in {@code docs/CLAIMS.md}. Pure and thread-safe.
 */
public final class ClaimSubject {
  /** "their third meeting in the last four months": ordinal or cardinal over a window. */
  public static final String KIND_COUNT = "count";
  /** "her first visit to Beijing in almost four years". */
  public static final String KIND_FIRST_SINCE = "first-since";
  /** "they last spoke on June 14". */
  public static final String KIND_LAST = "last";
  /** "the call lasted an hour" (no comparison in the sentence). */
  public static final String KIND_DURATION = "duration";
  /** "far longer than the earlier 40-minute and one-hour meetings". */
  public static final String KIND_DURATION_COMPARE = "duration-compare";
  /** "the Biden administration" on a date when Biden was not president. */
  public static final String KIND_OFFICEHOLDER = "officeholder";

  /** PLOVER event type, e.g. CONSULT. */
  public static final String EVENT = "event";
  /** PLOVER mode or a mode family: phone, visit, in-person (any mode but phone); absent: any. */
  public static final String MODE = "mode";
  /** ISO alpha-3 codes of the participants (a list of strings; a dyad has two). */
  public static final String COUNTRIES = "countries";
  /** The ordinal or cardinal value (an integer). */
  public static final String VALUE = "value";
  /** {@code ordinal} or {@code cardinal}. */
  public static final String NUMBER = "number";
  /** Window start (ISO date, inclusive). */
  public static final String FROM = "from";
  /** Window end (ISO date, inclusive). */
  public static final String TO = "to";
  /** Date of the event the claim is about (or of the statement), ISO date. */
  public static final String AT = "at";
  /**
   * {@code publication} when {@link #AT} is the publication date because no event of the
   * sentence could be tied to the claim or that event is only dated by publication (absent: the
   * event's own date).
   */
  public static final String AT_BASIS = "at_basis";
  /** Human-readable reference point of a first-since claim, e.g. {@code about 2022-07}. */
  public static final String SINCE = "since";
  /** For first-since with a named period ("since 2022"): end of that period (ISO date). */
  public static final String SINCE_END = "since_end";
  /** Hedge on an amount: nearly, about, more than, less than (absent: exact as written). */
  public static final String QUALIFIER = "qualifier";
  /** The claimed date (last/previous claims), ISO date, month (2025-06) or year. */
  public static final String DATE = "date";
  /** A duration, ISO 8601 (PT1H30M). */
  public static final String DURATION = "duration";
  /** shorter or longer. */
  public static final String COMPARE = "compare";
  /** much, slightly, ... (absent: plain comparison). */
  public static final String DEGREE = "degree";
  /** For comparisons: {@code some} ("shorter than some of their calls"); absent: all of them. */
  public static final String QUANTIFIER = "quantifier";
  /** Durations the comparison names (list of ISO 8601 durations). */
  public static final String REFERENCE = "reference";
  /** A person's name as written. */
  public static final String PERSON = "person";
  /** The person's knowledge-base id. */
  public static final String PERSON_ID = "person_id";
  /** The role's title, e.g. President of the United States. */
  public static final String ROLE = "role";
  /** The office key, e.g. HEAD_OF_STATE. */
  public static final String OFFICE = "office";
  /** The office's country (ISO alpha-3). */
  public static final String COUNTRY = "country";

  private ClaimSubject() {}

  public static Optional<String> string(Claim claim, String key) {
    Object v = claim.subject().get(key);
    return v == null ? Optional.empty() : Optional.of(v.toString());
  }

  public static Optional<Integer> integer(Claim claim, String key) {
    Object v = claim.subject().get(key);
    if (v instanceof Number n) {
      return Optional.of(n.intValue());
    }
    try {
      return v == null ? Optional.empty() : Optional.of(Integer.parseInt(v.toString()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A full ISO date value; empty when absent or not a day-precise date. */
  public static Optional<LocalDate> date(Claim claim, String key) {
    return string(claim, key).flatMap(s -> {
      try {
        return Optional.of(LocalDate.parse(s));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    });
  }

  /** A list value as strings (a single value becomes a one-element list). */
  public static List<String> strings(Claim claim, String key) {
    Object v = claim.subject().get(key);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return List.of(v.toString());
  }
}
