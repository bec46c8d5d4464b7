package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong store URL or a missing source: a message naming it, a non-zero exit, and nothing
 * written anywhere (checked before CoreNLP would be loaded, so no models are needed).
 */
class BadStoreAndSourceTest {
  @TempDir Path tmp;
  private final CliRun cli = new CliRun();

  @Test
  void recodeOfAStoreThatDoesNotExistCreatesNothing() {
    Path missing = tmp.resolve("typo/annals.duckdb");
    assertThat(cli.run("recode", "--store", "jdbc:duckdb:" + missing)).isEqualTo(Cli.BAD_INPUT);
    assertThat(cli.err.toString()).contains("--store: no store at '" + missing + "'");
    assertThat(Files.exists(missing.getParent())).isFalse();
  }

  @Test
  void unsupportedOrUnreachableStoresAreNamed() {
    assertThat(cli.run("recode", "--store", "jdbc:mysql://db.example/annals")).isEqualTo(Cli.BAD_INPUT);
    assertThat(cli.err.toString()).contains("unsupported store URL 'jdbc:mysql://db.example/annals'");
    Path text = write("a.txt", "MOSCOW, July 3, 2025 — The two presidents spoke by phone.");
    String pg = "jdbc:postgresql://127.0.0.1:1/annals?user=nobody";
    assertThat(cli.run("ingest", text.toString(), "--store", pg, "--progress", "off")).isEqualTo(Cli.INTERNAL);
    assertThat(cli.err.toString()).contains("cannot open store " + pg);
  }

  @Test
  void aWrongWhereClauseIsNamed() {
    assertThat(cli.run("recode", "--where", "colour=red", "--store", "jdbc:duckdb:" + tmp.resolve("x.duckdb")))
        .isEqualTo(Cli.BAD_INPUT);
    assertThat(cli.err.toString()).contains("--where 'colour=red': unknown field 'colour'");
    assertThat(cli.run("recode", "--where", "published>=July", "--store", "jdbc:duckdb:" + tmp.resolve("x.duckdb")))
        .isEqualTo(Cli.BAD_INPUT);
    assertThat(cli.err.toString()).contains("'July' is not a date");
  }

  @Test
  void ingestOfAMissingSourceWritesNoStore() {
    Path store = tmp.resolve("s/annals.duckdb");
    Path good = write("b.txt", "MOSCOW, July 3, 2025 — The two presidents spoke by phone.");
    String missing = tmp.resolve("no-such-dir/articles.csv").toString();
    assertThat(cli.run("ingest", good.toString(), missing, "--store", "jdbc:duckdb:" + store)).isEqualTo(Cli.BAD_INPUT);
    assertThat(cli.err.toString()).contains("source '" + missing + "': no such file or directory");
    assertThat(Files.exists(store.getParent())).isFalse();
  }

  private Path write(String name, String text) {
    try {
      return Files.writeString(tmp.resolve(name), text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
