package org.annals.cli;

import java.util.concurrent.Callable;
import org.annals.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code annals serve}: the web app and HTTP API over a store. */
@Command(name = "serve", description = "Serve the web app and HTTP API over an event store.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--store", paramLabel = "URL", defaultValue = "jdbc:duckdb:annals-data/annals.duckdb",
      description = "Store JDBC URL (default jdbc:duckdb:annals-data/annals.duckdb).")
  String store;

  @Mixin ServeOptions serve;

  @Override
  public Integer call() throws InterruptedException {
    serve.serve(EventStore.open(store), store, spec.commandLine().getOut());
    return 0;
  }
}
