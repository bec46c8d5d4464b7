package org.annals.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.model.EventDate;
import org.annals.model.Sentence;

/**
 * "gave the government until Thursday to withdraw the bill, but the deadline was not met": an
 * event whose subject or object is a time limit (list {@code deadline} of time-words.tsv:
 * deadline, ultimatum) is of the day the limit was set for — a time phrase after a word of the
 * list {@code deadline-preposition} ("until Thursday", "by Friday") or just before the noun ("the
 * Friday deadline") in the same sentence or the one before (rule {@code time:deadline}).
 *
 * <p>Stateless and thread-safe.
 */
final class Deadlines {
  static final String RULE = "time:deadline";
  private static final Set<String> NOUNS = TimeWords.get("deadline");
  private static final Set<String> PREPOSITIONS = TimeWords.get("deadline-preposition");

  private Deadlines() {}

  static Optional<EventDate> of(TimeAnchor.Doc doc, Sentence s, Clause c) {
    boolean limit = c.heads().stream().flatMap(h -> s.dependentsOf(h).stream())
        .anyMatch(d -> d.relation().matches("nsubj.*|obj")
            && NOUNS.contains(s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
    if (!limit) {
      return Optional.empty();
    }
    List<Sentence> all = doc.annotated().sentences();
    int at = all.indexOf(s);
    for (int i = at; i >= Math.max(0, at - 1); i--) {
      Sentence where = all.get(i);
      for (TimeMention m : doc.in(where)) {
        if (setsLimit(where, m)) {
          Optional<EventDate> d = EventDates.of(m, doc.published()).filter(x -> EventDates.day(x).isPresent());
          if (d.isPresent()) {
            return d.map(x -> OwnPhrases.relabel(x, RULE));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean setsLimit(Sentence s, TimeMention m) {
    int before = m.firstToken() - 1;
    int after = m.lastToken() + 1;
    return before >= 0 && PREPOSITIONS.contains(s.tokens().get(before).word().toLowerCase(Locale.ROOT))
        || after < s.tokens().size()
            && NOUNS.contains(s.tokens().get(after).lemma().toLowerCase(Locale.ROOT));
  }
}
