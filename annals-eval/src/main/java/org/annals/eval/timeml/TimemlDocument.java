package org.annals.eval.timeml;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.TimeExpression;

/**
 * One TimeML document: the raw text of its TEXT element, the document creation time from the DCT
 * TIMEX3, and the gold TIMEX3s with character offsets into {@code text} (tagger {@code gold}).
 *
 * @param file the file it was read from, as given
 */
public record TimemlDocument(String file, LocalDate dct, String text, List<TimeExpression> gold) {
  public TimemlDocument {
    gold = List.copyOf(gold);
  }
}
