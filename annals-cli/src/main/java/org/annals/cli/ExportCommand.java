package org.annals.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.model.BadInputException;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import org.annals.store.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals export --format F [filters] --out FILE}. */
@Command(name = "export", description = "Export canonical events: gdelt (GDELT 2.0 event table),"
    + " gdelt-mentions (GDELT 2.0 mentions table), plover (PLOVER JSON lines), icews"
    + " (ICEWS-shaped tab file), csv, parquet. Columns: docs/EXPORTS.md.")
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin EventFilterOptions filters;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "gdelt, gdelt-mentions, plover, icews, csv or parquet.",
      converter = FormatConverter.class)
  ExportFormat format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file"
      + " (written under a temporary name and moved into place when complete).")
  Path out;

  /** Case-insensitive format names. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String v) {
      try {
        return ExportFormat.parse(v);
      } catch (BadInputException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() {
    try (EventStore s = store.open()) {
      long n = s.export(format, filters.query(0, EventQuery.MAX_SIZE, EventQuery.Sort.DATE), out);
      String what = format == ExportFormat.GDELT_MENTIONS ? " mentions to " : " events to ";
      spec.commandLine().getErr().println("annals: wrote " + n + what + out);
    }
    return 0;
  }
}
