package org.annals.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * The contract on PostgreSQL, when {@code ANNALS_TEST_PG_URL} names a database (CI sets it).
 * Each store lives in its own schema, dropped and recreated per test.
 */
class PostgresEventStoreTest extends EventStoreContract {
  static final String ENV = "ANNALS_TEST_PG_URL";

  static String baseUrl() {
    String url = System.getenv(ENV);
    return url == null || url.isBlank() ? null : url;
  }

  @BeforeEach
  @Override
  void open() throws Exception {
    Assumptions.assumeTrue(baseUrl() != null && !baseUrl().isBlank(),
        ENV + " is not set: skipping the PostgreSQL contract tests (e.g. " + ENV
            + "=jdbc:postgresql://127.0.0.1:55432/annals_test?user=postgres)");
    super.open();
  }

  /** A fresh schema in the test database, as a URL with {@code currentSchema}. */
  static String freshSchema(String schema) throws Exception {
    try (Connection c = DriverManager.getConnection(baseUrl()); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
    return urlFor(schema);
  }

  static String urlFor(String schema) {
    return baseUrl() + (baseUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Override
  String freshUrl(int n) throws Exception {
    return freshSchema("annals_contract_" + n);
  }

  @Override
  String freshUrlForDump() {
    return urlFor("annals_contract_0");
  }
}
