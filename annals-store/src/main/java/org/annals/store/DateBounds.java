package org.annals.store;

import java.time.LocalDate;
import org.annals.model.BadInputException;

/**
 * The calendar days the store accepts: years -4000 to 9999 (both backends hold them: PostgreSQL's
 * dates begin in 4714 BC). A date outside is the user's input error ({@link BadInputException}:
 * HTTP 400, exit code 2), never a database error. Pure.
 */
public final class DateBounds {
  public static final LocalDate MIN = LocalDate.of(-4000, 1, 1);
  public static final LocalDate MAX = LocalDate.of(9999, 12, 31);

  private DateBounds() {}

  /**
   * @param what names the field or parameter in the message
   * @return {@code d} (null stays null)
   * @throws BadInputException when {@code d} is outside {@link #MIN}..{@link #MAX}
   */
  public static LocalDate check(LocalDate d, String what) {
    if (d != null && (d.isBefore(MIN) || d.isAfter(MAX))) {
      throw new BadInputException(what + ": " + d + " is out of range (years " + MIN.getYear() + " to "
          + MAX.getYear() + ")");
    }
    return d;
  }
}
