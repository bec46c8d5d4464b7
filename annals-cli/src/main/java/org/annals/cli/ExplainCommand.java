package org.annals.cli;

import java.util.concurrent.Callable;
import org.annals.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals explain EVENT_ID}: why the mentions of a canonical event were merged. */
@Command(name = "explain", description = "Explain a canonical event (why its mentions were"
    + " merged) or an event mention (where it went).")
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(paramLabel = "EVENT_ID", description = "Canonical event id (c...) or mention id (e...).")
  String id;

  @Override
  public Integer call() {
    try (EventStore s = store.open()) {
      spec.commandLine().getOut().print(s.explain(id));
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
