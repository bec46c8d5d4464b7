package org.annals.nlp.time;

import java.time.LocalDate;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;

/**
 * Dates of prospects: future and hypothetical events with no time phrase of their own ("Iran will
 * retaliate", "if the House votes to impeach him"). Such an event has no day, but it was raised in
 * the article: it is placed in the year of publication (precision year, basis
 * {@code publication}, rule {@code time:undated-future:publication-year} or
 * {@code time:undated-hypothetical:publication-year}), a labelled placeholder users can filter out,
 * so that a yearly count of threats or plans finds it. What a clause above it dates (a statement
 * "on Monday") or a quotation of the story's day ({@link Quotes}) comes first. Without a publication
 * date it stays unknown ({@code time:undated-future}). Stateless and thread-safe.
 */
final class Prospects {
  static final String YEAR_SUFFIX = ":publication-year";

  private Prospects() {}

  static EventDate undated(LocalDate published, Modality modality) {
    String rule = "time:undated-" + modality.label();
    if (published == null) {
      return new EventDate(null, Precision.UNKNOWN, DateBasis.UNKNOWN, null, rule);
    }
    return new EventDate(String.valueOf(published.getYear()), Precision.YEAR, DateBasis.PUBLICATION, null,
        rule + YEAR_SUFFIX);
  }

  /** Whether the event is a prospect that got only the publication-year placeholder. */
  static boolean placeholder(EventDate d) {
    return d.rule() != null && d.rule().startsWith("time:undated-") && d.rule().endsWith(YEAR_SUFFIX);
  }
}
