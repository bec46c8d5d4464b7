package org.annals.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Wording shared by the checks' reasons. Pure and thread-safe. */
final class Text {
  private Text() {}

  /** 90 becomes "1 h 30 min", 60 "1 h", 45 "45 min". */
  static String minutes(int m) {
    if (m < 60) {
      return m + " min";
    }
    return (m / 60) + " h" + (m % 60 == 0 ? "" : " " + (m % 60) + " min");
  }

  static String dates(List<History.Dated> events) {
    return events.stream().map(d -> d.date().toString()).collect(Collectors.joining(", "));
  }

  /** "from 2025-02-03 to 2025-07-03", "up to 2025-07-03", "in the record". */
  static String window(LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return "in the record";
    }
    if (from == null) {
      return "up to " + to;
    }
    return "from " + from + " to " + to;
  }

  /** 1st, 2nd, 3rd, 4th, 11th, 22nd. */
  static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }
}
