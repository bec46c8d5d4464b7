package org.annals.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.annals.model.Article;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Provenance;
import org.annals.model.Trigger;
import org.annals.store.CanonicalEvent;
import org.annals.store.ClaimStore;
import org.annals.store.EventStore;
import org.annals.store.Mention;
import org.annals.store.PutResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's claim index never misses a claim whose verdict an article's events may change:
 * after each write of a seeded random stream of articles (events of random dyads, types, modes
 * and dates of every precision; claims of random kinds, dyads, modes, days and windows, some
 * ambiguous),
 * the claims the write queued include every stored claim that {@link Verifier#mayChange} accepts
 * for a canonical event of the written article — the set the ledger used to find by reading every
 * claim. On DuckDB and, when {@code ANNALS_TEST_PG_URL} is set, on PostgreSQL.
 */
class ClaimIndexTest {
  private static final List<String> COUNTRIES = List.of("FRA", "RUS", "USA");
  private static final List<String> TYPES = List.of("CONSULT", "ACCUSE");
  private static final List<String> MODES = java.util.Arrays.asList("phone", "visit", null);
  private static final List<String> KINDS = List.of(ClaimSubject.KIND_COUNT, ClaimSubject.KIND_LAST,
      ClaimSubject.KIND_FIRST_SINCE, ClaimSubject.KIND_OFFICEHOLDER);
  private static final List<String> WORDS = List.of("talks", "envoy", "border", "grain", "summit", "treaty",
      "energy", "visit", "aid", "vote", "harbour", "loan");
  @TempDir Path dir;

  @Test
  void duckdb() {
    check("jdbc:duckdb:" + dir.resolve("i.duckdb"));
  }

  @Test
  void postgresql() throws Exception {
    String base = System.getenv("ANNALS_TEST_PG_URL");
    Assumptions.assumeTrue(base != null && !base.isBlank(), "ANNALS_TEST_PG_URL is not set: skipping");
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS annals_claim_index CASCADE");
      s.execute("CREATE SCHEMA annals_claim_index");
    }
    check(base + (base.contains("?") ? "&" : "?") + "currentSchema=annals_claim_index");
  }

  private void check(String url) {
    SplittableRandom r = new SplittableRandom(20251205);
    ClaimLedger ledger = new ClaimLedger(null);
    int checked = 0;
    try (EventStore store = EventStore.open(url)) {
      ClaimStore claims = ClaimStore.of(store).orElseThrow();
      for (int i = 0; i < 40; i++) {
        CodedArticle a = article(r, i);
        PutResult put = store.put(a);
        Set<String> queued = new HashSet<>();
        claims.pending().forEach(p -> queued.add(p.claim().articleId() + "/" + p.claim().ord()));
        List<CanonicalEvent> events = store.article(put.articleId()).orElseThrow().mentions().stream()
            .map(Mention::canonicalId).filter(Objects::nonNull).distinct()
            .map(id -> store.event(id).orElseThrow().event()).toList();
        for (ClaimStore.StoredClaim sc : claims.claims()) {
          if (events.stream().anyMatch(e -> Verifier.mayChange(sc.claim(), e))) {
            assertThat(queued).as("article %d: claim %s", i, sc.claim().subject())
                .contains(sc.articleId() + "/" + sc.ord());
            checked++;
          }
        }
        ledger.drain(store);
        assertThat(claims.pending()).isEmpty();
      }
    }
    assertThat(checked).as("the stream reaches claims often enough to test anything").isGreaterThan(15);
  }

  /** Article {@code i}: two to four events and one or two claims. */
  private static CodedArticle article(SplittableRandom r, int i) {
    LocalDate published = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(300));
    StringBuilder words = new StringBuilder("Report " + i + ".");
    for (int w = 0; w < 40; w++) {
      words.append(' ').append(WORDS.get(r.nextInt(WORDS.size()))).append(r.nextInt(1000));
    }
    String text = words.append('.').toString(); // no two alike: near-duplicates would not be merged
    String id = Article.contentId(text);
    List<CodedEvent> events = new ArrayList<>();
    for (int k = 0; k <= 1 + r.nextInt(3); k++) {
      List<String> pair = pair(r);
      String type = TYPES.get(r.nextInt(4) == 0 ? 1 : 0);
      events.add(new CodedEvent(CodedEvent.makeId(id, k, type), type, MODES.get(r.nextInt(3)), List.of(),
          null, 1, 1.0, List.of(Records.leader(pair.get(0))), List.of(Records.leader(pair.get(1))), false,
          date(r, published), null, Map.of(), Modality.ASSERTED, null,
          new Evidence(id, 0, 6, new Trigger(0, 6, "Report"), "test"), 0.9));
    }
    List<Claim> claims = new ArrayList<>();
    for (int k = 0; k <= r.nextInt(2); k++) {
      claims.add(claim(r, published));
    }
    Article a = new Article(null, null, "https://test.example/" + i, null, "Outlet " + r.nextInt(4),
        published, "en", text);
    return new CodedArticle(a, events, claims, List.of(), 3, 30, new Provenance("test", "none", null, null, "t"));
  }

  private static List<String> pair(SplittableRandom r) {
    int a = r.nextInt(COUNTRIES.size());
    int b = (a + 1 + r.nextInt(COUNTRIES.size() - 1)) % COUNTRIES.size();
    return List.of(COUNTRIES.get(a), COUNTRIES.get(b));
  }

  /** A date of every kind the coder produces: a day, a month, a year, before/after a day, none. */
  private static EventDate date(SplittableRandom r, LocalDate published) {
    LocalDate d = published.minusDays(r.nextInt(60));
    int kind = r.nextInt(6);
    String value = switch (kind) {
      case 0 -> d.toString().substring(0, 7);
      case 1 -> d.toString().substring(0, 4);
      case 2 -> "before " + d;
      case 3 -> "after " + d;
      case 4 -> null;
      default -> d.toString();
    };
    Precision p = switch (kind) {
      case 0 -> Precision.MONTH;
      case 1 -> Precision.YEAR;
      case 4 -> Precision.UNKNOWN;
      default -> Precision.DAY;
    };
    return new EventDate(value, p, DateBasis.EXPLICIT, null, "t");
  }

  private static Claim claim(SplittableRandom r, LocalDate published) {
    List<String> countries = switch (r.nextInt(6)) {
      case 0 -> List.of(COUNTRIES.get(0), COUNTRIES.get(1), COUNTRIES.get(2));
      case 1 -> List.of(COUNTRIES.get(2), COUNTRIES.get(2));
      default -> pair(r);
    };
    LocalDate at = published.plusDays(r.nextInt(200));
    Object[] subject = {ClaimSubject.COUNTRIES, countries, ClaimSubject.AT,
        r.nextInt(5) == 0 ? "2025" : at.toString()};
    List<Object> kv = new ArrayList<>(List.of(subject));
    if (r.nextBoolean()) { // a count's window ("this year", "in the last two months")
      kv.addAll(List.of(ClaimSubject.FROM, at.minusDays(r.nextInt(240)).toString()));
    }
    if (r.nextInt(4) > 0) {
      kv.addAll(List.of(ClaimSubject.EVENT, TYPES.get(r.nextInt(4) == 0 ? 1 : 0)));
    }
    String mode = MODES.get(r.nextInt(3));
    if (mode != null && r.nextBoolean()) {
      kv.addAll(List.of(ClaimSubject.MODE, mode));
    }
    return Records.claim(KINDS.get(r.nextInt(KINDS.size())), kv.toArray());
  }
}
