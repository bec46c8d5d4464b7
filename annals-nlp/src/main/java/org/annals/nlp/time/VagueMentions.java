package org.annals.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.annals.model.AnnotatedDoc;
import org.annals.model.TimeExpression;

/**
 * Time phrases that name no day although SUTime gives them one (session 22, h97), read for dating
 * events only (the tagger's output that {@code annals eval timeml} scores is unchanged):
 *
 * <ul>
 *   <li>"years ago", "a number of months ago", "decades ago": an uncounted span back is the
 *       indefinite past ({@code PAST_REF}, so {@code before D}), not one year before publication
 *       (rule {@value #AGO_RULE});
 *   <li>"a few days later", "several weeks earlier": a span counted from another event, not from the
 *       publication date; dropped here and read against the events told before ({@link ContextDates});
 *   <li>"the morning after the vote", "the evening of the strike": a part of day that belongs to
 *       another event's day, not the publication day SUTime counts it from; dropped;
 *   <li>"had delivered the doses by November 22": a day after <i>by</i> in a past clause is the limit
 *       the act was done within, not its day: the month (rule suffix {@code :by-month}).
 *   <li>"for a third day", "for the second straight week", "on the fifth day of the strike": an
 *       ordinal day or week counts the days of a series, not a calendar day (SUTime counts it forward
 *       from the publication date); dropped, so the clause's weekday or date ("for a third day on
 *       Thursday") or the other rules date the event (session 26).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class VagueMentions {
  static final String AGO_RULE = "time:vague-ago";
  private static final Pattern AGO = Pattern.compile(
      "(?i)^(?:(?:a\\s+number\\s+of|several|many|some|a\\s+few|a\\s+couple\\s+of)\\s+)?(?:days|weeks|months|years|decades)"
          + "\\s+ago$");
  static final Pattern SOME_LATER = Pattern.compile(
      "(?i)^(?:(?:a\\s+few|several|some|a\\s+couple\\s+of|a\\s+number\\s+of)\\s+)?(?:days|weeks)\\s+(?:later|earlier)$");
  private static final Pattern ORDINAL_SPAN = Pattern.compile(
      "(?i)^(?:(?:a|the|its|their)\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
          + "|twelfth|\\d+(?:st|nd|rd|th))\\s+(?:(?:straight|consecutive|successive|full)\\s+)?(?:day|night|week)$");
  private static final Pattern BY_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  private static final Pattern PART_OF_DAY = Pattern.compile("(?i)^(?:the\\s+)?(?:morning|afternoon|evening|night)$");
  private static final Pattern OF_ANOTHER = Pattern.compile("(?i)^\\s+(?:of|following|after|before)\\b.*", Pattern.DOTALL);

  private VagueMentions() {}

  static List<TimeMention> repair(AnnotatedDoc doc, List<TimeMention> mentions) {
    String text = doc.text();
    List<TimeMention> out = new ArrayList<>(mentions.size());
    for (TimeMention m : mentions) {
      String words = m.timex().text().strip();
      if (SOME_LATER.matcher(words).matches() || ORDINAL_SPAN.matcher(words).matches()
          || partOfAnotherDay(text, m, words)) {
        continue;
      }
      if (BY_DAY.matcher(m.value() == null ? "" : m.value()).matches() && byBefore(text, m) && past(doc, m)) {
        TimeExpression t = m.timex();
        out.add(new TimeMention(new TimeExpression(t.start(), t.end(), t.text(), t.type(), m.value().substring(0, 7),
            t.tagger()), m.rule() + ":by-month", m.sentence(), m.firstToken(), m.lastToken()));
        continue;
      }
      if (AGO.matcher(words).matches()) {
        TimeExpression t = m.timex();
        out.add(new TimeMention(new TimeExpression(t.start(), t.end(), t.text(), "DATE", "PAST_REF", t.tagger()),
            AGO_RULE, m.sentence(), m.firstToken(), m.lastToken()));
        continue;
      }
      out.add(m);
    }
    return out;
  }

  private static boolean past(AnnotatedDoc doc, TimeMention m) {
    return doc.sentences().stream().filter(x -> x.index() == m.sentence()).findFirst()
        .map(x -> Tense.at(x.tokens(), m.firstToken()) == Tense.PAST).orElse(false);
  }

  private static boolean byBefore(String text, TimeMention m) {
    int start = m.timex().start();
    return start >= 3 && text.substring(Math.max(0, start - 4), start).toLowerCase(java.util.Locale.ROOT).matches(".?by\\s");
  }

  private static boolean partOfAnotherDay(String text, TimeMention m, String words) {
    int end = Math.min(text.length(), m.timex().end() + 12);
    return PART_OF_DAY.matcher(words).matches() && OF_ANOTHER.matcher(text.substring(m.timex().end(), end)).matches();
  }
}
