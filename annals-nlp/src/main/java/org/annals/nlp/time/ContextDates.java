package org.annals.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * Dates the text gives only by its context (session 22, h97), passes run after every other rule:
 * <ul>
 *   <li>a hedged event ("witnesses said the guards may have beaten the prisoners", "the ministry
 *       would weigh sanctions") still left with the publication fallback is, like a present report
 *       (docs/TIME.md step 13), told as known before the report, not dated to its day: {@code before D}
 *       ({@value #SPECULATIVE_RULE});</li>
 *   <li>"at the time" ({@value #AT_THE_TIME_RULE}): the time the narrative last set — the first time
 *       phrase of the main clause (else the last of any clause) of the nearest of the two sentences
 *       before that has one ("On March 4 the council was dissolved. At the time, the mayor called for
 *       calm" → March 4), not the indefinite past SUTime reads;</li>
 *   <li>"a few days later" ({@value #SOME_LATER_RULE}): the month of the latest event told before
 *       with a day of its own;</li>
 *   <li>"following the vote" ({@value #FOLLOWING_RULE}): the day an earlier sentence gave the
 *       occasion.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class ContextDates {
  static final String SPECULATIVE_RULE = "time:before-publication:speculative";
  static final String AT_THE_TIME_RULE = "time:anchor:at-the-time";
  static final String SOME_LATER_RULE = "time:anchor:some-days-later:approximate";
  static final String FOLLOWING_RULE = "time:anchor:following:";
  private static final String FALLBACK = TimeAnchor.FALLBACK_RULE;
  /** How many sentences back "at the time" looks for the time it refers to. */
  private static final int AT_THE_TIME_SENTENCES = 2;

  private ContextDates() {}

  static List<CodedEvent> apply(TimeAnchor.Doc doc, List<CodedEvent> events) {
    if (doc.published() == null) {
      return events;
    }
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      Optional<Sentence> s = doc.sentenceAt(TimeAnchor.triggerStart(e));
      Optional<EventDate> context = s.isEmpty() ? Optional.empty() : atTheTime(doc, s.get(), e)
          .or(() -> someDaysLater(doc, s.get(), e, out)).or(() -> following(doc, s.get(), e));
      out.add(e.withDate(context.orElseGet(() -> hedged(doc, e))));
    }
    return out;
  }

  private static EventDate hedged(TimeAnchor.Doc doc, CodedEvent e) {
    return FALLBACK.equals(e.date().rule()) && e.modality() == Modality.SPECULATIVE
        ? new EventDate(EventDates.before(doc.published()), Precision.UNKNOWN, DateBasis.PUBLICATION, null,
            SPECULATIVE_RULE)
        : e.date();
  }

  /**
   * An event with no day of its own (the publication fallback, {@code before D}, SUTime's past
   * reference) whose clause says "at the time" or "at that time" (not "at the time of/when …").
   */
  private static Optional<EventDate> atTheTime(TimeAnchor.Doc doc, Sentence s, CodedEvent e) {
    if (!undated(e.date())) {
      return Optional.empty();
    }
    int phrase = phrase(s);
    if (phrase < 0 || !Clause.of(s, TimeAnchor.triggerHead(s, e)).contains(phrase + 2)) {
      return Optional.empty();
    }
    List<Token> tokens = s.tokens();
    Span expr = new Span(tokens.get(phrase).start(), tokens.get(phrase + 2).end());
    List<Sentence> all = doc.annotated().sentences();
    for (int back = 1; back <= AT_THE_TIME_SENTENCES && s.index() - back >= 0; back++) {
      Optional<EventDate> set = lastVerbTime(doc, all.get(s.index() - back));
      if (set.isPresent()) {
        EventDate d = set.get();
        return Optional.of(new EventDate(d.value(), d.precision(), DateBasis.ANCHORED_TO_EVENT, expr,
            AT_THE_TIME_RULE));
      }
    }
    return Optional.empty();
  }

  /**
   * "A few days later, the ministry said …", "several weeks earlier": an uncounted span from the
   * events told before is of the month of the latest of them dated to the day by its own phrase
   * ({@value #SOME_LATER_RULE}, precision month, as "about two days later").
   */
  private static Optional<EventDate> someDaysLater(TimeAnchor.Doc doc, Sentence s, CodedEvent e,
      List<CodedEvent> earlier) {
    if (!undated(e.date())) {
      return Optional.empty();
    }
    List<Token> t = s.tokens();
    Clause c = Clause.of(s, TimeAnchor.triggerHead(s, e));
    for (int i = 1; i < t.size(); i++) {
      String link = lower(t.get(i));
      if ((link.equals("later") || link.equals("earlier")) && spanBefore(t, i) >= 0 && inClauses(c, i)) {
        Span expr = new Span(t.get(spanBefore(t, i)).start(), t.get(i).end());
        return latestOwnDay(earlier).map(d -> new EventDate(d.value().substring(0, 7), Precision.MONTH,
            DateBasis.ANCHORED_TO_EVENT, expr, SOME_LATER_RULE));
      }
    }
    return Optional.empty();
  }

  /** Whether the token lies in the clause or a clause it is the complement or participle of. */
  private static boolean inClauses(Clause c, int token) {
    for (Optional<Clause> k = Optional.of(c); k.isPresent(); k = k.get().outer()) {
      if (k.get().contains(token)) {
        return true;
      }
    }
    return false;
  }

  /** The first token of "a few days" (an uncounted span) just before token {@code link}, or -1. */
  private static int spanBefore(List<Token> t, int link) {
    for (int from = Math.max(0, link - 4); from < link; from++) {
      StringBuilder b = new StringBuilder();
      for (int k = from; k <= link; k++) {
        b.append(k > from ? " " : "").append(t.get(k).word());
      }
      if (VagueMentions.SOME_LATER.matcher(b.toString()).matches()) {
        return from;
      }
    }
    return -1;
  }

  private static Optional<EventDate> latestOwnDay(List<CodedEvent> earlier) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      EventDate d = earlier.get(i).date();
      if (d != null && d.precision() == Precision.DAY && d.value() != null && d.basis() != DateBasis.PUBLICATION) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * "Following the vote, a spokeswoman said …": a past-tense event with no time of its own whose
   * clause (or a clause it is the complement or trailing participle of) follows a definite occasion ("after/following the vote") the article dated to a day before
   * (the word, noun or verb, in an earlier sentence's clause with a calendar day, {@link Antecedents})
   * is of that day ({@value #FOLLOWING_RULE}).
   */
  private static Optional<EventDate> following(TimeAnchor.Doc doc, Sentence s, CodedEvent e) {
    if (!Narrative.PAST_RULE.equals(e.date().rule())) {
      return Optional.empty();
    }
    Clause own = Clause.of(s, TimeAnchor.triggerHead(s, e));
    for (Optional<Clause> c = Optional.of(own); c.isPresent(); c = c.get().outer()) {
      for (int h : c.get().heads()) {
        for (org.annals.model.Dependency d : s.dependentsOf(h)) {
          int noun = occasion(s, d);
          Optional<EventDate> day = noun < 0 ? Optional.empty()
              : Antecedents.named(doc, s, noun, FOLLOWING_RULE);
          if (day.isPresent()) {
            return day;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The noun of "after the vote" / "following the vote" attached to a clause head, or -1. */
  private static int occasion(Sentence s, org.annals.model.Dependency d) {
    if (d.relation().equals("obl:after") || d.relation().equals("obl:following")) {
      return d.dependent();
    }
    Token t = s.tokens().get(d.dependent());
    if (d.relation().startsWith("advcl") && lower(t).equals("following")) {
      return s.dependentsOf(d.dependent()).stream().filter(x -> x.relation().equals("obj"))
          .map(org.annals.model.Dependency::dependent).findFirst().orElse(-1);
    }
    return -1;
  }

  private static boolean undated(EventDate d) {
    return d.rule() != null && (d.rule().equals(FALLBACK) || d.rule().endsWith(":past-ref")
        || d.rule().startsWith("time:before-publication:"));
  }

  /** The first token of "at the/that time" not followed by "of", "when" or "that", or -1. */
  private static int phrase(Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 0; i + 2 < t.size(); i++) {
      String next = i + 3 < t.size() ? lower(t.get(i + 3)) : "";
      if (lower(t.get(i)).equals("at") && (lower(t.get(i + 1)).equals("the") || lower(t.get(i + 1)).equals("that"))
          && lower(t.get(i + 2)).equals("time") && !next.equals("of") && !next.equals("when")
          && !next.equals("that")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The time phrase of a sentence that modifies a verb ("was extended on December 14", "dropped
   * out in early March", not "the contests of Super Tuesday, March 3") and gives a day, week or month:
   * the first of the main clause (the root verb or a conjunct of it), else the last of any clause.
   */
  private static Optional<EventDate> lastVerbTime(TimeAnchor.Doc doc, Sentence s) {
    Optional<EventDate> last = Optional.empty();
    Optional<EventDate> main = Optional.empty();
    for (TimeMention m : doc.in(s)) {
      Optional<EventDate> d = EventDates.of(m, doc.published())
          .filter(x -> x.precision() == Precision.DAY || x.precision() == Precision.WEEK
              || x.precision() == Precision.MONTH);
      int verb = verbOf(s, m);
      if (d.isPresent() && verb >= 0) {
        last = d;
        main = main.isEmpty() && mainClause(s, verb) ? d : main;
      }
    }
    return main.isPresent() ? main : last;
  }

  /** The verb a time phrase modifies, or -1 when it hangs from a noun. */
  private static int verbOf(Sentence s, TimeMention m) {
    for (int t = m.firstToken(); t <= m.lastToken(); t++) {
      Optional<Integer> gov = s.headOf(t).filter(d -> !d.isRoot()).map(d -> d.governor());
      if (gov.isPresent() && (gov.get() < m.firstToken() || gov.get() > m.lastToken())) {
        return s.tokens().get(gov.get()).isVerb() ? gov.get() : -1;
      }
    }
    return -1;
  }

  private static boolean mainClause(Sentence s, int verb) {
    Optional<org.annals.model.Dependency> up = s.headOf(verb);
    return up.isEmpty() || up.get().isRoot() || up.get().relation().startsWith("conj")
        && s.headOf(up.get().governor()).map(org.annals.model.Dependency::isRoot).orElse(false);
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
