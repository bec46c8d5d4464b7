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
import java.util.TreeMap;
import java.util.TreeSet;
import org.annals.model.Article;
import org.annals.model.Claim;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Warning;

/**
 * Writes one batch of coded articles inside the caller's transaction: duplicate and
 * near-duplicate detection (look-ups once per batch), the recomputation of the canonical events
 * of every bucket the batch touched, then bulk rows for articles, bands, mentions, warnings and
 * claims. Not thread-safe: one instance per transaction.
 */
final class StoreWriter {
  /** An article of the batch that will be stored. */
  private static final class Pending {
    final CodedArticle coded;
    final int[] sig;
    String nearDupOf;
    Double similarity;
    List<CodedEvent> events = List.of();
    List<String> bodies = List.of();

    Pending(CodedArticle coded, int[] sig) {
      this.coded = coded;
      this.sig = sig;
    }

    String id() {
      return coded.article().id();
    }
  }

  private final Connection c;
  private final Set<String> touched = new TreeSet<>();
  private final Map<String, Pending> pending = new LinkedHashMap<>();
  private final NearDuplicates near = new NearDuplicates();

  StoreWriter(Connection c) {
    this.c = c;
  }

  /** Stores the batch; returns one result per input, in order. */
  List<PutResult> write(List<CodedArticle> batch) throws SQLException {
    List<String> ids = batch.stream().map(a -> a.article().id()).distinct().toList();
    Set<String> stored = new HashSet<>(Sql.queryIn(c, "SELECT id FROM articles WHERE id IN"
        + " IN_LIST", ids, rs -> rs.getString(1)));
    Map<String, String> urlOwner = new HashMap<>();
    List<String> urls = batch.stream().map(a -> a.article().url())
        .filter(u -> u != null && !u.isBlank()).distinct().toList();
    for (String[] r : Sql.queryIn(c, "SELECT url, id FROM articles WHERE url IN IN_LIST"
        + " ORDER BY id", urls, rs -> new String[] {rs.getString(1), rs.getString(2)})) {
      urlOwner.putIfAbsent(r[0], r[1]);
    }
    Map<String, int[]> sigs = new HashMap<>();
    for (CodedArticle a : batch) {
      if (!stored.contains(a.article().id())) {
        sigs.computeIfAbsent(a.article().id(), k -> MinHash.signature(a.article().text()));
      }
    }
    near.prefetch(c, sigs.values());
    List<String> dupOf = new ArrayList<>();
    for (CodedArticle a : batch) {
      dupOf.add(admit(a, stored, urlOwner, sigs));
    }
    Map<String, List<MentionRow>> batchRows = batchRows();
    touched.addAll(batchRows.keySet());
    Map<String, Integer> fresh = new Recompute(c).run(touched, batchRows, pending.keySet());
    insertRows();
    List<PutResult> out = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      String id = batch.get(i).article().id();
      if (dupOf.get(i) != null) {
        out.add(new PutResult(id, PutStatus.DUPLICATE, 0, 0, dupOf.get(i)));
      } else {
        Pending p = pending.get(id);
        out.add(new PutResult(id, p.nearDupOf == null ? PutStatus.STORED
            : PutStatus.NEAR_DUPLICATE, p.events.size(), fresh.getOrDefault(id, 0), p.nearDupOf));
      }
    }
    return out;
  }

  /** Decides what happens to one article; returns the article it duplicates, or null. */
  private String admit(CodedArticle coded, Set<String> stored, Map<String, String> urlOwner,
      Map<String, int[]> sigs) throws SQLException {
    Article a = coded.article();
    if (stored.contains(a.id()) || pending.containsKey(a.id())) {
      return a.id();
    }
    if (a.url() != null && !a.url().isBlank()) {
      String owner = urlOwner.putIfAbsent(a.url(), a.id());
      if (owner != null) {
        return owner;
      }
    }
    Pending p = new Pending(coded, sigs.get(a.id()));
    NearDuplicates.Match m = near.find(a.id(), p.sig);
    if (m != null && a.id().compareTo(m.primary()) < 0) {
      promote(a.id(), m);
    } else if (m != null) {
      p.nearDupOf = m.primary();
      p.similarity = m.similarity();
    }
    p.events = eventsWithIds(coded);
    pending.put(a.id(), p);
    near.add(a.id(), p.sig, p.nearDupOf);
    return null;
  }

  /** The new article {@code id} becomes the primary of the match's group. */
  private void promote(String id, NearDuplicates.Match m) throws SQLException {
    Pending old = pending.get(m.primary());
    if (old == null) {
      touched.addAll(NearDuplicates.promoteStored(c, id, m));
    } else {
      old.nearDupOf = id;
      old.similarity = m.similarity();
    }
    for (Pending q : pending.values()) {
      if (m.primary().equals(q.nearDupOf)) {
        q.nearDupOf = id;
      }
    }
    near.repoint(m.primary(), id);
  }

  /**
   * The asserted mentions of the batch's primary articles by bucket, each with its JSON body
   * (written once here, stored with the mention and reused for its canonical row).
   */
  private Map<String, List<MentionRow>> batchRows() {
    Map<String, List<MentionRow>> out = new TreeMap<>();
    for (Pending p : pending.values()) {
      Article a = p.coded.article();
      p.bodies = new ArrayList<>(p.events.size());
      for (CodedEvent e : p.events) {
        String body = Codec.write(e);
        p.bodies.add(body);
        if (p.nearDupOf == null && Buckets.asserted(e)) {
          String bucket = Buckets.of(e);
          out.computeIfAbsent(bucket, k -> new ArrayList<>()).add(new MentionRow(bucket, a.id(),
              a.outlet(), a.url(), a.published(), e, body));
        }
      }
    }
    return out;
  }

  private void insertRows() throws SQLException {
    List<Object[]> articles = new ArrayList<>();
    List<Object[]> bands = new ArrayList<>();
    List<Object[]> warnings = new ArrayList<>();
    List<Object[]> claims = new ArrayList<>();
    List<Object[]> mentions = new ArrayList<>();
    for (Pending p : pending.values()) {
      CodedArticle coded = p.coded;
      Article a = coded.article();
      articles.add(new Object[] {a.id(), a.url(), a.outlet(), a.title(), a.published(),
          a.language(), a.file(), a.text(), coded.sentenceCount(), coded.tokenCount(),
          coded.provenance() == null ? null : Codec.write(coded.provenance()), p.nearDupOf,
          p.similarity, MinHash.encode(p.sig)});
      long[] hashes = MinHash.bands(p.sig);
      for (int b = 0; b < hashes.length; b++) {
        bands.add(new Object[] {b, hashes[b], a.id()});
      }
      for (int i = 0; i < coded.warnings().size(); i++) {
        Warning w = coded.warnings().get(i);
        warnings.add(new Object[] {a.id(), i, w.code(), w.message(), w.start(), w.end()});
      }
      for (int i = 0; i < coded.claims().size(); i++) {
        Claim cl = coded.claims().get(i);
        claims.add(new Object[] {a.id(), i, cl.kind(), Codec.write(cl)});
      }
      for (int i = 0; i < p.events.size(); i++) {
        CodedEvent e = p.events.get(i);
        mentions.add(new Object[] {e.id(), a.id(), i, Buckets.of(e), e.event(), e.mode(),
            modality(e), e.date().value(), DateFit.precisionOf(e.date()).label(), trigger(e),
            sentence(a, e), p.bodies.get(i)});
      }
    }
    Sql.insert(c, "articles", "id, url, outlet, title, published, language, file, text,"
        + " sentence_count, token_count, provenance, near_dup_of, similarity, minhash", articles);
    Sql.insert(c, "article_bands", "band, hash, article_id", bands);
    Sql.insert(c, "warnings", "article_id, ord, code, message, start_offset, end_offset", warnings);
    Sql.insert(c, "claims", "article_id, ord, kind, body", claims);
    Sql.insert(c, "mentions", "id, article_id, ord, bucket, event, mode, modality, date_value,"
        + " date_precision, trigger_text, sentence, body", mentions);
  }

  /** The article's events with ids: missing ids made from content, repeated ids suffixed. */
  private static List<CodedEvent> eventsWithIds(CodedArticle coded) {
    Set<String> seen = new HashSet<>();
    List<CodedEvent> out = new ArrayList<>();
    for (int i = 0; i < coded.events().size(); i++) {
      CodedEvent e = coded.events().get(i);
      String id = e.id();
      if (id == null || id.isBlank()) {
        int at = e.evidence() == null || e.evidence().trigger() == null ? i
            : e.evidence().trigger().start();
        id = CodedEvent.makeId(coded.article().id(), at, e.event());
      }
      if (!seen.add(id)) {
        id = id + "-" + i;
        seen.add(id);
      }
      out.add(id.equals(e.id()) ? e : Codec.withId(e, id));
    }
    return out;
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
