package org.annals.nlp.time;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * Dates anchored to other events: "during the conversation" (the date of the call it refers to),
 * "X comes two days after Y" (Y = X's date − 2 days), "two days later/earlier" (the latest dated
 * event ± 2 days). Stateless and thread-safe.
 */
final class Anchors {
  private static final Set<String> LINKS = Set.of("after", "before", "later", "earlier");
  private static final Set<String> APPROXIMATE = TimeWords.get("approximate");
  private static final Set<String> DEFINITE = TimeWords.get("definite");
  private static final Set<String> DAY_AFTER = TimeWords.get("day-after");
  private static final Set<String> DAY_BEFORE = TimeWords.get("day-before");
  private static final Set<String> SAME_DAY = TimeWords.get("same-day");
  /** Modifiers that make an event noun mean the latest such event by date ("the latest call"). */
  private static final Set<String> LATEST = Set.of("latest", "last", "newest", "recent", "current");

  private Anchors() {}

  /** An "N days after/before/later/earlier" anchoring of the event at {@code trigger}, if any. */
  static Optional<EventDate> relative(TimeAnchor.Doc doc, Sentence s, int trigger, List<CodedEvent> earlier) {
    Optional<EventDate> same = sameDay(doc, s, trigger, earlier);
    if (same.isPresent()) {
      return same;
    }
    for (TimeMention m : doc.in(s)) {
      Optional<EventDate> adjacent = adjacentDay(doc, s, m, trigger, earlier);
      if (adjacent.isPresent()) {
        return adjacent;
      }
      Optional<EventDate> counted = counted(doc, s, m, trigger, earlier);
      if (counted.isPresent()) {
        return counted;
      }
      Optional<Period> p = EventDates.period(m.value());
      int next = m.lastToken() + 1;
      if (p.isEmpty() || next >= s.tokens().size()) {
        continue;
      }
      String link = s.tokens().get(next).word().toLowerCase(Locale.ROOT);
      if (!LINKS.contains(link)) {
        continue;
      }
      Span expr = new Span(m.timex().start(), s.tokens().get(next).end());
      boolean later = link.equals("later");
      Optional<EventDate> d = later || link.equals("earlier")
          ? narrative(s, m, trigger, p.get(), later, expr, earlier, later ? "time:anchor:n-later" : "time:anchor:n-earlier")
          : subordinate(s, m, next, trigger, p.get(), link.equals("before"), expr, earlier)
              .or(() -> afterNoun(doc, s, m, next, trigger, p.get(), link.equals("before"), earlier));
      if (d.isPresent()) {
        return approximate(s, m) ? d.map(Anchors::monthOnly) : d;
      }
    }
    return Optional.empty();
  }

  /**
   * "Two days later, the rebels freed …": a counted span SUTime tags together with its
   * later/earlier and counts from the publication date ({@link StoryShifts}), in the trigger's clause.
   */
  private static Optional<EventDate> counted(TimeAnchor.Doc doc, Sentence s, TimeMention m, int trigger,
      List<CodedEvent> earlier) {
    return StoryShifts.of(s, m).filter(x -> x.rule().startsWith("time:anchor:n-"))
        .flatMap(x -> narrative(s, m, trigger, x.period(), x.later(), m.timex().span(), earlier, x.rule()))
        .map(d -> approximate(s, m) && d.precision() == Precision.DAY ? monthOnly(d) : d);
  }

  /**
   * A story phrase ({@link StoryShifts}: "the next day", "two days later") that dated the event from
   * outside its clause (a by-gerund, a later conjunct, a sentence opener), which SUTime counted from the
   * publication date: the date an earlier event of the sentence took from the same phrase (rule suffix
   * {@code :same-phrase}), else the latest event dated to the day, shifted (suffix {@code :outer-clause});
   * with no such day, an asserted or negated event is {@code before D}.
   */
  static Optional<EventDate> reanchor(TimeAnchor.Doc doc, EventDate d, Modality modality, List<CodedEvent> earlier) {
    if (d == null || d.expression() == null || d.rule() == null || d.rule().startsWith("time:anchor:")) {
      return Optional.empty();
    }
    int start = d.expression().start();
    Optional<Sentence> s = doc.sentenceAt(start);
    Optional<TimeMention> m = s.flatMap(x -> doc.in(x).stream().filter(y -> y.timex().start() == start).findFirst());
    Optional<StoryShifts.Shift> shift = m.flatMap(y -> StoryShifts.of(s.get(), y));
    if (shift.isEmpty()) {
      return Optional.empty();
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      EventDate e = earlier.get(i).date();
      if (e != null && e.expression() != null && e.expression().start() == start && e.rule() != null
          && e.rule().startsWith("time:anchor:")) {
        return Optional.of(new EventDate(e.value(), e.precision(), e.basis(), e.expression(),
            e.rule() + ":same-phrase"));
      }
    }
    StoryShifts.Shift x = shift.get();
    Optional<EventDate> shifted = fromLatestDay(earlier, x.period(), x.later(), d.expression(),
        x.rule() + ":outer-clause");
    // nothing told before to count from ("Hours later, Azerbaijan denied it"): an act told as done is
    // of some day before the report, not the day SUTime counted from the publication date
    boolean done = modality == Modality.ASSERTED || modality == Modality.NEGATED;
    return shifted.isPresent() || !done || doc.published() == null ? shifted
        : Optional.of(new EventDate(EventDates.before(doc.published()), Precision.UNKNOWN, DateBasis.PUBLICATION,
            d.expression(), "time:before-publication:unanchored-shift"));
  }

  /**
   * "approximately one week after", "about two days later": a duration preceded by a word of the
   * list {@code approximate} (time-words.tsv), or one SUTime marks approximate, gives no day.
   */
  private static boolean approximate(Sentence s, TimeMention m) {
    int before = m.firstToken() - 1;
    String first = s.tokens().get(m.firstToken()).word().toLowerCase(Locale.ROOT);
    return APPROXIMATE.contains(first)
        || before >= 0 && APPROXIMATE.contains(s.tokens().get(before).word().toLowerCase(Locale.ROOT));
  }

  /** The month of a day date (rule suffix {@code :approximate}). */
  private static EventDate monthOnly(EventDate d) {
    return new EventDate(d.value().substring(0, 7), Precision.MONTH, d.basis(), d.expression(),
        d.rule() + ":approximate");
  }

  /**
   * "the next day", "the following day", "the day after" (list {@code day-after}), "the previous
   * day", "the day before" (list {@code day-before}): one day after (before) the latest event told
   * with a day date, as "a day later/earlier" — SUTime counts them from the publication date.
   */
  private static Optional<EventDate> adjacentDay(TimeAnchor.Doc doc, Sentence s, TimeMention m, int trigger,
      List<CodedEvent> earlier) {
    List<String> words = new java.util.ArrayList<>();
    for (int t = m.firstToken(); t <= m.lastToken(); t++) {
      words.add(s.tokens().get(t).word().toLowerCase(Locale.ROOT));
    }
    if (words.size() != 3 || !words.get(0).equals("the")) {
      return Optional.empty();
    }
    boolean after = words.get(2).equals("day") && DAY_AFTER.contains(words.get(1))
        || words.get(1).equals("day") && words.get(2).equals("after");
    boolean before = words.get(2).equals("day") && DAY_BEFORE.contains(words.get(1))
        || words.get(1).equals("day") && words.get(2).equals("before");
    if (!after && !before) {
      return Optional.empty();
    }
    String rule = after ? "time:anchor:next-day" : "time:anchor:day-before";
    if (!Clause.of(s, trigger).contains(m.lastToken())) {
      return Optional.empty();
    }
    Optional<EventDate> sameSentence = dayBefore(doc, s, m)
        .flatMap(d -> TimeAnchor.shifted(d, Period.ofDays(1), after, m.timex().span(), rule + ":same-sentence"));
    return sameSentence.isPresent() ? sameSentence
        : narrative(s, m, trigger, Period.ofDays(1), after, m.timex().span(), earlier, rule);
  }

  /**
   * "On July 2 the mayor resigned, only to return the next day": the day a time phrase earlier in the
   * same sentence gives is the one "the next day" counts from (h97), before any event told earlier.
   */
  private static Optional<EventDate> dayBefore(TimeAnchor.Doc doc, Sentence s, TimeMention m) {
    Optional<EventDate> last = Optional.empty();
    for (TimeMention b : doc.in(s)) {
      if (b.lastToken() < m.firstToken()) {
        Optional<EventDate> d = EventDates.of(b, doc.published()).filter(x -> EventDates.day(x).isPresent());
        last = d.isPresent() ? d : last;
      }
    }
    return last;
  }

  /**
   * "the same day", "later that day", "that evening" (list {@code same-day}, words SUTime leaves
   * untagged or takes for the publication day) in the trigger's clause: the day of the latest event
   * told with a day date (rule {@code time:anchor:same-day}). Not when the clause has a time phrase
   * of its own beside them ("Tuesday, the same day that he left").
   */
  private static Optional<EventDate> sameDay(TimeAnchor.Doc doc, Sentence s, int trigger, List<CodedEvent> earlier) {
    List<Token> tokens = s.tokens();
    Clause clause = null; // the trigger's, found only once the words occur
    for (int first = 0; first < tokens.size(); first++) {
      for (int last = first + 1; last < Math.min(tokens.size(), first + 3); last++) {
        if (!SAME_DAY.contains(words(tokens, first, last))) {
          continue;
        }
        clause = clause == null ? Clause.of(s, trigger) : clause;
        if (clause.contains(last) && !ownPhraseBeside(doc, s, clause, first, last)) {
          Span expr = new Span(tokens.get(first).start(), tokens.get(last).end());
          return fromLatestDay(earlier, Period.ZERO, true, expr, "time:anchor:same-day");
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a time phrase of the clause lies outside tokens {@code first..last}. */
  private static boolean ownPhraseBeside(TimeAnchor.Doc doc, Sentence s, Clause clause, int first, int last) {
    return doc.in(s).stream().anyMatch(m -> clause.contains(m.lastToken())
        && (m.lastToken() < first || m.firstToken() > last));
  }

  private static String words(List<Token> tokens, int first, int last) {
    StringBuilder b = new StringBuilder();
    for (int t = first; t <= last; t++) {
      b.append(t > first ? " " : "").append(tokens.get(t).word().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  /**
   * "A day after the attack, the army retaliated", "signed it two days after the summit": a
   * duration before after/before whose object names an event ({@link EventNouns}) dates the clause
   * it modifies from that event's day; a noun of no event type ("36 minutes after the explosion") only
   * from the day an earlier sentence gave the same word ({@link Antecedents#named}). The event noun
   * itself is not dated by it.
   */
  private static Optional<EventDate> afterNoun(TimeAnchor.Doc doc, Sentence s, TimeMention m, int link, int trigger,
      Period p, boolean before, List<CodedEvent> earlier) {
    if (!Clause.of(s, trigger).contains(m.lastToken())) {
      return Optional.empty();
    }
    // the first noun after the preposition ("after the deadly attack"), wherever the parser hangs it
    int noun = -1;
    for (int t = link + 1; t < Math.min(s.tokens().size(), link + 4) && noun < 0; t++) {
      noun = s.tokens().get(t).pos().startsWith("NN") ? t : -1;
    }
    // "after the mass shooting": the head of a compound is its last noun
    while (noun >= 0 && noun + 1 < s.tokens().size() && s.tokens().get(noun + 1).pos().startsWith("NN")) {
      noun++;
    }
    if (noun < 0 || noun == trigger) {
      return Optional.empty();
    }
    Token n = s.tokens().get(noun);
    Span expr = new Span(m.timex().start(), n.end());
    String rule = "time:anchor:n-" + (before ? "before" : "after") + "-noun:" + n.lemma().toLowerCase(Locale.ROOT);
    // a noun of no coded event type ("36 minutes after the shooting") names only what an earlier sentence dated
    Optional<EventDate> coded = EventNouns.datedReferent(n.lemma(), latest(s, noun), earlier)
        .flatMap(ref -> TimeAnchor.shifted(ref.date(), p, !before, expr, rule));
    // no coded event of that name: the day an earlier sentence gives the word (Antecedents)
    return coded.isPresent() ? coded : Antecedents.named(doc, s, noun, "")
        .flatMap(d -> TimeAnchor.shifted(d, p, !before, expr, rule + ":antecedent"));
  }

  /** "two days later": relative to the latest event dated to the day before this one. */
  private static Optional<EventDate> narrative(Sentence s, TimeMention m, int trigger, Period p, boolean later,
      Span expr, List<CodedEvent> earlier, String rule) {
    if (!Clause.of(s, trigger).contains(m.lastToken())) {
      return Optional.empty();
    }
    return fromLatestDay(earlier, p, later, expr, rule);
  }

  /** The latest of {@code earlier} dated to a day, shifted by {@code p} (forward when {@code later}). */
  private static Optional<EventDate> fromLatestDay(List<CodedEvent> earlier, Period p, boolean later, Span expr,
      String rule) {
    if (p.getYears() > 0 || p.getMonths() > 0) {
      return fromLatestCoarse(earlier, p, later, expr, rule);
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      if (TimeAnchor.FALLBACK_RULE.equals(earlier.get(i).date().rule())) {
        continue; // the publication fallback is no day the story told
      }
      Optional<EventDate> d = TimeAnchor.shifted(earlier.get(i).date(), p, later, expr, rule);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * "Two years later", "a month later": the latest of {@code earlier} dated to a day, month or year,
   * shifted, at the precision of the span (a year for years, a month for months; a month span from a
   * year date gives none).
   */
  private static Optional<EventDate> fromLatestCoarse(List<CodedEvent> earlier, Period p, boolean later, Span expr,
      String rule) {
    boolean years = p.getMonths() == 0;
    for (int i = earlier.size() - 1; i >= 0; i--) {
      EventDate d = earlier.get(i).date();
      if (d == null || d.value() == null || TimeAnchor.FALLBACK_RULE.equals(d.rule())
          || !d.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
        continue;
      }
      if (d.value().length() == 4 && !years) {
        return Optional.empty();
      }
      java.time.LocalDate from = java.time.LocalDate.parse(d.value().length() == 4 ? d.value() + "-01-01"
          : d.value().length() == 7 ? d.value() + "-01" : d.value());
      java.time.LocalDate to = later ? from.plus(p) : from.minus(p);
      return Optional.of(years
          ? new EventDate(String.valueOf(to.getYear()), Precision.YEAR, DateBasis.ANCHORED_TO_EVENT, expr, rule)
          : new EventDate(to.toString().substring(0, 7), Precision.MONTH, DateBasis.ANCHORED_TO_EVENT, expr, rule));
    }
    return Optional.empty();
  }

  /** "X comes two days after [event]": the event is X's date minus the period. */
  private static Optional<EventDate> subordinate(Sentence s, TimeMention m, int link, int trigger, Period p,
      boolean before, Span expr, List<CodedEvent> earlier) {
    if (trigger <= link) {
      return Optional.empty();
    }
    for (int verb : mainVerbs(s, m)) {
      for (Dependency d : s.dependentsOf(verb)) {
        Token subject = s.tokens().get(d.dependent());
        if (d.relation().startsWith("nsubj") && EventNouns.refersToEvent(subject.lemma())) {
          return EventNouns.datedReferent(subject.lemma(), latest(s, d.dependent()), earlier)
              .flatMap(ref -> TimeAnchor.shifted(ref.date(), p, before, expr,
                  "time:anchor:n-" + (before ? "before" : "after") + ":" + subject.lemma()));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the event noun carries "latest"/"last"/"most recent" (it then means the latest by date). */
  private static boolean latest(Sentence s, int noun) {
    return s.dependentsOf(noun).stream().anyMatch(d -> d.relation().equals("amod")
        && LATEST.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  /** The verb the duration modifies by the parse, else the nearest verb before it ("comes"). */
  private static List<Integer> mainVerbs(Sentence s, TimeMention m) {
    List<Integer> out = new java.util.ArrayList<>();
    for (int t = m.firstToken(); t <= m.lastToken(); t++) {
      s.headOf(t).filter(d -> !d.isRoot() && s.tokens().get(d.governor()).isVerb())
          .ifPresent(d -> out.add(d.governor()));
    }
    for (int t = m.firstToken() - 1; t >= 0; t--) {
      if (s.tokens().get(t).isVerb()) {
        out.add(t);
        break;
      }
    }
    return out;
  }

  /** "During the conversation": the date of the event the noun refers to. */
  static Optional<EventDate> during(Sentence s, int noun, List<CodedEvent> earlier) {
    return referred(s, noun, earlier, "time:anchor:during:");
  }

  /**
   * "The protest began outside parliament", "blamed Iran for the attack": an event told by a
   * singular noun with a definite determiner (list {@code definite} of time-words.tsv: the, this,
   * that) that names an earlier event of the article ({@link EventNouns}) is that event, and takes
   * its date. A plural ("the protests") names a series, not the one event told before.
   */
  static Optional<EventDate> refersBack(Sentence s, int noun, List<CodedEvent> earlier) {
    Token n = s.tokens().get(noun);
    boolean definite = (n.pos().equals("NN") || n.pos().equals("NNP")) && s.dependentsOf(noun).stream()
        .anyMatch(d -> d.relation().equals("det")
            && DEFINITE.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
    return definite ? referred(s, noun, earlier, "time:anchor:refers-back:") : Optional.empty();
  }

  private static Optional<EventDate> referred(Sentence s, int noun, List<CodedEvent> earlier, String rule) {
    Token n = s.tokens().get(noun);
    int start = n.start();
    for (Dependency d : s.dependentsOf(noun)) {
      if (d.relation().matches("det|amod|compound|case")) {
        start = Math.min(start, s.tokens().get(d.dependent()).start());
      }
    }
    Span span = new Span(start, n.end());
    return EventNouns.referent(n.lemma(), earlier)
        .filter(ref -> ref.date() != null && ref.date().value() != null)
        .map(ref -> new EventDate(ref.date().value(), ref.date().precision(), DateBasis.ANCHORED_TO_EVENT, span,
            rule + n.lemma().toLowerCase(Locale.ROOT)));
  }
}
