package org.annals.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads duration phrases of news text with their hedge: "about an hour and a half" (90 min,
 * about), "one and a half hours", "90-minute", "2-hour long", "almost an hour" (60, nearly), "a
 * little over two hours" (120, more than), "some 40 minutes", "an hour and 20 minutes", "1.5
 * hours". SUTime splits some of these ("an hour" + "a half"); the time stage re-reads its
 * duration mentions with this class. Pure; patterns compiled once; thread-safe.
 */
public final class DurationPhrase {
  private static final String NUMBER = "(?:half\\s+an?|\\d+(?:\\.\\d+)?|an?|one|two|three|four|five"
      + "|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty"
      + "|sixty|seventy|eighty|ninety|a\\s+couple\\s+of|a\\s+few)";
  private static final String UNIT = "(?:minutes?|mins?|hours?|hrs?)";
  private static final String HALF = "(?:[\\s-]+and[\\s-]+a[\\s-]+half)";
  /** Number and unit without a hedge: "an hour and a half", "90-minute", "one and a half hours". */
  public static final String NUMBER_UNIT = "(?:" + NUMBER + HALF + "?[\\s-]+" + UNIT + HALF + "?"
      + "(?:\\s+and\\s+\\d{1,2}\\s+minutes?)?)";
  /** Hedges before a duration, longest first. */
  public static final String HEDGE = "(?:a\\s+little\\s+(?:over|more\\s+than|under|less\\s+than)"
      + "|slightly\\s+(?:over|more\\s+than|under|less\\s+than)|just\\s+(?:over|under)"
      + "|more\\s+than|less\\s+than|close\\s+to|nearly|almost|about|around|roughly"
      + "|approximately|some|over|under|up\\s+to|at\\s+least)";

  private static final Pattern PHRASE = Pattern.compile("\\b(?:(?<hedge>" + HEDGE + ")\\s+)?"
      + "(?<d>" + NUMBER_UNIT + ")(?![a-z])", Pattern.CASE_INSENSITIVE);
  private static final Pattern PARTS = Pattern.compile("^(?<n>" + NUMBER + ")(?<h1>" + HALF + ")?[\\s-]+"
      + "(?<u>" + UNIT + ")(?<h2>" + HALF + ")?(?:\\s+and\\s+(?<extra>\\d{1,2})\\s+minutes?)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1),
      Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("forty-five", 45),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a couple of", 2),
      Map.entry("a few", 3));

  /**
   * One duration read from text.
   *
   * @param minutes the length in minutes
   * @param qualifier {@code about}, {@code nearly}, {@code more than}, {@code less than}, or null
   *     when unhedged
   * @param start start offset of the phrase (with its hedge) in the text read
   * @param end end offset (half-open)
   */
  public record Reading(int minutes, String qualifier, int start, int end) {
    /** ISO 8601: {@code PT1H30M}. */
    public String iso() {
      return DurationPhrase.iso(minutes);
    }

    /** The TIMEX3 {@code mod} of the hedge: APPROX, LESS_THAN, MORE_THAN, or null. */
    public String mod() {
      if (qualifier == null) {
        return null;
      }
      return switch (qualifier) {
        case "about" -> "APPROX";
        case "nearly", "less than" -> "LESS_THAN";
        default -> "MORE_THAN";
      };
    }
  }

  private DurationPhrase() {}

  /** Every duration phrase in {@code text}, in order, offsets relative to {@code text}. */
  public static List<Reading> find(String text) {
    List<Reading> out = new ArrayList<>();
    Matcher m = PHRASE.matcher(text);
    while (m.find()) {
      OptionalMinutes min = minutesOf(m.group("d"));
      if (min.present) {
        out.add(new Reading(min.value, qualifier(m.group("hedge")), m.start(), m.end()));
      }
    }
    return out;
  }

  /** The phrase that is exactly {@code text} (hedge allowed), if it is one. */
  public static Optional<Reading> parse(String text) {
    String t = text.strip();
    Matcher m = PHRASE.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    OptionalMinutes min = minutesOf(m.group("d"));
    return min.present ? Optional.of(new Reading(min.value, qualifier(m.group("hedge")), 0, t.length()))
        : Optional.empty();
  }

  /** Minutes of an unhedged {@link #NUMBER_UNIT} phrase, or -1. */
  public static int minutes(String numberUnit) {
    OptionalMinutes m = minutesOf(numberUnit);
    return m.present ? m.value : -1;
  }

  /** A hedge word as one of {@code about}, {@code nearly}, {@code more than}, {@code less than}. */
  public static String qualifier(String hedge) {
    if (hedge == null) {
      return null;
    }
    String h = hedge.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (h.matches("nearly|almost|close to|just under|a little under|slightly under")) {
      return "nearly";
    }
    if (h.contains("less") || h.contains("under") || h.equals("up to")) {
      return "less than";
    }
    if (h.contains("more") || h.contains("over") || h.equals("at least")) {
      return "more than";
    }
    return "about";
  }

  /** ISO 8601 duration of {@code minutes}: 90 becomes PT1H30M, 45 PT45M. */
  public static String iso(int minutes) {
    int h = minutes / 60;
    int m = minutes % 60;
    return "PT" + (h > 0 ? h + "H" : "") + (m > 0 || h == 0 ? m + "M" : "");
  }

  private record OptionalMinutes(boolean present, int value) {}

  private static OptionalMinutes minutesOf(String phrase) {
    Matcher m = PARTS.matcher(phrase.strip().replaceAll("\\s+", " "));
    if (!m.matches()) {
      return new OptionalMinutes(false, 0);
    }
    String n = m.group("n").toLowerCase(Locale.ROOT);
    double amount;
    if (n.startsWith("half")) {
      amount = 0.5;
    } else if (n.matches("[\\d.]+")) {
      amount = Double.parseDouble(n);
    } else {
      amount = WORDS.get(n);
    }
    if (m.group("h1") != null || m.group("h2") != null) {
      amount += 0.5;
    }
    boolean hours = m.group("u").toLowerCase(Locale.ROOT).startsWith("h");
    double minutes = hours ? amount * 60 : amount;
    if (m.group("extra") != null) {
      if (!hours) {
        return new OptionalMinutes(false, 0);
      }
      minutes += Integer.parseInt(m.group("extra"));
    }
    return new OptionalMinutes(true, (int) Math.round(minutes));
  }
}
