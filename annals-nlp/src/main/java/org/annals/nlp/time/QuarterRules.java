package org.annals.nlp.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fiscal-quarter expressions of business news that SUTime misses or leaves unresolved ("the
 * quarter", "the latest quarter", "the year-earlier period", "third-quarter"), resolved against
 * the document date and the quarter the text is talking about (the focus). A quarter named
 * without a year is the latest one that began on or before the document date (reports about a
 * quarter come after it begins, even in future clauses: "expects to report a third-quarter loss"). Patterns are compiled
 * once; stateless and thread-safe.
 */
final class QuarterRules {
  /** A match: offsets into the searched text, the value and the rule id. */
  record Hit(int start, int end, String value, String rule) {}

  private static final String ORD = "(first|second|third|fourth|1st|2nd|3rd|4th)";
  private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3,
      "fourth", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);
  private static final int F = Pattern.CASE_INSENSITIVE;
  private static final Pattern YEAR_AGO_QUARTER = Pattern.compile(
      "\\b(?:the\\s+)?(?:year[- ](?:earlier|ago)|prior[- ]year)\\s+(?:(?:fiscal\\s+)?" + ORD
          + "[- ])?(?:quarter|period)\\b", F);
  private static final Pattern QUARTER_YEAR_AGO = Pattern.compile(
      "\\bthe\\s+(?:same\\s+)?(?:quarter|period)\\s+(?:a|one)\\s+year\\s+(?:ago|earlier)\\b", F);
  private static final Pattern LATEST = Pattern.compile(
      "\\bthe\\s+(?:latest|most\\s+recent|recent|just[- ]ended)\\s+(?:fiscal\\s+)?(?:quarter|period)\\b", F);
  private static final Pattern CURRENT = Pattern.compile("\\bthe\\s+current\\s+(?:fiscal\\s+)?quarter\\b", F);
  private static final Pattern ORDINAL = Pattern.compile("\\b(?:the\\s+)?(?:fiscal[- ])?" + ORD
      + "[- ](?:fiscal[- ])?quarter\\b(?!\\s*(?:of\\s+)?(?:fiscal\\s+)?(?:'|19|20)\\d)", F);
  private static final Pattern THE_QUARTER = Pattern.compile(
      "\\bthe\\s+quarter\\b(?!\\s*(?:of\\s+)?(?:'|19|20)\\d)", F);
  private static final Pattern YEAR_AGO_ADJ = Pattern.compile("(?<!\\b(?:a|one)\\s)\\byear-(?:earlier|ago)\\b", F);

  private QuarterRules() {}

  /**
   * All non-overlapping quarter expressions in {@code text}, earlier patterns first.
   *
   * @param focus the quarter the text is about ({@code YYYY-QN}) or null
   */
  static List<Hit> find(String text, LocalDate dct, String focus) {
    String latest = Calendar.lastCompletedQuarter(dct);
    String about = focus != null ? focus : latest;
    List<Hit> hits = new ArrayList<>();
    add(hits, YEAR_AGO_QUARTER, text, m -> yearBefore(m.group(1) == null ? about
        : Calendar.latestQuarter(dct, ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT)))), "time:quarter-year-ago");
    add(hits, QUARTER_YEAR_AGO, text, m -> yearBefore(about), "time:quarter-year-ago");
    add(hits, LATEST, text, m -> latest, "time:quarter-latest");
    add(hits, CURRENT, text, m -> Calendar.quarterValue(dct.getYear(), Calendar.quarterOf(dct)), "time:quarter-current");
    add(hits, ORDINAL, text, m -> Calendar.latestQuarter(dct, ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT))),
        "time:quarter-ordinal");
    add(hits, THE_QUARTER, text, m -> about, "time:quarter-focus");
    add(hits, YEAR_AGO_ADJ, text, m -> focus != null ? yearBefore(focus) : Integer.toString(dct.getYear() - 1),
        "time:year-ago-adjective");
    return hits;
  }

  /** The value of "a year ago/earlier" when the text is about quarter {@code focus}. */
  static String yearBefore(String focus) {
    return Calendar.quarter(focus).map(q -> Calendar.quarterValue(q[0] - 1, q[1])).orElse(focus);
  }

  private static void add(List<Hit> hits, Pattern p, String text,
      java.util.function.Function<Matcher, String> value, String rule) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      if (hits.stream().noneMatch(h -> h.start() < e && s < h.end())) {
        hits.add(new Hit(s, e, value.apply(m), rule));
      }
    }
  }
}
