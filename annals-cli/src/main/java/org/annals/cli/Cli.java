package org.annals.cli;

import org.annals.model.AnnalsException;
import org.annals.model.BadInputException;
import picocli.CommandLine;

/** Builds the command line with the project's one mapping from exceptions to exit codes. */
public final class Cli {
  /** Exit code for bad input (a file, a flag). */
  public static final int BAD_INPUT = 2;
  /** Exit code for internal errors. */
  public static final int INTERNAL = 1;

  private Cli() {}

  public static CommandLine create() {
    CommandLine cmd = new CommandLine(new Annals());
    cmd.registerConverter(Integer.class, v -> Integer.valueOf(asciiNumber(v)));
    cmd.registerConverter(Integer.TYPE, v -> Integer.valueOf(asciiNumber(v)));
    cmd.registerConverter(Long.class, v -> Long.valueOf(asciiNumber(v)));
    cmd.registerConverter(Long.TYPE, v -> Long.valueOf(asciiNumber(v)));
    cmd.setExecutionExceptionHandler((ex, line, parsed) -> {
      line.getErr().println("annals: " + ex.getMessage());
      if (ex instanceof BadInputException) {
        return BAD_INPUT;
      }
      if (!(ex instanceof AnnalsException)) {
        ex.printStackTrace(line.getErr());
      }
      return INTERNAL;
    });
    return cmd;
  }

  /** A whole number in ASCII digits (Java's parsers also take other scripts' digits, such as ２). */
  static String asciiNumber(String v) {
    if (!v.strip().matches("[-+]?[0-9]+")) {
      throw new CommandLine.TypeConversionException("'" + v + "' is not a whole number");
    }
    return v.strip();
  }

  /** Version from the jar manifest. */
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"annals " + (v == null ? "dev" : v)};
    }
  }
}
