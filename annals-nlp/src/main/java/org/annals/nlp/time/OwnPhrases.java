package org.annals.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.DateBasis;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.IsoWeek;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Time phrases that belong to an event although its clause does not carry them: one attached to
 * the event's noun or to the document it refers to ("the strikes on Friday", "a June 24 order
 * imposing sanctions"), one of a "when" clause of the event's clause ("When announcing the plan
 * on Monday, the minister called on ..."), one opening the sentence ("On Wednesday, the court
 * issued ..., finding ..."); the dateline, which is never an event's own phrase; and bare weekdays
 * of asserted events, which lie on or before the publication date. Stateless and thread-safe.
 */
final class OwnPhrases {
  /** Relations by which a noun carries its own time ("a June 24 order", "the strikes on Friday"). */
  private static final Set<String> NOUN_TIME = Set.of("compound", "nmod:tmod", "nmod:on", "nmod:in",
      "nmod:npmod", "obl:tmod", "nummod", "amod", "nmod:of", "nmod:during", "nmod:poss");
  private static final Set<String> WHEN = Set.of("when", "while", "as");
  /** "MOSCOW, July 3, 2025 —", "LONDON, June 5 (Reuters) -": a place, a date, a dash. */
  private static final Pattern DATELINE_BEFORE = Pattern.compile("^\\s*\\p{Lu}[\\p{L} .'-]*(?:\\([^)]*\\))?\\s*,\\s*$");
  private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*(?:\\([^)]*\\))?\\s*(?:—|–|--?)");

  /**
   * A line that is only a date: "Monday, August 3, 2020", "3 August 2020", "August 3, 2020." (a
   * no-break space counts as a space).
   */
  private static final Pattern DATE_LINE = Pattern.compile("(?iU)\\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?"
      + "(?:\\d{1,2}\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:\\s+\\d{1,2})?,?\\s+\\d{4}[\\s,.]*");

  private static final Pattern BARE_WEEKDAY = Pattern.compile("(?i)(?:(?:earlier|early|late|on)\\s+)?"
      + "(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\\s+(?:morning|afternoon|evening|night))?");

  private OwnPhrases() {}

  /**
   * The date of a time phrase on the event's noun: the trigger itself when it is a noun, or the
   * noun a participial trigger modifies ("order imposing sanctions").
   */
  static Optional<EventDate> noun(TimeAnchor.Doc doc, Sentence s, int trigger) {
    int noun = trigger;
    if (!s.tokens().get(trigger).isNoun()) {
      Optional<Dependency> up = s.headOf(trigger);
      if (up.isEmpty() || up.get().isRoot() || !up.get().relation().startsWith("acl")
          || !s.tokens().get(up.get().governor()).isNoun()) {
        return Optional.empty();
      }
      noun = up.get().governor();
    }
    for (Dependency d : s.dependentsOf(noun)) {
      if (NOUN_TIME.contains(d.relation())) {
        Optional<EventDate> date = doc.covering(s, d.dependent())
            .flatMap(m -> EventDates.of(m, doc.published()));
        if (date.isPresent()) {
          return date.map(x -> relabel(x, "time:noun-phrase"));
        }
      }
    }
    return Optional.empty();
  }

  /** "When announcing the plan on Monday, X called on ...": a time phrase inside a when-clause of the clause. */
  static Optional<EventDate> whenClause(TimeAnchor.Doc doc, Sentence s, Clause c) {
    for (int h : c.heads()) {
      for (Dependency d : s.dependentsOf(h)) {
        if (d.relation().startsWith("advcl") && introducedByWhen(s, d)) {
          Clause sub = Clause.of(s, d.dependent());
          for (TimeMention m : doc.in(s)) {
            if (sub.contains(m.firstToken()) || sub.contains(m.lastToken())) {
              Optional<EventDate> date = EventDates.of(m, doc.published());
              if (date.isPresent()) {
                return date.map(x -> relabel(x, "time:when-clause-of"));
              }
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean introducedByWhen(Sentence s, Dependency advcl) {
    String rel = advcl.relation();
    if (rel.equals("advcl:when") || rel.equals("advcl:while")) {
      return true;
    }
    return s.dependentsOf(advcl.dependent()).stream()
        .anyMatch(x -> (x.relation().equals("mark") || x.relation().equals("advmod"))
            && WHEN.contains(s.tokens().get(x.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * "On Wednesday, the court issued ...": a time phrase that opens the sentence (at most one word
   * before it) and is followed by a comma dates the sentence's events that have no date of their own;
   * so does a weekday opening an apposition ("Tuesday, the same day that he left, the senator …") and
   * an opening phrase without a comma that the parse attaches to the main verb ("Last week a car bomb
   * killed five people, another attack claimed by …").
   */
  static Optional<EventDate> opener(TimeAnchor.Doc doc, Sentence s) {
    for (TimeMention m : doc.in(s)) {
      int next = m.lastToken() + 1;
      boolean comma = next < s.tokens().size() && s.tokens().get(next).word().equals(",")
          || weekdayApposition(s, m) || ofTheRoot(s, m);
      if (m.firstToken() <= 1 && comma && noVerbBefore(s, m.firstToken())) {
        return EventDates.of(m, doc.published()).map(x -> relabel(x, "time:sentence-opener"));
      }
    }
    return Optional.empty();
  }

  /**
   * "Last week a car bomb killed five people": an opening time phrase without a comma that the parse
   * attaches to the sentence's main verb.
   */
  private static boolean ofTheRoot(Sentence s, TimeMention m) {
    for (int t = m.firstToken(); t <= m.lastToken(); t++) {
      Optional<Dependency> up = s.headOf(t);
      if (up.isPresent() && !up.get().isRoot() && (up.get().governor() < m.firstToken()
          || up.get().governor() > m.lastToken())) {
        int gov = up.get().governor();
        return up.get().relation().matches("obl:tmod|obl:npmod|nmod:tmod|obl:on|obl:in")
            && s.headOf(gov).map(Dependency::isRoot).orElse(false) && s.tokens().get(gov).isVerb();
      }
    }
    return false;
  }

  /** "Tuesday, the same day that …": a weekday with a comma right after it opens an apposition. */
  private static boolean weekdayApposition(Sentence s, TimeMention m) {
    int after = m.firstToken() + 1;
    return after <= m.lastToken() && s.tokens().get(after).word().equals(",")
        && Calendar.weekday(s.tokens().get(m.firstToken()).word()).isPresent();
  }

  private static boolean noVerbBefore(Sentence s, int token) {
    return s.tokens().subList(0, token).stream().noneMatch(Token::isVerb);
  }

  /** The mentions without the dateline ("MOSCOW, July 3, 2025 —" opening the article). */
  static List<TimeMention> withoutDateline(String text, List<TimeMention> mentions) {
    return mentions.stream().filter(m -> !dateline(text, m)).toList();
  }

  private static boolean dateline(String text, TimeMention m) {
    if (m.sentence() != 0) {
      return false;
    }
    if (dateLine(text, m)) {
      return true;
    }
    int start = m.timex().start();
    int end = m.timex().end();
    String before = text.substring(Math.max(0, start - 60), start);
    int nl = before.lastIndexOf('\n');
    String line = nl >= 0 ? before.substring(nl + 1) : start <= 60 ? before : null;
    return line != null && DATELINE_BEFORE.matcher(line).matches()
        && DATELINE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).find();
  }

  /**
   * "Monday, August 3, 2020" alone on the text's first line, run into the first sentence by the
   * splitter when a single line break follows: the report's date line, never an event's own phrase
   * (issue 13). The line holds a date (a weekday, a day, a month, a year) and nothing else.
   */
  private static boolean dateLine(String text, TimeMention m) {
    int lineEnd = text.indexOf('\n');
    return lineEnd >= 0 && m.timex().end() <= lineEnd && DATE_LINE.matcher(text.substring(0, lineEnd)).matches();
  }

  /**
   * A bare weekday of an asserted or negated event that SUTime placed after the publication date
   * (a present-tense clause: "after being detained earlier Friday") is the latest such day on or
   * before it; a future or hypothetical event keeps it.
   */
  static EventDate weekdayPast(EventDate d, String text, LocalDate published, Modality modality) {
    if (published == null || d.expression() == null || d.precision() != Precision.DAY
        || modality == Modality.FUTURE || modality == Modality.HYPOTHETICAL) {
      return d;
    }
    String words = d.expression().of(text).strip();
    Optional<DayOfWeek> weekday = Calendar.weekday(words);
    Optional<LocalDate> day = Calendar.day(d.value());
    if (!BARE_WEEKDAY.matcher(words).matches() || weekday.isEmpty() || day.isEmpty()
        || !day.get().isAfter(published)) {
      return d;
    }
    LocalDate past = Calendar.onOrBefore(published, weekday.get());
    return new EventDate(past.toString(), Precision.DAY, DateBasis.RELATIVE, d.expression(),
        d.rule() + ":weekday-past");
  }

  /**
   * A weekend of an asserted or negated event ("attacked a convoy over the weekend") that SUTime
   * placed after the publication date is the weekend before it: the week before (rule suffix
   * {@code :weekend-past}); a future or hypothetical event keeps the weekend ahead.
   */
  static EventDate weekendPast(EventDate d, LocalDate published, Modality modality) {
    if (published == null || d.precision() != Precision.WEEK || d.rule() == null
        || !d.rule().endsWith(":weekend") || modality == Modality.FUTURE
        || modality == Modality.HYPOTHETICAL) {
      return d;
    }
    Optional<LocalDate> monday = IsoWeek.monday(d.value());
    if (monday.isEmpty() || !monday.get().plusDays(5).isAfter(published)) {
      return d;
    }
    return new EventDate(IsoWeek.of(monday.get().minusWeeks(1)), Precision.WEEK, d.basis(),
        d.expression(), d.rule() + "-past");
  }

  static EventDate relabel(EventDate d, String rule) {
    return new EventDate(d.value(), d.precision(), d.basis(), d.expression(), rule);
  }
}
