package org.annals.cli;

import org.annals.model.BadInputException;
import org.annals.store.Area;
import picocli.CommandLine;

/** {@code --near LAT,LON,KM} and {@code --bbox W,S,E,N}: {@link Area#parse}. */
abstract class AreaConverter implements CommandLine.ITypeConverter<Area> {
  private final String what;

  AreaConverter(String what) {
    this.what = what;
  }

  @Override
  public Area convert(String v) {
    try {
      return Area.parse(what, v);
    } catch (BadInputException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }

  /** {@code --near}. */
  static final class Near extends AreaConverter {
    Near() {
      super("--near");
    }
  }

  /** {@code --bbox}. */
  static final class Box extends AreaConverter {
    Box() {
      super("--bbox");
    }
  }
}
