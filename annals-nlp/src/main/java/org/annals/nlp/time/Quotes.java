package org.annals.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Speech time: what a quotation tells ("'They are lying,' he said") is of the time it was said. A
 * news report says when its lead happened ("Yesterday, the president said ...", "On Wednesday, the
 * court issued ...") and quotes from that occasion; so an event inside a quotation that got neither
 * a time phrase of its own nor a dated neighbour takes the <em>story day</em>: the day the
 * article's first sentence with a verb dates its main clause by (rule {@code time:quote:story-day},
 * the lead's expression and basis). That is a present-tense or untensed event (rules
 * {@code time:publication-fallback}, {@code time:before-publication:untensed}), or a past-tense one
 * ({@code time:before-publication:past-tense}) of verbal cooperation or conflict — the speaker's
 * own act ("the court found it unlawful"); a material act told in the past ("we were attacked")
 * happened before the speaking and keeps {@code before D}. A future or hypothetical event quoted
 * with no time of its own ("'we will not tolerate it,' she said") is dated by the statement too:
 * the story day instead of the publication-year placeholder ({@link Prospects}). A quotation is the text between double
 * quotes within a paragraph. An article whose lead has no day keeps the other rules' dates.
 *
 * <p>Stateless and thread-safe.
 */
final class Quotes {
  static final String RULE = "time:quote:story-day";
  private static final Set<String> UNDATED = Set.of("time:publication-fallback", Narrative.PAST_RULE,
      Narrative.UNTENSED_RULE);

  private Quotes() {}

  static List<CodedEvent> apply(TimeAnchor.Doc doc, List<CodedEvent> events) {
    if (events.stream().noneMatch(Quotes::undated)) {
      return events;
    }
    Optional<EventDate> story = storyDay(doc);
    if (story.isEmpty()) {
      return events;
    }
    List<int[]> quotes = quotations(doc.annotated().text());
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      int at = TimeAnchor.triggerStart(e);
      boolean said = undated(e) && inside(quotes, at)
          && (!Narrative.PAST_RULE.equals(e.date().rule()) || verbal(e));
      out.add(said ? e.withDate(OwnPhrases.relabel(story.get(), RULE)) : e);
    }
    return out;
  }

  /** Verbal cooperation or conflict (quad classes 1 and 3): the act is the speaking itself. */
  private static boolean verbal(CodedEvent e) {
    return e.quadClass() == 1 || e.quadClass() == 3;
  }

  private static boolean undated(CodedEvent e) {
    if (Prospects.placeholder(e.date())) {
      return true; // a plan or a condition quoted is stated on the day it was said
    }
    return UNDATED.contains(e.date().rule())
        && (e.modality() == Modality.ASSERTED || e.modality() == Modality.NEGATED);
  }

  /**
   * The day the article's first sentence with a verb gives its main clause: a time phrase that
   * opens it or lies in the root's clause, dated to a day on or before publication.
   */
  static Optional<EventDate> storyDay(TimeAnchor.Doc doc) {
    for (Sentence s : doc.annotated().sentences()) {
      Optional<Integer> root = s.dependencies().stream().filter(Dependency::isRoot).map(Dependency::dependent)
          .findFirst();
      if (root.isEmpty() || s.tokens().stream().noneMatch(Token::isVerb)) {
        continue;
      }
      Clause main = Clause.of(s, root.get());
      Optional<EventDate> opener = OwnPhrases.opener(doc, s).filter(d -> pastDay(doc, d));
      if (opener.isPresent()) {
        return opener;
      }
      for (TimeMention m : doc.in(s)) {
        if (main.contains(m.firstToken()) || main.contains(m.lastToken())) {
          Optional<EventDate> d = EventDates.of(m, doc.published())
              .map(x -> OwnPhrases.weekdayPast(x, doc.annotated().text(), doc.published(), Modality.ASSERTED))
              .filter(x -> pastDay(doc, x));
          if (d.isPresent()) {
            return d;
          }
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean pastDay(TimeAnchor.Doc doc, EventDate d) {
    return EventDates.day(d).filter(x -> doc.published() == null || !x.isAfter(doc.published())).isPresent();
  }

  /** The quotations of a text as {@code [start, end)}: double quotes paired within a paragraph. */
  static List<int[]> quotations(String text) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && blankLineFollows(text, i)) {
        open = -1; // a paragraph break ends an unclosed quotation
      } else if (c == '“' || (c == '"' && open < 0)) {
        open = i;
      } else if ((c == '”' || c == '"') && open >= 0) {
        out.add(new int[] {open, i + 1});
        open = -1;
      }
    }
    return out;
  }

  private static boolean blankLineFollows(String text, int newline) {
    for (int j = newline + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean inside(List<int[]> quotes, int offset) {
    return quotes.stream().anyMatch(q -> q.length == 2 && q[0] <= offset && offset < q[1]);
  }
}
