package org.annals.nlp.time;

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
import org.annals.model.Token;

/**
 * "During the hearing" refers back to an occasion the article dated before (issue 13): "A
 * committee hearing was held on March 2. … The minister apologised during the hearing." An event
 * whose clause has a "during" noun with a definite determiner (list {@code definite} of
 * time-words.tsv) that is no event of the article ({@link EventNouns}), takes the date of the
 * nearest earlier sentence that uses the same word (noun or verb: "the vote" … "voted on Monday")
 * in a clause with a calendar day of its own (a date, not a clock time such as "18:00"): rule
 * {@code time:anchor:antecedent:<word>}, basis anchored-to-event. A plural ("during the protests")
 * names a series and does not refer back.
 *
 * <p>Stateless and thread-safe.
 */
final class Antecedents {
  static final String RULE = "time:anchor:antecedent:";
  static final String BOYCOTT_RULE = "time:anchor:boycotted:";
  private static final String BOYCOTT_MODE = "boycott";
  private static final Set<String> DEFINITE = TimeWords.get("definite");

  private Antecedents() {}

  static Optional<EventDate> during(TimeAnchor.Doc doc, Sentence s, int noun) {
    return referredDay(doc, s, noun, RULE);
  }

  /**
   * "The vote was boycotted by opposition deputies", "the opposition boycotted the ceremony": a
   * boycott is done at the occasion it names — a definite singular noun as its object or passive
   * subject — so the day an earlier sentence gives that occasion ("parliament voted on Tuesday")
   * dates it: rule {@code time:anchor:boycotted:<word>}. A plural ("boycotted the talks") or an
   * occasion never dated before keeps the other rules.
   */
  static Optional<EventDate> boycotted(TimeAnchor.Doc doc, Sentence s, CodedEvent e, int trigger) {
    if (!"PROTEST".equals(e.event()) || !BOYCOTT_MODE.equals(e.mode()) || !s.tokens().get(trigger).isVerb()) {
      return Optional.empty();
    }
    for (Dependency d : s.dependentsOf(trigger)) {
      if (d.relation().equals("obj") || d.relation().startsWith("nsubj:pass")) {
        Optional<EventDate> day = referredDay(doc, s, d.dependent(), BOYCOTT_RULE);
        if (day.isPresent()) {
          return day;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "40 minutes after the explosion" when no coded event is the explosion: the day of the nearest
   * earlier sentence that uses the word in a clause with a calendar day of its own (h97).
   */
  static Optional<EventDate> named(TimeAnchor.Doc doc, Sentence s, int noun, String rule) {
    return referredDay(doc, s, noun, rule);
  }

  private static Optional<EventDate> referredDay(TimeAnchor.Doc doc, Sentence s, int noun, String rule) {
    Token n = s.tokens().get(noun);
    if (!n.pos().equals("NN") || !definite(s, noun)) {
      return Optional.empty();
    }
    String lemma = n.lemma().toLowerCase(Locale.ROOT);
    List<Sentence> all = doc.annotated().sentences();
    for (int i = all.indexOf(s) - 1; i >= 0; i--) {
      Sentence p = all.get(i);
      for (int t = p.tokens().size() - 1; t >= 0; t--) {
        if (p.tokens().get(t).lemma().toLowerCase(Locale.ROOT).equals(lemma)) {
          Optional<EventDate> d = dayOf(doc, p, t);
          if (d.isPresent()) {
            return d.map(x -> new EventDate(x.value(), x.precision(), DateBasis.ANCHORED_TO_EVENT,
                x.expression(), rule + lemma));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean definite(Sentence s, int noun) {
    return s.dependentsOf(noun).stream().anyMatch(d -> d.relation().equals("det")
        && DEFINITE.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  /** The calendar day a time mention of the word's own clause gives, if any. */
  private static Optional<EventDate> dayOf(TimeAnchor.Doc doc, Sentence p, int t) {
    Clause c = Clause.of(p, t);
    for (TimeMention m : doc.in(p)) {
      if (m.timex().type().equals("DATE") && (c.contains(m.firstToken()) || c.contains(m.lastToken()))) {
        Optional<EventDate> d = EventDates.of(m, doc.published()).filter(x -> x.precision() == Precision.DAY)
            .map(x -> OwnPhrases.weekdayPast(x, doc.annotated().text(), doc.published(), Modality.ASSERTED));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }
}
