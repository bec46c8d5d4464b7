package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.annals.model.AnnalsException;
import org.annals.model.BadInputException;
import org.junit.jupiter.api.Test;

/** The contract on DuckDB files, plus DuckDB-specific behaviour. */
class DuckDbEventStoreTest extends EventStoreContract {
  @Override
  String freshUrl(int n) {
    return "jdbc:duckdb:" + tmp.resolve("s" + n + "/annals.duckdb");
  }

  @Override
  String freshUrlForDump() {
    return freshUrl(0);
  }

  @Test
  void reopeningKeepsDataAndDoesNotReapplyMigrations() {
    store.putAll(threeReports());
    long events = store.stats().events();
    store.close();
    store = EventStore.open(freshUrl(0));
    assertThat(store.stats().events()).isEqualTo(events);
  }

  @Test
  void unsupportedUrlsAreBadInput() {
    assertThatThrownBy(() -> EventStore.open("jdbc:mysql://x/y"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("jdbc:duckdb:PATH");
  }

  @Test
  void migrationFilesSplitIntoStatements() {
    assertThat(Migrator.load(Dialect.DUCKDB)).extracting(Migrator.Migration::version)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(Migrator.statements("-- c\nCREATE TABLE a (x INT);\nCREATE INDEX i ON a (x);\n"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)");
  }

  @Test
  void aClosedStoreSaysSo() {
    store.close();
    assertThatThrownBy(() -> store.stats()).isInstanceOf(AnnalsException.class)
        .hasMessageContaining("closed");
    store = null;
  }
}
