package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.model.Claim;
import org.annals.model.CodedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored claims and their verdicts on a DuckDB file (migration V003). */
class ClaimStoreTest {
  @TempDir Path tmp;

  @Test
  void verdictsAreSavedReplacedAndKeptAcrossReopening() {
    String url = "jdbc:duckdb:" + tmp.resolve("c.duckdb");
    String text = "Macron and Putin held their second call this year on Monday.";
    CodedArticle base = Fixtures.article(text, LocalDate.of(2025, 7, 2))
        .call("call", "2025-06-30", Fixtures.MACRON, Fixtures.PUTIN).build();
    Claim claim = new Claim("count", "second call this year", 27, 48, Map.of("value", 2), "test");
    CodedArticle coded = new CodedArticle(base.article(), base.events(), List.of(claim),
        base.warnings(), base.sentenceCount(), base.tokenCount(), base.provenance());
    String id;
    try (EventStore store = EventStore.open(url)) {
      id = store.put(coded).articleId();
      ClaimStore claims = ClaimStore.of(store).orElseThrow();
      assertThat(claims.claims()).singleElement().satisfies(c -> {
        assertThat(c.articleId()).isEqualTo(id);
        assertThat(c.claim()).isEqualTo(claim);
      });
      claims.save(List.of(new ClaimStore.ClaimVerdict(id, 0, "not-checkable", "too few", List.of())));
      claims.save(List.of(new ClaimStore.ClaimVerdict(id, 0, "supported", "two calls",
          List.of(new ClaimStore.EvidenceRef("c1", "counted", "2025-03-01")))));
    }
    try (EventStore store = EventStore.open(url)) {
      assertThat(ClaimStore.of(store).orElseThrow().verdicts(id)).containsOnlyKeys(0)
          .extractingByKey(0).satisfies(v -> {
            assertThat(v.verdict()).isEqualTo("supported");
            assertThat(v.evidence()).containsExactly(new ClaimStore.EvidenceRef("c1", "counted", "2025-03-01"));
          });
    }
  }
}
