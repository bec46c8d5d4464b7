package org.annals.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;

/**
 * Annals' temporal tagger: SUTime's time expressions of a sentence, corrected for the
 * conventions of news text, resolved against the publication (document creation) date. See
 * {@code docs/TIME.md} for the rules. Pure; patterns are compiled once (static); thread-safe.
 *
 * <ul>
 *   <li>drops what TimeML does not annotate as a time expression: ages ("6-year-old"),
 *       frequency adjectives ("quarterly"), "once", "previously", a bare "future", stray "the";
 *   <li>a bare weekday resolves by the clause's tense: past → the latest such day on or before
 *       the document date, future → the next on or after;
 *   <li>a month or day without a year ("in May", "March 31") in a past clause is the latest one
 *       on or before the document date (SUTime tends to pick a later one), in a future clause one
 *       more than two months back moves to the next year; "last June" is the
 *       latest June at least two months before the document's month;
 *   <li>"a year ago/earlier" has year precision, or is the same quarter a year before when the
 *       text is about a quarter;
 *   <li>fiscal quarters ({@link QuarterRules}) and "a year earlier" about a quarter.
 * </ul>
 */
public final class TimeTagger {
  public static final String TAGGER = "annals";
  public static final String KEPT = "time:sutime";

  private static final Pattern NOISE = Pattern.compile(
      "(?i)(?:once|previously|present|future|quarterly|annual|annually|yearly|monthly|weekly|the|a|an)");
  private static final Pattern AGE = Pattern.compile("(?i).*\\b(?:\\w+-years?-old|years?\\s+old)\\b.*");
  /** "during a march", "the march on parliament": edited news writes the month with a capital. */
  private static final Pattern LOWER_MARCH = Pattern.compile(".*\\bmarch(?:es)?\\b.*");
  private static final Pattern MONTH_NAME = Pattern.compile(
      "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\b");
  private static final Pattern YEAR_OR_RELATIVE = Pattern.compile(
      "(?i).*(?:\\d{4}|'\\d\\d|\\b(?:last|next|this|ago|earlier|later|previous|following|coming|yesterday|today"
          + "|tomorrow|tonight|year|years|week|weeks|weekend|day|days|month|months|of)\\b).*");
  private static final Pattern LAST_MONTH = Pattern.compile(
      "(?i)last\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?");
  private static final Pattern EXPLICIT_YEAR = Pattern.compile("(?i)\\d{4}|\\byear'?s?\\b|'\\d\\d");
  private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)(?:\\d{4}|\\byear'?s?)\\s*$");
  /** Messages and meetings ("its March 2 advisory"): a date naming one names one already held. */
  private static final java.util.Set<String> OCCASIONS = TimeWords.get("occasion-noun");
  private static final Pattern YEAR_AGO = Pattern.compile("(?i)(?:a|one)\\s+year\\s+(?:ago|earlier)");

  /** What the tagger remembers while reading one document: the quarter being talked about. */
  private static final class Context {
    String focusQuarter;
    int focusSentence = -10;
  }

  /** All time expressions of a document (tagger {@code annals}), in text order. */
  public List<TimeExpression> tag(AnnotatedDoc doc) {
    return mentions(doc).stream().map(TimeMention::timex).toList();
  }

  /** All time mentions of a document with rules and token ranges, in text order. */
  public List<TimeMention> mentions(AnnotatedDoc doc) {
    Context ctx = new Context();
    List<TimeMention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      out.addAll(sentence(s, doc.text(), doc.article().published(), ctx));
    }
    return out;
  }

  /** The time mentions of one sentence read on its own. */
  public List<TimeMention> mentions(Sentence sentence, String text, LocalDate published) {
    return sentence(sentence, text, published, new Context());
  }

  private List<TimeMention> sentence(Sentence s, String text, LocalDate dct, Context ctx) {
    List<TimeMention> out = new ArrayList<>();
    for (TimeExpression t : s.timexes()) {
      if (!NOISE.matcher(t.text().strip()).matches() && !AGE.matcher(t.text()).matches()
          && !LOWER_MARCH.matcher(t.text()).matches()
          && !"SEC".equals(t.text())) {
        out.add(mention(s, t.start(), t.end(), text, t.type(), t.value(), KEPT));
      }
    }
    if (dct == null) {
      return out;
    }
    String focus = s.index() - ctx.focusSentence <= 2 ? ctx.focusQuarter : null;
    addQuarters(s, text, dct, focus, out);
    List<TimeMention> resolved = new ArrayList<>();
    for (TimeMention m : out) {
      resolved.add(resolve(s, m, dct, focusBefore(out, m, focus)));
    }
    resolved.sort(Comparator.comparingInt(m -> m.timex().start()));
    for (TimeMention m : resolved) {
      if (Calendar.quarter(m.value()).isPresent() && !m.rule().equals("time:quarter-year-ago")) {
        ctx.focusQuarter = m.value();
        ctx.focusSentence = s.index();
      }
    }
    return resolved;
  }

  /** The quarter last named before {@code m} in this sentence, else the document's focus. */
  private static String focusBefore(List<TimeMention> sentence, TimeMention m, String focus) {
    String f = focus;
    int best = -1;
    for (TimeMention q : sentence) {
      if (q.timex().start() < m.timex().start() && q.timex().start() > best && Calendar.quarter(q.value()).isPresent()
          && !q.rule().equals("time:quarter-year-ago")) {
        f = q.value();
        best = q.timex().start();
      }
    }
    return f;
  }

  private void addQuarters(Sentence s, String text, LocalDate dct, String focus, List<TimeMention> out) {
    String st = text.substring(s.start(), s.end());
    for (QuarterRules.Hit h : QuarterRules.find(st, dct, focus)) {
      int b = s.start() + h.start();
      int e = s.start() + h.end();
      if (YEAR_BEFORE.matcher(text.substring(Math.max(s.start(), b - 12), b)).find()
          || out.stream().anyMatch(m -> m.timex().start() < e && b < m.timex().end()
          && EXPLICIT_YEAR.matcher(m.timex().text()).find())) {
        continue;
      }
      out.removeIf(m -> m.timex().start() < e && b < m.timex().end());
      out.add(mention(s, b, e, text, "DATE", h.value(), h.rule()));
    }
  }

  private TimeMention resolve(Sentence s, TimeMention m, LocalDate dct, String focus) {
    if (!m.rule().equals(KEPT) || m.value() == null) {
      return m;
    }
    String text = m.timex().text().strip();
    Optional<DayOfWeek> weekday = Calendar.weekday(text);
    if (weekday.isPresent()) {
      return weekday(s, m, dct, weekday.get());
    }
    if (YEAR_AGO.matcher(text).matches()) {
      return focus != null ? with(m, "DATE", QuarterRules.yearBefore(focus), "time:quarter-year-ago")
          : with(m, "DATE", Integer.toString(dct.getYear() - 1), "time:year-ago");
    }
    var last = LAST_MONTH.matcher(text);
    if (last.matches() && Calendar.month(m.value()).isPresent()) {
      YearMonth ym = Calendar.month(m.value()).get();
      YearMonth ref = YearMonth.from(dct).minusMonths(2);
      YearMonth v = YearMonth.of(ref.getMonthValue() >= ym.getMonthValue() ? ref.getYear() : ref.getYear() - 1,
          ym.getMonthValue());
      return with(m, m.timex().type(), v.toString(), "time:last-month-name");
    }
    if (MONTH_NAME.matcher(text).find() && !YEAR_OR_RELATIVE.matcher(text).matches()) {
      return yearless(s, m, dct);
    }
    return m;
  }

  private TimeMention weekday(Sentence s, TimeMention m, LocalDate dct, DayOfWeek d) {
    String text = m.timex().text();
    if (text.matches(".*\\d.*") || MONTH_NAME.matcher(text).find() || YEAR_OR_RELATIVE.matcher(text).matches()
        || Calendar.day(m.value()).isEmpty()) {
      return m;
    }
    Tense tense = Tense.at(s.tokens(), m.firstToken());
    if (tense == Tense.PRESENT) {
      return m;
    }
    LocalDate day = tense == Tense.FUTURE ? Calendar.onOrAfter(dct, d) : Calendar.onOrBefore(dct, d);
    return with(m, m.timex().type(), Calendar.withDay(m.value(), day),
        tense == Tense.FUTURE ? "time:weekday-future" : "time:weekday-past");
  }

  private TimeMention yearless(Sentence s, TimeMention m, LocalDate dct) {
    int next = m.lastToken() + 1;
    if (next < s.tokens().size() && s.tokens().get(next).lemma().equalsIgnoreCase("deadline")) {
      return m;
    }
    Tense tense = namesOccasion(s, m) ? Tense.PAST : Tense.at(s.tokens(), m.firstToken());
    Optional<LocalDate> day = Calendar.day(m.value());
    if (day.isPresent()) {
      LocalDate d = day.get();
      if (tense == Tense.PAST && d.isAfter(dct)) {
        return with(m, m.timex().type(), Calendar.withDay(m.value(), d.minusYears(1)), "time:yearless-past");
      }
      if (tense == Tense.FUTURE && d.isBefore(dct.minusMonths(2))) {
        return with(m, m.timex().type(), Calendar.withDay(m.value(), d.plusYears(1)), "time:yearless-future");
      }
      return m;
    }
    Optional<YearMonth> month = Calendar.month(m.value());
    YearMonth now = YearMonth.from(dct);
    if (month.isPresent() && tense == Tense.PAST && month.get().isAfter(now)) {
      return with(m, m.timex().type(), month.get().minusYears(1).toString(), "time:yearless-past");
    }
    if (month.isPresent() && tense == Tense.FUTURE && month.get().isBefore(now.minusMonths(2))) {
      return with(m, m.timex().type(), month.get().plusYears(1).toString(), "time:yearless-future");
    }
    return m;
  }

  /** "in its March 2 travel advisory": the date is followed by nouns ending in a message or meeting. */
  private static boolean namesOccasion(Sentence s, TimeMention m) {
    for (int t = m.lastToken() + 1; t < Math.min(s.tokens().size(), m.lastToken() + 4); t++) {
      Token tok = s.tokens().get(t);
      if (!tok.isNoun()) {
        return false;
      }
      if (OCCASIONS.contains(tok.lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static TimeMention with(TimeMention m, String type, String value, String rule) {
    TimeExpression t = m.timex();
    return new TimeMention(new TimeExpression(t.start(), t.end(), t.text(), type, value, TAGGER), rule,
        m.sentence(), m.firstToken(), m.lastToken());
  }

  private static TimeMention mention(Sentence s, int start, int end, String text, String type, String value,
      String rule) {
    TimeExpression t = new TimeExpression(start, end, text.substring(start, end), type, value, TAGGER);
    return new TimeMention(t, rule, s.index(), tokenAt(s, start), tokenAt(s, end - 1));
  }

  /** The index of the token covering (or first after) character {@code offset}. */
  static int tokenAt(Sentence s, int offset) {
    for (Token t : s.tokens()) {
      if (t.end() > offset) {
        return t.index();
      }
    }
    return Math.max(0, s.tokens().size() - 1);
  }
}
