package org.annals.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Quotations and the story day, read by the passes on speech: the quotations of a text (the text
 * between double quotes within a paragraph; {@link ReportedSpeech} leaves what they tell to the
 * other rules) and the <em>story day</em>, the day the article's first sentence with a verb dates
 * its main clause by ("Yesterday, the president said ...", "On Wednesday, the court issued ...";
 * {@link SameDayLead}). An event inside a quotation is dated like any other: the article gold dates
 * what a quotation tells by its own words or {@code before D}, not by the lead's day (issue 13,
 * docs/TIME.md).
 *
 * <p>Stateless and thread-safe.
 */
final class Quotes {
  private Quotes() {}

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
}
