package org.annals.nlp.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.nlp.time.DurationPhrase;

/**
 * Duration phrases of claims ("an hour", "90 minute", "2-hour", "an hour and a half", "one and a
 * half hours", "1.5 hours") as a regex and their length in minutes, written as ISO 8601
 * ({@code PT1H30M}); the reading itself is {@link DurationPhrase}'s. Pure and thread-safe.
 */
final class Durations {
  /** One duration phrase without its hedge. */
  static final String DURATION = DurationPhrase.NUMBER_UNIT;
  /** Several durations: "90 minute and 2-hour", "one, two or three hours". */
  static final String LIST = DURATION + "(?:\\s*(?:,\\s*|\\s+)(?:and\\s+|or\\s+)?" + DURATION + ")*";

  private static final Pattern ONE = Pattern.compile(DURATION + "(?![a-z])", Pattern.CASE_INSENSITIVE);

  private Durations() {}

  /** Minutes of one {@link #DURATION} phrase. */
  static OptionalInt minutes(String phrase) {
    int m = DurationPhrase.minutes(phrase);
    return m < 0 ? OptionalInt.empty() : OptionalInt.of(m);
  }

  /** Minutes of every duration phrase in a {@link #LIST}, in order. */
  static int[] all(String list) {
    Matcher m = ONE.matcher(list);
    List<Integer> out = new ArrayList<>();
    while (m.find()) {
      minutes(m.group()).ifPresent(out::add);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** ISO 8601 duration of {@code minutes}: PT1H, PT90M becomes PT1H30M, PT45M. */
  static String iso(int minutes) {
    return DurationPhrase.iso(minutes);
  }
}
