package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.annals.model.ActorRef;
import org.annals.model.Json;
import org.annals.store.CanonicalEvent;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import org.annals.store.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals events [filters]}: canonical events from the store. */
@Command(name = "events", description = "List canonical events in the store (table, JSON Lines or CSV).")
public final class EventsCommand implements Callable<Integer> {
  enum Format { table, json, csv }

  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin EventFilterOptions filters;

  @Option(names = "--format", defaultValue = "table", description = "table (default), json or csv.")
  Format format;

  @Option(names = "--limit", defaultValue = "50", description = "Events per page (default 50).")
  int limit;

  @Option(names = "--page", defaultValue = "0", description = "Page number from 0.")
  int page;

  @Option(names = "--sort", defaultValue = "DATE",
      description = "DATE (default), DATE_DESC, SOURCES or MENTIONS.")
  EventQuery.Sort sort;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore s = store.open()) {
      Page<CanonicalEvent> p = s.events(filters.query(page, limit, sort));
      switch (format) {
        case json -> p.items().forEach(e -> out.println(Json.write(e)));
        case csv -> {
          out.println("id,date,event,mode,actors,recipients,mentions,sources,first_seen,last_seen");
          p.items().forEach(e -> out.println(String.join(",", e.id(), nz(e.date().value()),
              e.event(), nz(e.mode()), names(e.actors()), names(e.recipients()),
              Integer.toString(e.mentions()), Integer.toString(e.sources()),
              String.valueOf(e.firstSeen()), String.valueOf(e.lastSeen()))));
        }
        case table -> table(out, p);
      }
    }
    out.flush();
    return 0;
  }

  private static void table(PrintWriter out, Page<CanonicalEvent> p) {
    out.printf("%-17s  %-18s  %-18s  %-40s  %4s  %4s%n", "ID", "DATE", "EVENT", "PARTICIPANTS",
        "SRC", "MEN");
    for (CanonicalEvent e : p.items()) {
      String who = names(e.actors()) + (e.recipients().isEmpty() ? "" : " -> "
          + names(e.recipients()));
      out.printf("%-17s  %-18s  %-18s  %-40s  %4d  %4d%n", e.id(), nz(e.date().value()),
          e.event() + (e.mode() == null ? "" : "/" + e.mode()), who, e.sources(), e.mentions());
    }
    out.printf("%d of %d events (page %d)%n", p.items().size(), p.total(), p.page());
  }

  private static String names(List<ActorRef> actors) {
    return actors.stream().map(a -> a.name() != null ? a.name()
        : a.country() != null ? a.country() : a.text()).collect(Collectors.joining("+"))
        .replace(",", " ");
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
