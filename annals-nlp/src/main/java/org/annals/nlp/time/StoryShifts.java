package org.annals.nlp.time;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.model.Sentence;

/**
 * Time phrases that count from the story, not from the publication date, read on their words:
 * "the next day", "the following day", "the day after" (one day on), "the previous day", "the day
 * before" (one day back), and a counted span that SUTime tags together with its *later/earlier* and
 * resolves from the publication date ("Two days later" → two days after publication, "A week
 * earlier", "Two years later": a year, "A month later": a month), or an hour span ("hours later", "two hours later": the same day). An uncounted span
 * ("a few days later") is no shift (VagueMentions, ContextDates). Pure; thread-safe.
 */
final class StoryShifts {
  private static final Set<String> DAY_AFTER = TimeWords.get("day-after");
  private static final Set<String> DAY_BEFORE = TimeWords.get("day-before");
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10));

  /** A shift from the day of the story's latest dated event, with the rule that names it. */
  record Shift(Period period, boolean later, String rule) {}

  private StoryShifts() {}

  /** The shift the words of mention {@code m} tell, if they count from the story. */
  static Optional<Shift> of(Sentence s, TimeMention m) {
    List<String> w = new ArrayList<>();
    for (int t = m.firstToken(); t <= m.lastToken(); t++) {
      w.add(s.tokens().get(t).word().toLowerCase(Locale.ROOT));
    }
    return adjacent(w).or(() -> counted(w));
  }

  private static Optional<Shift> adjacent(List<String> w) {
    if (w.size() != 3 || !w.get(0).equals("the")) {
      return Optional.empty();
    }
    if (w.get(2).equals("day") && DAY_AFTER.contains(w.get(1)) || w.get(1).equals("day") && w.get(2).equals("after")) {
      return Optional.of(new Shift(Period.ofDays(1), true, "time:anchor:next-day"));
    }
    if (w.get(2).equals("day") && DAY_BEFORE.contains(w.get(1)) || w.get(1).equals("day") && w.get(2).equals("before")) {
      return Optional.of(new Shift(Period.ofDays(1), false, "time:anchor:day-before"));
    }
    return Optional.empty();
  }

  /** "two days later", "a week earlier", "hours later", "three hours later". */
  private static Optional<Shift> counted(List<String> w) {
    int n = w.size();
    if (n < 2 || n > 3 || !(w.get(n - 1).equals("later") || w.get(n - 1).equals("earlier"))) {
      return Optional.empty();
    }
    boolean later = w.get(n - 1).equals("later");
    String unit = w.get(n - 2).replaceFirst("s$", "");
    Integer count = n == 3 ? number(w.get(0)) : null;
    Period p;
    if (unit.equals("hour") || unit.equals("minute")) {
      p = n == 2 && !w.get(0).endsWith("s") || n == 3 && count == null ? null : Period.ZERO;
    } else if (count == null) {
      p = null;
    } else {
      p = switch (unit) {
        case "day" -> Period.ofDays(count);
        case "week" -> Period.ofWeeks(count);
        case "month" -> Period.ofMonths(count);
        case "year" -> Period.ofYears(count);
        default -> null;
      };
    }
    return Optional.ofNullable(p).map(x -> new Shift(x, later, later ? "time:anchor:n-later" : "time:anchor:n-earlier"));
  }

  private static Integer number(String word) {
    return word.matches("\\d{1,2}") ? Integer.valueOf(word) : NUMBERS.get(word);
  }
}
