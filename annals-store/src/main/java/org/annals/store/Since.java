package org.annals.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.annals.model.BadInputException;

/**
 * Parses the value of {@code --since} / {@code since=}: an ISO 8601 instant with an offset
 * ({@code 2026-12-05T15:35:21Z}, {@code ...+01:00}), a date-time without one or a date (both
 * read as UTC), or GDELT's {@code YYYYMMDDHHMMSS} (DATEADDED). Stateless.
 */
public final class Since {
  private static final DateTimeFormatter GDELT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private Since() {}

  /**
   * The instant {@code v} denotes.
   *
   * @throws BadInputException naming {@code what} and the accepted forms
   */
  public static Instant parse(String what, String v) {
    String s = v == null ? "" : v.strip();
    try {
      if (s.matches("\\d{14}")) {
        return LocalDateTime.parse(s, GDELT).toInstant(ZoneOffset.UTC);
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      if (s.matches(".*(Z|[+-]\\d{2}:?\\d{2})$")) {
        return OffsetDateTime.parse(s.replace(' ', 'T')).toInstant();
      }
      return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new BadInputException(what + ": '" + v + "' is not a timestamp: use an ISO 8601"
          + " time such as 2026-12-05T15:35:21Z (UTC when no offset is given), a date"
          + " (2026-12-05) or GDELT's YYYYMMDDHHMMSS");
    }
  }
}
