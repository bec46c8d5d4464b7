package org.annals.nlp.claims;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Duration phrases ("an hour", "90 minute", "2-hour", "an hour and a half", "1.5 hours") as a
 * regex and their length in minutes, written as ISO 8601 ({@code PT1H30M}). Pure and
 * thread-safe.
 */
final class Durations {
  /** One duration phrase. */
  static final String DURATION = "(?:(?:half\\s+an?|\\d+(?:\\.\\d+)?|" + Numbers.CARDINAL + ")"
      + "(?:\\s+and\\s+a\\s+half)?[\\s-]+(?:minutes?|mins?|hours?|hrs?)(?:\\s+and\\s+a\\s+half)?)";
  /** Several durations: "90 minute and 2-hour", "one, two or three hours". */
  static final String LIST = DURATION + "(?:\\s*(?:,\\s*|\\s+)(?:and\\s+|or\\s+)?" + DURATION + ")*";

  private static final Pattern ONE = Pattern.compile(DURATION, Pattern.CASE_INSENSITIVE);
  private static final Pattern PARTS = Pattern.compile(
      "^(half\\s+an?|[\\d.]+|[a-z]+)(\\s+and\\s+a\\s+half)?[\\s-]+(minutes?|mins?|hours?|hrs?)"
      + "(\\s+and\\s+a\\s+half)?$", Pattern.CASE_INSENSITIVE);

  private Durations() {}

  /** Minutes of one {@link #DURATION} phrase. */
  static OptionalInt minutes(String phrase) {
    Matcher m = PARTS.matcher(phrase.strip().replaceAll("\\s+", " "));
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    String n = m.group(1).toLowerCase(Locale.ROOT);
    double amount;
    if (n.startsWith("half")) {
      amount = 0.5;
    } else if (n.matches("[\\d.]+")) {
      try {
        amount = Double.parseDouble(n);
      } catch (NumberFormatException e) {
        return OptionalInt.empty();
      }
    } else {
      OptionalInt c = Numbers.cardinal(n);
      if (c.isEmpty()) {
        return OptionalInt.empty();
      }
      amount = c.getAsInt();
    }
    if (m.group(2) != null || m.group(4) != null) {
      amount += 0.5;
    }
    boolean hours = m.group(3).toLowerCase(Locale.ROOT).startsWith("h");
    return OptionalInt.of((int) Math.round(hours ? amount * 60 : amount));
  }

  /** Minutes of every duration phrase in a {@link #LIST}, in order. */
  static int[] all(String list) {
    Matcher m = ONE.matcher(list);
    java.util.List<Integer> out = new java.util.ArrayList<>();
    while (m.find()) {
      minutes(m.group()).ifPresent(out::add);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** ISO 8601 duration of {@code minutes}: PT1H, PT90M becomes PT1H30M, PT45M. */
  static String iso(int minutes) {
    int h = minutes / 60;
    int m = minutes % 60;
    return "PT" + (h > 0 ? h + "H" : "") + (m > 0 || h == 0 ? m + "M" : "");
  }
}
