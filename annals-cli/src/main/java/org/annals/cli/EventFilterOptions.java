package org.annals.cli;

import java.time.LocalDate;
import org.annals.store.EventQuery;
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

  /** The query for these filters (validated by {@link EventQuery}). */
  public EventQuery query(int page, int size, EventQuery.Sort sort) {
    return new EventQuery(actor, partner, type, mode, from, to, minSources, text, page, size,
        sort);
  }
}
