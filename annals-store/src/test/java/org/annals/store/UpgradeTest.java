package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DuckDB store written at schema version 4 (before day spans and lean keys) opens, migrates,
 * keeps every row, and stores new articles exactly as a store that was current all along: its
 * old mentions have no day span and are re-merged as dateless, which must not change the result.
 */
class UpgradeTest {
  @TempDir Path tmp;

  private static final List<String> TABLES_V4 = List.of("articles", "article_bands",
      "canonical", "canonical_actors", "canonical_members", "warnings", "claims", "skips");

  @Test
  void aVersion4StoreUpgradesAndThenStoresAsACurrentOne() throws Exception {
    List<CodedArticle> all = RandomMentions.articles(new java.util.SplittableRandom(99), 30);
    List<CodedArticle> first = all.subList(0, 15);
    List<CodedArticle> later = new ArrayList<>(all.subList(15, 30));
    later.add(EventStoreContract.juneCall());
    String current = "jdbc:duckdb:" + tmp.resolve("current.duckdb");
    try (EventStore s = EventStore.open(current)) {
      s.putAll(first);
    }
    String old = "jdbc:duckdb:" + tmp.resolve("v4.duckdb");
    makeVersion4Copy(current, old);
    try (EventStore s = EventStore.open(old)) {
      assertThat(s.stats().events()).isEqualTo(
          first.stream().mapToLong(a -> a.events().size()).sum());
      s.putAll(later);
    }
    try (EventStore s = EventStore.open(current)) {
      s.putAll(later);
    }
    Map<String, List<String>> upgraded = StoreDump.dump(old);
    Map<String, List<String>> expected = StoreDump.dump(current);
    for (String t : StoreDump.TABLES) {
      if (t.equals("mentions")) {
        assertThat(withoutSpans(upgraded.get(t))).isEqualTo(withoutSpans(expected.get(t)));
      } else {
        assertThat(upgraded.get(t)).as(t).isEqualTo(expected.get(t));
      }
    }
    assertThat(upgraded.get("mentions").stream().filter(r -> r.contains("day_lo=null")))
        .as("the old mentions keep no span").hasSizeGreaterThan(10);
  }

  /** Schema version 4 built by its migrations, filled with the rows of {@code from}. */
  private static void makeVersion4Copy(String from, String to) throws Exception {
    try (Connection c = DriverManager.getConnection(to); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
          + " checksum VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
      for (Migrator.Migration m : Migrator.load(Dialect.DUCKDB)) {
        if (m.version() > 4) {
          continue;
        }
        for (String stmt : Migrator.statements(m.sql())) {
          s.execute(stmt);
        }
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO schema_version VALUES (?, ?, ?, ?)")) {
          ps.setInt(1, m.version());
          ps.setString(2, m.name());
          ps.setString(3, m.checksum());
          ps.setTimestamp(4, Timestamp.from(Instant.now()));
          ps.executeUpdate();
        }
      }
      s.execute("ATTACH '" + from.substring("jdbc:duckdb:".length()) + "' AS cur (READ_ONLY)");
      for (String t : TABLES_V4) {
        String later = switch (t) { // columns of later migrations (007)
          case "articles" -> " EXCLUDE (ingested_at)";
          case "canonical" -> " EXCLUDE (loc_country, loc_lat, loc_lon)";
          default -> "";
        };
        s.execute("INSERT INTO " + t + " SELECT *" + later + " FROM cur." + t);
      }
      s.execute("INSERT INTO mentions SELECT * EXCLUDE (day_lo, day_hi, day_key)"
          + " FROM cur.mentions");
      s.execute("DETACH cur");
    }
  }

  private static List<String> withoutSpans(List<String> rows) {
    return rows.stream().map(r -> r.replaceAll("day_(lo|hi|key)=[^\t]*\t", "")).sorted().toList();
  }
}
