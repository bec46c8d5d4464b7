package org.annals.nlp.time;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Precision;
import org.annals.model.Sentence;

/**
 * A protest or an attack told as a series still going on ("the protesters who have demonstrated
 * since June", "weeks of protests since March", "attacks on shipping since the spring") is dated
 * before publication, not by the time its "since" phrase names (that is when the series began; the
 * article gold dates an ongoing series "before" the publication day). Types: word list
 * {@code ongoing-type} of the time words; rule {@code time:before-publication:ongoing-since}.
 *
 * <p>Stateless; thread-safe.
 */
final class OngoingSince {
  private static final Set<String> TYPES = TimeWords.get("ongoing-type");

  private OngoingSince() {}

  /** The date of {@code e}, whose trigger head is {@code trigger} in {@code s}, if it is an ongoing series. */
  static Optional<EventDate> of(TimeAnchor.Doc doc, Sentence s, int trigger, CodedEvent e) {
    if (doc.published() == null || !TYPES.contains(e.event().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    for (Dependency d : s.dependentsOf(trigger)) {
      if ((d.relation().equals("obl:since") || d.relation().equals("nmod:since"))
          && doc.covering(s, d.dependent()).isPresent()) {
        return Optional.of(new EventDate(EventDates.before(doc.published()), Precision.UNKNOWN,
            DateBasis.PUBLICATION, null, "time:before-publication:ongoing-since"));
      }
    }
    return Optional.empty();
  }
}
