package org.annals.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;

/**
 * Readings of time mentions that need the article around them, made for dating events only (the
 * tagger's own output, which {@code annals eval timeml} scores, stays as it is):
 *
 * <ul>
 *   <li>"on Saturday morning" that SUTime splits into "Saturday" and "morning": one mention of the
 *       weekday's day, not of the day SUTime counted forward to for "morning" (rule suffix
 *       {@code :part-of-day});
 *   <li>"the current president": an adjective SUTime reads as the present (PRESENT_REF) is dropped;
 *       it would date the clause, or the article's story, to the publication day;
 *   <li>"Tuesday, the same day that …": a weekday that opens an apposition SUTime reads as
 *       "the same day" (the publication date) is the weekday, resolved by tense like a bare one
 *       ({@code time:weekday-apposition});
 *   <li>"In the 2012 election, she did not endorse him until August": a month or day without a year
 *       in a past clause of a sentence that names an earlier year before it (or, with no year of its
 *       own, whose preceding sentence of the same paragraph does) is of that year, not of the
 *       publication year ({@code time:year-from-context}).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class ContextMentions {
  private static final Pattern PART_OF_DAY = Pattern.compile("(?i)(?:morning|afternoon|evening|night)");
  private static final Pattern WEEKDAY_APPOSITION = Pattern.compile(
      "(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s*,.*");
  private static final Pattern MONTH_NAME = Pattern.compile(
      "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\b");
  private static final Pattern NO_YEARLESS = Pattern.compile(
      "(?i).*(?:\\d{4}|'\\d\\d|\\b(?:last|next|this|ago|earlier|later|previous|following|coming|yesterday|today"
          + "|tomorrow|tonight|year|years|week|weeks|day|days|month|months)\\b).*");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:-.*)?$");
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\b\\d{4}\\b");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");

  private ContextMentions() {}

  /** The mentions with the readings above, in the same order. */
  static List<TimeMention> repair(AnnotatedDoc doc, List<TimeMention> mentions) {
    LocalDate published = doc.article().published();
    if (published == null) {
      return mentions;
    }
    List<TimeMention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      TimeMention m = mentions.get(i);
      if (adjectivalPresent(doc, m)) {
        continue;
      }
      Optional<TimeMention> merged = partOfDay(doc.text(), m, out.isEmpty() ? null : out.get(out.size() - 1));
      if (merged.isPresent()) {
        out.set(out.size() - 1, merged.get());
        continue;
      }
      Optional<Sentence> at = doc.sentences().stream().filter(x -> x.index() == m.sentence()).findFirst();
      if (at.isEmpty()) {
        out.add(m);
        continue;
      }
      Sentence s = at.get();
      TimeMention r = weekdayApposition(s, m, published)
          .or(() -> yearFromContext(doc, s, m, mentions, published))
          .orElse(m);
      out.add(r);
    }
    return out;
  }

  /** "Saturday" + "morning" split by SUTime: one mention over both, of the weekday's day. */
  private static Optional<TimeMention> partOfDay(String text, TimeMention m, TimeMention before) {
    if (before == null || before.sentence() != m.sentence() || before.lastToken() + 1 != m.firstToken()
        || !PART_OF_DAY.matcher(m.timex().text().strip()).matches()
        || Calendar.weekday(before.timex().text()).isEmpty() || Calendar.day(before.value()).isEmpty()) {
      return Optional.empty();
    }
    TimeExpression b = before.timex();
    TimeExpression t = new TimeExpression(b.start(), m.timex().end(), text.substring(b.start(), m.timex().end()),
        before.timex().type(), before.value(), b.tagger());
    return Optional.of(new TimeMention(t, before.rule() + ":part-of-day", before.sentence(), before.firstToken(),
        m.lastToken()));
  }

  /** "the current president": SUTime's PRESENT_REF on an adjective modifies a noun and dates no event. */
  private static boolean adjectivalPresent(AnnotatedDoc doc, TimeMention m) {
    if (!"PRESENT_REF".equals(m.value()) || m.firstToken() != m.lastToken()) {
      return false;
    }
    return doc.sentences().stream().filter(x -> x.index() == m.sentence()).findFirst()
        .map(x -> x.tokens().get(m.firstToken()).pos().startsWith("JJ")).orElse(false);
  }

  private static Optional<TimeMention> weekdayApposition(Sentence s, TimeMention m, LocalDate published) {
    String text = m.timex().text().strip();
    Optional<DayOfWeek> weekday = Calendar.weekday(text);
    Optional<LocalDate> day = Calendar.day(m.value());
    if (!WEEKDAY_APPOSITION.matcher(text).matches() || weekday.isEmpty() || day.isEmpty()
        || day.get().getDayOfWeek() == weekday.get()) {
      return Optional.empty();
    }
    boolean future = Tense.at(s.tokens(), m.firstToken()) == Tense.FUTURE;
    LocalDate d = future ? Calendar.onOrAfter(published, weekday.get()) : Calendar.onOrBefore(published, weekday.get());
    return Optional.of(with(m, d.toString(), "time:weekday-apposition"));
  }

  private static Optional<TimeMention> yearFromContext(AnnotatedDoc doc, Sentence s, TimeMention m,
      List<TimeMention> all, LocalDate published) {
    String text = m.timex().text().strip();
    if (!MONTH_NAME.matcher(text).find() || NO_YEARLESS.matcher(text).matches()
        || Tense.at(s.tokens(), m.firstToken()) != Tense.PAST || Tense.presentPerfectAt(s.tokens(), m.firstToken())) {
      return Optional.empty();
    }
    Optional<Integer> year = contextYear(doc, m, all);
    if (year.isEmpty() || year.get() >= published.getYear()) {
      return Optional.empty();
    }
    int y = year.get();
    Optional<LocalDate> day = Calendar.day(m.value());
    if (day.isPresent()) {
      try {
        return Optional.of(with(m, Calendar.withDay(m.value(), day.get().withYear(y)), "time:year-from-context"));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    return Calendar.month(m.value())
        .map(ym -> with(m, YearMonth.of(y, ym.getMonthValue()).toString(), "time:year-from-context"));
  }

  /**
   * The year of the latest mention with a written year before {@code m} in its sentence; if its
   * sentence has none before it, in the sentence just before, when that one is of the same paragraph.
   */
  private static Optional<Integer> contextYear(AnnotatedDoc doc, TimeMention m, List<TimeMention> all) {
    Optional<Integer> own = Optional.empty();
    Optional<Integer> previous = Optional.empty();
    for (TimeMention b : all) {
      Optional<Integer> y = writtenYear(b);
      if (y.isEmpty()) {
        continue;
      }
      if (b.sentence() == m.sentence() && b.lastToken() < m.firstToken()) {
        own = y;
      } else if (b.sentence() == m.sentence() - 1 && sameParagraph(doc, b, m)) {
        previous = y;
      }
    }
    if (own.isPresent()) {
      return own;
    }
    boolean yearOfItsOwn = all.stream().anyMatch(b -> b.sentence() == m.sentence() && writtenYear(b).isPresent());
    return yearOfItsOwn ? Optional.empty() : previous;
  }

  private static Optional<Integer> writtenYear(TimeMention b) {
    var v = b.value() == null ? null : YEAR.matcher(b.value());
    if (v == null || !v.matches() || !FOUR_DIGITS.matcher(b.timex().text()).find()
        || !"DATE".equals(b.timex().type())) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(v.group(1)));
  }

  private static boolean sameParagraph(AnnotatedDoc doc, TimeMention a, TimeMention b) {
    String between = doc.text().substring(Math.min(a.timex().end(), b.timex().start()), b.timex().start());
    return !PARAGRAPH_BREAK.matcher(between).find();
  }

  private static TimeMention with(TimeMention m, String value, String rule) {
    TimeExpression t = m.timex();
    return new TimeMention(new TimeExpression(t.start(), t.end(), t.text(), t.type(), value, t.tagger()), rule,
        m.sentence(), m.firstToken(), m.lastToken());
  }
}
