package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.flink.ParquetLoad;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals load DIR --store URL}: brings the Parquet output of {@code annals flink} into a store. */
@Command(name = "load", description = "Load the Parquet output of annals flink (--parquet DIR) into a store.")
public final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(paramLabel = "DIR", description = "The directory given to annals flink --parquet.")
  Path dir;

  @Override
  public Integer call() {
    ParquetLoad load = new ParquetLoad(dir); // checks DIR before the store is opened
    ParquetLoad.Summary summary;
    try (EventStore s = store.open()) {
      summary = load.into(s, BundledKnowledgeBase.load(), System.err);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(summary.format());
    out.flush();
    return 0;
  }
}
