package org.annals.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code annals} in-process for a test and keeps what it printed. Not thread-safe. */
final class CliRun {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** The exit code of {@code annals ARGS...}; output accumulates in {@link #out} and {@link #err}. */
  int run(String... args) {
    CommandLine cmd = Cli.create();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }
}
