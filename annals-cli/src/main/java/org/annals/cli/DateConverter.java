package org.annals.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.annals.model.BadInputException;
import org.annals.store.DateBounds;
import picocli.CommandLine;

/** Parses YYYY-MM-DD with a message that shows the expected form. */
public final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return DateBounds.check(LocalDate.parse(value.strip()), "date");
    } catch (BadInputException e) {
      throw new CommandLine.TypeConversionException("'" + value + "': " + e.getMessage());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a date of the form YYYY-MM-DD (e.g. 2025-07-03)");
    }
  }
}
