package org.annals.nlp.time;

import java.time.Period;
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
import org.annals.model.Token;

/**
 * Dates across a clause's "before"/"after" clause and its own nouns (issue 13):
 *
 * <ul>
 *   <li><b>A close clause</b> ({@code time:near-clause}): "Hours before the talks collapsed on
 *       Tuesday, rebels shelled the airport", "Shortly after the envoy arrived on Monday, the
 *       government expelled …": an event with no time of its own whose clause has a before/after
 *       clause with a day and a closeness word (list {@code close-sequence} of time-words.tsv, or a
 *       duration of hours or minutes) is of that day; "two days after the president returned on
 *       Monday" shifts it by the days.
 *   <li><b>A sequenced clause</b> ({@code time:before-publication:sequenced}): "After the president
 *       fired his deputy, the army moved on May 4": an event in a clause opened by a conjunction of
 *       the list {@code sequence-mark} (after, before, since, until, once) happened at another time
 *       than its main clause, so it does not take the main clause's date; told in the past it is
 *       {@code before D}. With a closeness word ("shortly after …") it keeps the main clause's day.
 *   <li><b>A noun's own time</b>: "asked him for help in the 2020 election", "ahead of the March
 *       vote": a time phrase that modifies a noun other than a time word dates that noun, not the
 *       clause it stands in.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class NearClauses {
  static final String NEAR_RULE = "time:near-clause";
  static final String SEQUENCED_RULE = "time:before-publication:sequenced";
  private static final Set<String> CLOSE = TimeWords.get("close-sequence");
  private static final Set<String> MARKS = TimeWords.get("sequence-mark");
  private static final Set<String> OCCASIONS = TimeWords.get("occasion-noun");
  private static final Set<String> OCCASION_LINKS = TimeWords.get("occasion-preposition");
  private static final Set<String> NOUN_MODIFIER = Set.of("nummod", "compound", "amod", "nmod:poss");
  private static final Set<String> TIME_NOUNS = Set.of("year", "month", "week", "day", "season", "quarter",
      "period", "decade", "century", "time", "date", "morning", "afternoon", "evening", "night", "weekend");

  private NearClauses() {}

  /** The day of a close before/after clause of the event's clause, shifted by its days, if any. */
  static Optional<EventDate> of(TimeAnchor.Doc doc, Sentence s, Clause own) {
    for (int h : own.heads()) {
      for (Dependency d : s.dependentsOf(h)) {
        Optional<String> link = link(s, d);
        if (link.isPresent()) {
          Optional<Period> gap = closeness(doc, s, d.dependent());
          Optional<EventDate> day = gap.flatMap(p -> dayOf(doc, s, d.dependent())
              .flatMap(x -> TimeAnchor.shifted(x, p, link.get().equals("after"), x.expression(), NEAR_RULE)));
          if (day.isPresent()) {
            return day.map(x -> new EventDate(x.value(), x.precision(), DateBasis.RELATIVE, x.expression(),
                x.rule()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** "after"/"before" when {@code d} attaches a before/after clause (or a duration before one). */
  private static Optional<String> link(Sentence s, Dependency d) {
    String rel = d.relation();
    if (rel.equals("advcl:after") || rel.equals("obl:after")) {
      return Optional.of("after");
    }
    if (rel.equals("advcl:before") || rel.equals("obl:before")) {
      return Optional.of("before");
    }
    if (rel.equals("advcl")) {
      return s.dependentsOf(d.dependent()).stream().filter(x -> x.relation().equals("mark"))
          .map(x -> s.tokens().get(x.dependent()).word().toLowerCase(Locale.ROOT))
          .filter(w -> w.equals("after") || w.equals("before")).findFirst();
    }
    return Optional.empty();
  }

  /**
   * How far the clause at {@code head} lies from the one it modifies: none for a closeness word
   * or a duration of hours or minutes, N days for "N days"; empty when it does not say.
   */
  private static Optional<Period> closeness(TimeAnchor.Doc doc, Sentence s, int head) {
    Optional<Period> own = near(doc, s, head);
    if (own.isPresent()) {
      return own;
    }
    for (Dependency d : s.dependentsOf(head)) {
      if (!d.relation().matches("mark|case|nsubj.*|obj|punct")) {
        Optional<Period> p = near(doc, s, d.dependent());
        if (p.isPresent()) {
          return p;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Period> near(TimeAnchor.Doc doc, Sentence s, int t) {
    Optional<TimeMention> m = doc.covering(s, t);
    if (m.isPresent() && "DURATION".equals(m.get().timex().type())) {
      String v = m.get().value() == null ? "" : m.get().value();
      if (v.startsWith("PT")) {
        return Optional.of(Period.ZERO);
      }
      return EventDates.period(v).filter(p -> p.getDays() > 0 && p.getMonths() == 0 && p.getYears() == 0);
    }
    String w = s.tokens().get(t).word().toLowerCase(Locale.ROOT);
    return CLOSE.contains(w) ? Optional.of(Period.ZERO) : Optional.empty();
  }

  /** The day of a time mention inside the clause at {@code head}, or of a clause hanging from a duration noun. */
  private static Optional<EventDate> dayOf(TimeAnchor.Doc doc, Sentence s, int head) {
    if (s.tokens().get(head).isVerb()) {
      return mentionIn(doc, s, Clause.of(s, head));
    }
    for (Dependency d : s.dependentsOf(head)) {
      if (d.relation().matches("dep|acl.*|advcl.*") && s.tokens().get(d.dependent()).isVerb()) {
        Optional<EventDate> sub = mentionIn(doc, s, Clause.of(s, d.dependent()));
        if (sub.isPresent()) {
          return sub;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<EventDate> mentionIn(TimeAnchor.Doc doc, Sentence s, Clause c) {
    for (TimeMention m : doc.in(s)) {
      if (c.contains(m.firstToken()) || c.contains(m.lastToken())) {
        Optional<EventDate> d = EventDates.of(m, doc.published()).filter(x -> x.precision() == Precision.DAY)
            .map(x -> OwnPhrases.weekdayPast(x, doc.annotated().text(), doc.published(), Modality.ASSERTED));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the clause {@code inner} is a before/after/since/until/once clause of the clause above
   * it with no closeness word: it then tells an event of another time than the clause above.
   */
  static boolean sequenced(Sentence s, Clause inner) {
    Optional<Dependency> up = s.headOf(inner.head());
    if (up.isEmpty() || up.get().isRoot() || !up.get().relation().startsWith("advcl")) {
      return false;
    }
    String rel = up.get().relation();
    boolean marked = rel.contains(":") ? MARKS.contains(rel.substring(rel.indexOf(':') + 1))
        : s.dependentsOf(inner.head()).stream().anyMatch(x -> x.relation().equals("mark")
            && MARKS.contains(s.tokens().get(x.dependent()).word().toLowerCase(Locale.ROOT)));
    return marked && s.dependentsOf(inner.head()).stream()
        .noneMatch(x -> CLOSE.contains(s.tokens().get(x.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  /** A sequenced event told in the past: {@code before D}; other events keep the fallback. */
  static Optional<EventDate> sequencedDate(TimeAnchor.Doc doc, Sentence s, Clause own, CodedEvent e) {
    if (doc.published() == null || !(e.modality() == Modality.ASSERTED || e.modality() == Modality.NEGATED)
        || !Narrative.pastTense(s, own.head()) && !own.perfect()) {
      return Optional.empty();
    }
    return Optional.of(new EventDate(EventDates.before(doc.published()), Precision.UNKNOWN, DateBasis.PUBLICATION,
        null, SEQUENCED_RULE));
  }

  /**
   * "in the 2020 election", "the March vote": a mention whose head word modifies a common noun that
   * is not a time word and not the event's own trigger ("last week's protests" dates the protests),
   * or a name the year is part of ("the 2025 Presidential Election", {@link NameYears}).
   */
  static boolean modifiesNoun(Sentence s, TimeMention m, int trigger) {
    if (Calendar.weekday(m.timex().text()).isPresent()) {
      return false; // "on Sunday Presidents X and Y signed": a weekday the parser hangs from a name
    }
    return modified(s, m).filter(gov -> gov != trigger
        && !TIME_NOUNS.contains(s.tokens().get(gov).lemma().toLowerCase(Locale.ROOT))
        && (!s.tokens().get(gov).pos().startsWith("NNP") || NameYears.names(s, m))
        && !occasion(s, gov)).isPresent();
  }


  /**
   * "In a January 9 letter, the senator asked …", "urged them to leave in its March 2 advisory",
   * "at Tuesday's briefing": a message or meeting (list {@code occasion-noun}) the act was done in,
   * at or through (list {@code occasion-preposition}) shares the act's time, so its time phrase dates
   * the clause. "replied to the January 9 letter" keeps the letter's own date apart.
   */
  /**
   * "urged its citizens to leave in its March 2 advisory": the parser hangs the occasion from the
   * complement's verb; it is still where the urging was done, so its time phrase dates the clause.
   */
  static Optional<EventDate> occasionOfComplement(TimeAnchor.Doc doc, Sentence s, Clause c) {
    for (TimeMention m : doc.in(s)) {
      Optional<Integer> noun = modified(s, m).filter(n -> occasion(s, n));
      Optional<Integer> verb = noun.flatMap(s::headOf).map(Dependency::governor);
      boolean complement = verb.flatMap(s::headOf)
          .filter(d -> d.relation().equals("xcomp") && c.heads().contains(d.governor())).isPresent();
      if (complement) {
        Optional<EventDate> d = EventDates.of(m, doc.published());
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "In a speech broadcast on Monday, he accused …", "at a briefing held on Tuesday": a message or
   * meeting the act is done in (an occasion, as above) whose participle carries a time phrase shares
   * the act's time.
   */
  static Optional<EventDate> occasionParticiple(TimeAnchor.Doc doc, Sentence s, Clause c) {
    for (int h : c.heads()) {
      for (Dependency d : s.dependentsOf(h)) {
        if (!d.relation().startsWith("obl:") || !occasion(s, d.dependent())) {
          continue;
        }
        for (Dependency p : s.dependentsOf(d.dependent())) {
          String pos = s.tokens().get(p.dependent()).pos();
          if (!p.relation().startsWith("acl") || p.relation().equals("acl:relcl")
              || !(pos.equals("VBN") || pos.equals("VBG"))) {
            continue;
          }
          for (TimeMention m : doc.in(s)) {
            boolean onIt = s.headOf(m.lastToken()).filter(x -> x.governor() == p.dependent()).isPresent()
                || s.headOf(m.firstToken()).filter(x -> x.governor() == p.dependent()).isPresent();
            Optional<EventDate> date = onIt ? EventDates.of(m, doc.published()) : Optional.empty();
            if (date.isPresent()) {
              return date;
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** "during his June 3 speech": the date of a time phrase that modifies the noun itself. */
  static Optional<EventDate> ownTime(TimeAnchor.Doc doc, Sentence s, int noun) {
    return doc.in(s).stream().filter(m -> modified(s, m).filter(n -> n == noun).isPresent())
        .map(m -> EventDates.of(m, doc.published())).flatMap(Optional::stream).findFirst();
  }

  /** The noun outside the mention its head word modifies, if any. */
  private static Optional<Integer> modified(Sentence s, TimeMention m) {
    for (int t = m.firstToken(); t <= m.lastToken(); t++) {
      Optional<Dependency> up = s.headOf(t);
      if (up.isPresent() && !up.get().isRoot()
          && (up.get().governor() < m.firstToken() || up.get().governor() > m.lastToken())) {
        return NOUN_MODIFIER.contains(up.get().relation()) && s.tokens().get(up.get().governor()).isNoun()
            ? Optional.of(up.get().governor()) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean occasion(Sentence s, int noun) {
    if (!OCCASIONS.contains(s.tokens().get(noun).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return s.headOf(noun).map(Dependency::relation).filter(r -> r.startsWith("obl:") || r.startsWith("nmod:"))
        .map(r -> r.substring(r.indexOf(':') + 1)).filter(OCCASION_LINKS::contains).isPresent();
  }
}
