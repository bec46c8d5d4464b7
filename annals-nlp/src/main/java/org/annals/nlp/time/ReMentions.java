package org.annals.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * One event told twice in wire copy (issue 13, session 27), a pass after every other rule, for an
 * asserted or negated event still left with no day ({@code before D} or the publication fallback):
 * <ul>
 *   <li><b>told again later</b> ({@value #LATER_RULE}<i>word</i>): the lead tells the act without a
 *       day ("Car bombings at two police stations wrecked offices") and a later sentence, within
 *       {@value #LATER_SENTENCES}, gives the same word, with a definite determiner, as the subject of
 *       a verb of occurrence (list {@code occurrence-verb}: "The bombings occurred minutes apart on
 *       Thursday", "The raid took place late on Tuesday") in a clause with a calendar day: that day;</li>
 *   <li><b>named again</b> ({@value #AGAIN_RULE}<i>word</i>): the event is a noun with a definite
 *       determiner, singular or plural ("The bombing killed 12 people", "the bombings"), and an
 *       earlier sentence uses the same word in a clause with a calendar day of its own ("the June 3
 *       bombing", "bombed two hotels on June 10"): that day. "Another bombing", "new attacks",
 *       "further strikes" have no definite determiner and are new events.</li>
 * </ul>
 * The same word: the same lemma, or a verb and its gerund noun ("bombed" … "the bombing").
 *
 * <p>Stateless and thread-safe.
 */
final class ReMentions {
  static final String LATER_RULE = "time:anchor:told-later:";
  static final String AGAIN_RULE = "time:anchor:named-again:";
  /** How many sentences after the event a verb of occurrence may date it. */
  static final int LATER_SENTENCES = 3;
  private static final Set<String> OCCURRENCE = TimeWords.get("occurrence-verb");
  private static final Set<String> DEFINITE = TimeWords.get("definite");
  private static final String FALLBACK = TimeAnchor.FALLBACK_RULE;
  private static final Pattern NAMED_DAY = Pattern.compile(
      "(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d");

  private ReMentions() {}

  static List<CodedEvent> apply(TimeAnchor.Doc doc, List<CodedEvent> events) {
    if (doc.published() == null) {
      return events;
    }
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      Optional<Sentence> s = doc.sentenceAt(TimeAnchor.triggerStart(e));
      if (s.isEmpty() || !undated(e)) {
        out.add(e);
        continue;
      }
      int head = TimeAnchor.triggerHead(s.get(), e);
      Optional<EventDate> d = toldLater(doc, s.get(), head).or(() -> namedAgain(doc, s.get(), head));
      out.add(d.map(e::withDate).orElse(e));
    }
    return out;
  }

  private static boolean undated(CodedEvent e) {
    EventDate d = e.date();
    return d != null && d.rule() != null && (e.modality() == Modality.ASSERTED || e.modality() == Modality.NEGATED)
        && (d.rule().equals(FALLBACK) || d.value() != null && d.value().startsWith("before "))
        && !d.rule().endsWith(":perfect") && !d.rule().endsWith(":pluperfect");
  }

  private static Optional<EventDate> toldLater(TimeAnchor.Doc doc, Sentence s, int head) {
    String lemma = lemma(s.tokens().get(head));
    List<Sentence> all = doc.annotated().sentences();
    int at = all.indexOf(s);
    for (int i = at + 1; i < all.size() && i <= at + LATER_SENTENCES; i++) {
      Sentence p = all.get(i);
      for (int t = 0; t < p.tokens().size(); t++) {
        Token n = p.tokens().get(t);
        if (n.pos().startsWith("NN") && sameWord(lemma, lemma(n)) && definite(p, t) && occurrenceSubject(p, t)) {
          Optional<EventDate> day = dayOf(doc, p, t);
          if (day.isPresent()) {
            return day.map(x -> rebased(x, LATER_RULE + lemma(n)));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<EventDate> namedAgain(TimeAnchor.Doc doc, Sentence s, int head) {
    Token n = s.tokens().get(head);
    if (!n.pos().startsWith("NN") || n.pos().startsWith("NNP") || !definite(s, head)) {
      return Optional.empty();
    }
    String lemma = lemma(n);
    List<Sentence> all = doc.annotated().sentences();
    for (int i = all.indexOf(s) - 1; i >= 0; i--) {
      Sentence p = all.get(i);
      for (int t = p.tokens().size() - 1; t >= 0; t--) {
        if (sameWord(lemma, lemma(p.tokens().get(t)))) {
          Optional<EventDate> day = dayOf(doc, p, t);
          if (day.isPresent()) {
            return day.map(x -> rebased(x, AGAIN_RULE + lemma));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The calendar day a time mention of the word's own clause gives: a date, or a clock time that
   * names its day ("at about noon on Friday", "Wednesday morning"), not a bare "18:00".
   */
  private static Optional<EventDate> dayOf(TimeAnchor.Doc doc, Sentence p, int t) {
    Clause c = Clause.of(p, t);
    for (TimeMention m : doc.in(p)) {
      boolean day = m.timex().type().equals("DATE")
          || m.timex().type().equals("TIME") && NAMED_DAY.matcher(m.timex().text()).find();
      if (day && (c.contains(m.firstToken()) || c.contains(m.lastToken()))) {
        Optional<EventDate> d = EventDates.of(m, doc.published()).filter(x -> x.precision() == Precision.DAY)
            .map(x -> OwnPhrases.weekdayPast(x, doc.annotated().text(), doc.published(), Modality.ASSERTED));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static EventDate rebased(EventDate x, String rule) {
    return new EventDate(x.value(), x.precision(), DateBasis.ANCHORED_TO_EVENT, x.expression(), rule);
  }

  /** "The bombings occurred", "the raid took place", "the bomb went off". */
  private static boolean occurrenceSubject(Sentence p, int noun) {
    Optional<Dependency> h = p.headOf(noun);
    if (h.isEmpty() || h.get().isRoot() || !h.get().relation().equals("nsubj")) {
      return false;
    }
    int verb = h.get().governor();
    String v = lemma(p.tokens().get(verb));
    if (!OCCURRENCE.contains(v)) {
      return false;
    }
    return switch (v) {
      case "take" -> p.dependentsOf(verb).stream().anyMatch(d -> lemma(p.tokens().get(d.dependent())).equals("place"));
      case "go" -> p.dependentsOf(verb).stream().anyMatch(d -> lemma(p.tokens().get(d.dependent())).equals("off"));
      default -> true;
    };
  }

  private static boolean sameWord(String a, String b) {
    return a.equals(b) || (a + "ing").equals(b) || (b + "ing").equals(a);
  }

  private static boolean definite(Sentence s, int noun) {
    return s.dependentsOf(noun).stream().anyMatch(d -> d.relation().equals("det")
        && DEFINITE.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
