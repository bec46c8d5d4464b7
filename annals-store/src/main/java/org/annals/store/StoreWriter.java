package org.annals.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annals.model.Article;
import org.annals.model.Claim;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Warning;

/**
 * Writes one batch of coded articles inside the caller's transaction: duplicate and
 * near-duplicate detection, rows for articles, mentions, warnings and claims, then the
 * recomputation of the canonical events of every bucket the batch touched. Not thread-safe: one
 * instance per transaction.
 */
final class StoreWriter {
  private final Connection c;
  private final Set<String> touched = new TreeSet<>();
  private final Map<String, String> idsInBatch = new HashMap<>();
  private final Map<String, String> urlsInBatch = new HashMap<>();

  StoreWriter(Connection c) {
    this.c = c;
  }

  /** Stores the batch; returns one result per input, in order. */
  List<PutResult> write(List<CodedArticle> batch) throws SQLException {
    List<PutResult> results = new ArrayList<>();
    Map<String, Integer> indexOfArticle = new LinkedHashMap<>();
    for (CodedArticle coded : batch) {
      PutResult r = writeOne(coded);
      results.add(r);
      if (r.status() != PutStatus.DUPLICATE) {
        indexOfArticle.putIfAbsent(r.articleId(), results.size() - 1);
      }
    }
    Map<String, Integer> fresh = new Recompute(c).run(touched, indexOfArticle.keySet());
    List<PutResult> out = new ArrayList<>();
    for (PutResult r : results) {
      int n = r.status() == PutStatus.DUPLICATE ? 0 : fresh.getOrDefault(r.articleId(), 0);
      out.add(new PutResult(r.articleId(), r.status(), r.events(), n, r.mergedInto()));
    }
    return out;
  }

  private PutResult writeOne(CodedArticle coded) throws SQLException {
    Article a = coded.article();
    String dupOf = duplicateOf(a);
    if (dupOf != null) {
      return new PutResult(a.id(), PutStatus.DUPLICATE, 0, 0, dupOf);
    }
    int[] sig = MinHash.signature(a.text());
    NearDuplicates.Match match = new NearDuplicates(c).find(a.id(), sig);
    String nearDupOf = null;
    if (match != null) {
      if (a.id().compareTo(match.primary()) < 0) {
        touched.addAll(NearDuplicates.promote(c, a.id(), match));
      } else {
        nearDupOf = match.primary();
      }
    }
    insertArticle(coded, sig, nearDupOf, nearDupOf == null ? null : match.similarity());
    List<CodedEvent> events = insertMentions(coded);
    if (nearDupOf == null) {
      events.stream().filter(Buckets::asserted).forEach(e -> touched.add(Buckets.of(e)));
    }
    idsInBatch.put(a.id(), a.id());
    if (a.url() != null) {
      urlsInBatch.putIfAbsent(a.url(), a.id());
    }
    return new PutResult(a.id(), nearDupOf == null ? PutStatus.STORED : PutStatus.NEAR_DUPLICATE,
        events.size(), 0, nearDupOf);
  }

  private String duplicateOf(Article a) throws SQLException {
    if (idsInBatch.containsKey(a.id())) {
      return a.id();
    }
    if (!Sql.query(c, "SELECT id FROM articles WHERE id = ?", List.of(a.id()),
        rs -> rs.getString(1)).isEmpty()) {
      return a.id();
    }
    if (a.url() == null || a.url().isBlank()) {
      return null;
    }
    if (urlsInBatch.containsKey(a.url())) {
      return urlsInBatch.get(a.url());
    }
    List<String> byUrl = Sql.query(c, "SELECT id FROM articles WHERE url = ? ORDER BY id",
        List.of(a.url()), rs -> rs.getString(1));
    return byUrl.isEmpty() ? null : byUrl.get(0);
  }

  private void insertArticle(CodedArticle coded, int[] sig, String nearDupOf, Double sim)
      throws SQLException {
    Article a = coded.article();
    Sql.insert(c, "articles", "id, url, outlet, title, published, language, file, text,"
        + " sentence_count, token_count, provenance, near_dup_of, similarity, minhash",
        List.<Object[]>of(new Object[] {a.id(), a.url(), a.outlet(), a.title(), a.published(),
            a.language(), a.file(), a.text(), coded.sentenceCount(), coded.tokenCount(),
            coded.provenance() == null ? null : Codec.write(coded.provenance()), nearDupOf, sim,
            MinHash.encode(sig)}));
    long[] bands = MinHash.bands(sig);
    List<Object[]> rows = new ArrayList<>();
    for (int b = 0; b < bands.length; b++) {
      rows.add(new Object[] {b, bands[b], a.id()});
    }
    Sql.insert(c, "article_bands", "band, hash, article_id", rows);
    List<Object[]> warnings = new ArrayList<>();
    for (int i = 0; i < coded.warnings().size(); i++) {
      Warning w = coded.warnings().get(i);
      warnings.add(new Object[] {a.id(), i, w.code(), w.message(), w.start(), w.end()});
    }
    Sql.insert(c, "warnings", "article_id, ord, code, message, start_offset, end_offset", warnings);
    List<Object[]> claims = new ArrayList<>();
    for (int i = 0; i < coded.claims().size(); i++) {
      Claim cl = coded.claims().get(i);
      claims.add(new Object[] {a.id(), i, cl.kind(), Codec.write(cl)});
    }
    Sql.insert(c, "claims", "article_id, ord, kind, body", claims);
  }

  private List<CodedEvent> insertMentions(CodedArticle coded) throws SQLException {
    Article a = coded.article();
    Set<String> seen = new HashSet<>();
    List<CodedEvent> stored = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < coded.events().size(); i++) {
      CodedEvent e = coded.events().get(i);
      String id = e.id();
      if (id == null || id.isBlank()) {
        int at = e.evidence() == null || e.evidence().trigger() == null ? i
            : e.evidence().trigger().start();
        id = CodedEvent.makeId(a.id(), at, e.event());
      }
      if (!seen.add(id)) {
        id = id + "-" + i;
        seen.add(id);
      }
      e = id.equals(e.id()) ? e : Codec.withId(e, id);
      stored.add(e);
      rows.add(new Object[] {id, a.id(), i, Buckets.of(e), e.event(), e.mode(), modality(e),
          e.date().value(), DateFit.precisionOf(e.date()).label(), trigger(e), sentence(a, e),
          Codec.write(e)});
    }
    Sql.insert(c, "mentions", "id, article_id, ord, bucket, event, mode, modality, date_value,"
        + " date_precision, trigger_text, sentence, body", rows);
    return stored;
  }

  static String modality(CodedEvent e) {
    return e.modality() == null ? "asserted" : e.modality().label();
  }

  private static String trigger(CodedEvent e) {
    return e.evidence() == null || e.evidence().trigger() == null
        ? null : e.evidence().trigger().text();
  }

  private static String sentence(Article a, CodedEvent e) {
    if (e.evidence() == null) {
      return null;
    }
    int s = e.evidence().start();
    int t = e.evidence().end();
    if (s < 0 || t > a.text().length() || s > t) {
      return null;
    }
    return a.text().substring(s, t).toLowerCase(Locale.ROOT);
  }
}
