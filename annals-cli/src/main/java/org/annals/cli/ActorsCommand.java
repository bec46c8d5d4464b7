package org.annals.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.annals.model.BadInputException;
import org.annals.model.Json;
import org.annals.store.ActorSummary;
import org.annals.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals actors [ID] [--search TEXT] [--with ID]}: actors, one actor, or a dyad. */
@Command(name = "actors", description = "List actors by number of canonical events; with an ID,"
    + " its top partners and monthly activity; with --with, the dyad's time series (JSON).")
public final class ActorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(arity = "0..1", paramLabel = "ID",
      description = "An actor: country (RUS), CAMEO code (RUSGOV) or KB entity id.")
  String id;

  @Option(names = "--search", paramLabel = "TEXT", description = "Filter names and codes.")
  String search;

  @Option(names = "--limit", defaultValue = "50", description = "Actors listed (default 50).")
  int limit;

  @Option(names = "--with", paramLabel = "ID", description = "With ID: the dyad time series.")
  String partner;

  @Option(names = "--interval", defaultValue = "month", description = "month (default) or year.")
  String interval;

  @Option(names = "--format", defaultValue = "table", description = "table (default) or json.")
  String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore s = store.open()) {
      if (id != null && partner != null) {
        out.println(Json.write(s.dyad(id, partner, interval)));
      } else if (id != null) {
        out.println(Json.write(s.actor(id).orElseThrow(
            () -> new BadInputException("no actor '" + id + "' in the store"))));
      } else if (format.equals("json")) {
        s.actors(search, limit).forEach(a -> out.println(Json.write(a)));
      } else {
        out.printf("%-32s  %-32s  %-7s  %6s%n", "ID", "NAME", "COUNTRY", "EVENTS");
        for (ActorSummary a : s.actors(search, limit)) {
          out.printf("%-32s  %-32s  %-7s  %6d%n", a.id(), a.name(), a.country() == null ? ""
              : a.country(), a.events());
        }
      }
    }
    out.flush();
    return 0;
  }
}
