package org.annals.verify;

import static org.annals.model.ClaimSubject.AT;
import static org.annals.model.ClaimSubject.COUNTRIES;
import static org.annals.model.ClaimSubject.EVENT;
import static org.annals.model.ClaimSubject.FROM;
import static org.annals.model.ClaimSubject.MODE;
import static org.annals.model.ClaimSubject.NUMBER;
import static org.annals.model.ClaimSubject.TO;
import static org.annals.model.ClaimSubject.VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedArticle;
import org.annals.store.ClaimStore;
import org.annals.store.EventStore;
import org.annals.store.PutResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored verdicts follow the record: a claim re-verified when later articles add events. */
class ClaimLedgerTest {
  @TempDir Path dir;
  private final ClaimLedger ledger = new ClaimLedger(null);

  /** An article of 2025-07-03 reporting that day's call and claiming it is the second since February. */
  private static CodedArticle claiming() {
    CodedArticle a = Records.report("Checked Times", LocalDate.of(2025, 7, 3),
        Records.consultOn("2025-07-03", "PT1H", "USA", "RUS"));
    Claim second = Records.claim(ClaimSubject.KIND_COUNT, EVENT, "CONSULT", MODE, "phone",
        COUNTRIES, List.of("RUS", "USA"), AT, "2025-07-03", VALUE, 2, NUMBER, "ordinal",
        FROM, "2025-02-01", TO, "2025-07-03");
    return new CodedArticle(a.article(), a.events(), List.of(second), a.warnings(),
        a.sentenceCount(), a.tokenCount(), a.provenance());
  }

  private static ClaimStore.ClaimVerdict stored(EventStore store, String id) {
    return ClaimStore.of(store).orElseThrow().verdicts(id).get(0);
  }

  @Test
  void aVerdictChangesWhenALaterArticleAddsTheMissingEvent() {
    try (EventStore store = EventStore.open("jdbc:duckdb:" + dir.resolve("l.duckdb"))) {
      PutResult put = store.put(claiming());
      assertThat(ledger.record(store, put)).isEqualTo(new ClaimLedger.Update(1, 0));
      String id = put.articleId();
      assertThat(stored(store, id).verdict()).isEqualTo("not-checkable");

      PutResult march = store.put(Records.call("Meridian Wire", "2025-03-18", "PT2H", "RUS", "USA"));
      assertThat(ledger.record(store, march)).isEqualTo(new ClaimLedger.Update(0, 1));
      ClaimStore.ClaimVerdict now = stored(store, id);
      assertThat(now.verdict()).isEqualTo("supported");
      assertThat(now.evidence()).extracting(ClaimStore.EvidenceRef::date)
          .containsExactly("2025-03-18", "2025-07-03");

      PutResult may = store.put(Records.call("Harbor Times", "2025-05-19", "PT2H", "RUS", "USA"));
      ledger.record(store, may);
      assertThat(stored(store, id).verdict()).isEqualTo("contradicted");
      assertThat(stored(store, id).reason()).contains("that makes the 3rd, not the 2nd");
    }
  }

  @Test
  void unrelatedEventsAndDuplicatesLeaveVerdictsAlone() {
    try (EventStore store = EventStore.open("jdbc:duckdb:" + dir.resolve("u.duckdb"))) {
      PutResult put = store.put(claiming());
      ledger.record(store, put);
      PutResult other = store.put(Records.call("Meridian Wire", "2025-03-18", null, "FRA", "RUS"));
      assertThat(ledger.record(store, other)).isEqualTo(new ClaimLedger.Update(0, 0));
      assertThat(ledger.record(store, store.put(claiming()))).isEqualTo(new ClaimLedger.Update(0, 0));
      assertThat(ledger.refreshAll(store)).isEqualTo(1);
      assertThat(stored(store, put.articleId()).verdict()).isEqualTo("not-checkable");
    }
  }

  @Test
  void aClaimStoredByAnotherLedgerIsStillReverified() {
    try (EventStore store = EventStore.open("jdbc:duckdb:" + dir.resolve("o.duckdb"))) {
      ledger.record(store, store.put(Records.call("Meridian Wire", "2025-02-12", "PT1H30M", "RUS", "USA")));
      PutResult put = store.put(claiming());
      new ClaimLedger(null).record(store, put);     // e.g. the server, while this ledger ingests
      assertThat(stored(store, put.articleId()).verdict()).isEqualTo("supported");

      ledger.record(store, store.put(Records.call("Harbor Times", "2025-05-19", "PT2H", "RUS", "USA")));
      assertThat(stored(store, put.articleId()).verdict()).isEqualTo("contradicted");
    }
  }
}
