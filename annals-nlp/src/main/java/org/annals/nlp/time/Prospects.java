package org.annals.nlp.time;

import java.time.LocalDate;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;

/**
 * Dates of prospects: future and hypothetical events with no time phrase of their own ("Iran will
 * retaliate", "if the House votes to impeach him"). Such an event has no day of its own, but it was
 * raised in the article. A plan or promise ({@link Modality#FUTURE}) is dated by its statement,
 * made before the article: {@code before D}, precision unknown, basis {@code publication}, rule
 * {@code time:undated-future:said-before-publication} (as the article gold dates announced plans:
 * the announcement, not the act). A hypothetical is placed in the year of publication (precision
 * year, rule {@code time:undated-hypothetical:publication-year}), a labelled placeholder users can
 * filter out, so that a yearly count of conditional threats finds it. What a clause above it
 * dates (a statement "on Monday") comes first. Without a publication date it stays unknown
 * ({@code time:undated-future}). Stateless and thread-safe.
 */
final class Prospects {
  static final String YEAR_SUFFIX = ":publication-year";
  static final String SAID_SUFFIX = ":said-before-publication";

  private Prospects() {}

  static EventDate undated(LocalDate published, Modality modality) {
    String rule = "time:undated-" + modality.label();
    if (published == null) {
      return new EventDate(null, Precision.UNKNOWN, DateBasis.UNKNOWN, null, rule);
    }
    if (modality == Modality.FUTURE) {
      return new EventDate(EventDates.before(published), Precision.UNKNOWN, DateBasis.PUBLICATION, null,
          rule + SAID_SUFFIX);
    }
    return new EventDate(String.valueOf(published.getYear()), Precision.YEAR, DateBasis.PUBLICATION, null,
        rule + YEAR_SUFFIX);
  }

  /** Whether the event is a prospect that got only the placeholder of its statement or year. */
  static boolean placeholder(EventDate d) {
    return d.rule() != null && d.rule().startsWith("time:undated-")
        && (d.rule().endsWith(YEAR_SUFFIX) || d.rule().endsWith(SAID_SUFFIX));
  }
}
