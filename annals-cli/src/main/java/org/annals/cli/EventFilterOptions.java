package org.annals.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.annals.model.BadInputException;
import org.annals.store.Area;
import org.annals.store.EventQuery;
import org.annals.store.Since;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Shared picocli mixin: filters of canonical events (used by {@code events} and {@code export}). */
public final class EventFilterOptions {
  @Option(names = "--actor", paramLabel = "ID",
      description = "A participant: country (RUS), CAMEO actor code (RUSGOV) or KB entity id.")
  String actor;

  @Option(names = "--with", paramLabel = "ID", description = "Another participant (same forms).")
  String partner;

  @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER event type, e.g. CONSULT.")
  String type;

  @Option(names = "--mode", paramLabel = "MODE", description = "PLOVER mode, e.g. phone.")
  String mode;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Earliest event date.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Latest event date.")
  LocalDate to;

  @Option(names = "--min-sources", paramLabel = "N", defaultValue = "0",
      description = "At least N distinct outlets.")
  int minSources;

  @Option(names = {"--text", "-q"}, paramLabel = "WORDS",
      description = "Free text in the triggers or sentences of the mentions.")
  String text;

  @Option(names = "--country", paramLabel = "ISO3",
      description = "Where the event happened: the ISO 3166 alpha-3 code of its location (UKR).")
  String country;

  @Option(names = "--near", paramLabel = "LAT,LON,KM", converter = AreaConverter.Near.class,
      description = "Events located within KM kilometres of LAT,LON.")
  Area near;

  @Option(names = "--bbox", paramLabel = "W,S,E,N", converter = AreaConverter.Box.class,
      description = "Events located in the box WEST,SOUTH,EAST,NORTH (degrees).")
  Area bbox;

  @Option(names = "--since", paramLabel = "TIMESTAMP", converter = SinceConverter.class,
      description = "Only events first ingested after TIMESTAMP (ISO 8601, UTC when no offset;"
          + " or GDELT's YYYYMMDDHHMMSS): what a scheduled pull has not seen yet.")
  Instant since;

  /** The query for these filters (validated by {@link EventQuery}). */
  public EventQuery query(int page, int size, EventQuery.Sort sort) {
    if (near != null && bbox != null) {
      throw new BadInputException("give --near or --bbox, not both");
    }
    return new EventQuery(actor, partner, type, mode, from, to, minSources, text,
        country == null ? null : country.strip().toUpperCase(Locale.ROOT),
        near != null ? near : bbox, since, page, size, sort);
  }

  /** {@code --since}: {@link Since#parse}. */
  static final class SinceConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String v) {
      try {
        return Since.parse("--since", v);
      } catch (BadInputException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
