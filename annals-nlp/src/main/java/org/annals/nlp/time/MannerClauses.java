package org.annals.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Sentence;

/**
 * "Lawmakers protested by banging on their desks during Tuesday's debate", "farmers protested by
 * blocking the highway on Wednesday", "the army retaliated by shelling the border town on Friday":
 * a <i>by</i> + gerund clause tells how the act was done — the same act, at the same time — so a
 * time phrase of that clause (or of a gerund coordinated with it) dates the event when its own
 * clause has none: rule {@code time:manner-clause} (the phrase's basis and expression kept). Only a
 * gerund opened by <i>by</i>; "after blocking the highway on Wednesday" is another act (sequenced).
 *
 * <p>Stateless and thread-safe.
 */
final class MannerClauses {
  static final String RULE = "time:manner-clause";

  private MannerClauses() {}

  /** The date of a time phrase in the by-gerund clause of the event's clause, if any. */
  static Optional<EventDate> of(TimeAnchor.Doc doc, Sentence s, Clause own) {
    for (int gerund : gerunds(s, own.head())) {
      Clause c = Clause.of(s, gerund);
      for (Dependency d : c.temporalDependents()) {
        Optional<EventDate> found = doc.covering(s, d.dependent()).flatMap(m -> EventDates.of(m, doc.published()))
            .or(() -> d.relation().equals("obl:during") ? NearClauses.ownTime(doc, s, d.dependent())
                : Optional.empty());
        if (found.isPresent()) {
          return found.map(MannerClauses::relabel);
        }
      }
      for (TimeMention m : doc.in(s)) {
        if ((c.contains(m.firstToken()) || c.contains(m.lastToken())) && !NearClauses.modifiesNoun(s, m, gerund)) {
          Optional<EventDate> d = EventDates.of(m, doc.published());
          if (d.isPresent()) {
            return d.map(MannerClauses::relabel);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The by-gerunds of the clause head (an adverbial clause, or an oblique when the parser takes the
   * gerund for a noun) and the gerunds coordinated with them.
   */
  private static List<Integer> gerunds(Sentence s, int head) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.dependentsOf(head)) {
      int g = d.dependent();
      if (d.relation().matches("advcl.*|obl.*") && s.tokens().get(g).pos().equals("VBG") && openedByBy(s, g, d)) {
        out.add(g);
        s.dependentsOf(g).stream().filter(x -> x.relation().startsWith("conj")
            && s.tokens().get(x.dependent()).isVerb()).forEach(x -> out.add(x.dependent()));
      }
    }
    return out;
  }

  private static boolean openedByBy(Sentence s, int gerund, Dependency d) {
    return d.relation().endsWith(":by") || s.dependentsOf(gerund).stream()
        .anyMatch(x -> x.relation().matches("mark|case")
            && s.tokens().get(x.dependent()).word().toLowerCase(Locale.ROOT).equals("by"));
  }

  private static EventDate relabel(EventDate d) {
    return new EventDate(d.value(), d.precision(), d.basis(), d.expression(), RULE);
  }
}
