package org.annals.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code annals eval}: accuracy against gold data; one subcommand per gold format. */
@Command(name = "eval",
    description = "Measure accuracy against gold data (plover, timeml, article, articles, agreement, places).",
    subcommands = {PloverEvalCommand.class, TimemlEvalCommand.class, ArticleEvalCommand.class,
        ArticlesEvalCommand.class, AgreementEvalCommand.class, PlacesEvalCommand.class})
public final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
