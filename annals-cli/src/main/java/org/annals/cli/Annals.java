package org.annals.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code annals} command. One class per subcommand; see {@link Cli#create()}. */
@Command(
    name = "annals",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = Cli.Version.class,
    description = "News to dated, explainable PLOVER/CAMEO political event data.",
    subcommands = {CodeCommand.class, IngestCommand.class, EventsCommand.class, ActorsCommand.class, ArticleCommand.class, ExportCommand.class, ExplainCommand.class, RecodeCommand.class, CheckCommand.class, EvalCommand.class, BenchCommand.class, ServeCommand.class, DemoCommand.class, FlinkCommand.class, LoadCommand.class, CommandLine.HelpCommand.class})
public final class Annals {
  public static void main(String[] args) {
    System.exit(Cli.create().execute(args));
  }
}
