package org.annals.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;

/**
 * Everything a write needs from one coded article that does not depend on the store: its
 * MinHash signature (and its stored text) and bands, its events with ids, and for each event the
 * merge bucket, the JSON body, the date as a {@link DateFit} and the lower-cased sentence, and the
 * JSON of its provenance and claims. Computed before the writer
 * takes the store's lock, for a large batch in parallel ({@link #all}), so that the single
 * writer only looks up, merges and inserts. Immutable; thread-safe.
 */
final class Prepared {
  final CodedArticle coded;
  final int[] sig;
  final long[] bands;
  final List<CodedEvent> events;
  final List<String> buckets;
  final List<String> bodies;
  final List<DateFit> fits;
  final List<String> sentences;
  final String minhash;
  final String provenance;
  final List<String> claims;

  private Prepared(CodedArticle coded) {
    this.coded = coded;
    Article a = coded.article();
    this.sig = MinHash.signature(a.text());
    this.bands = MinHash.bands(sig);
    this.events = eventsWithIds(coded);
    int n = events.size();
    List<String> b = new ArrayList<>(n);
    List<String> j = new ArrayList<>(n);
    List<DateFit> f = new ArrayList<>(n);
    List<String> s = new ArrayList<>(n);
    java.util.Map<String, String> byId = new java.util.HashMap<>();
    for (CodedEvent e : events) {
      String told = e.retells() == null ? null : byId.get(e.retells());
      b.add(told != null ? told : Buckets.of(e)); // an event told again merges with its first telling
      byId.putIfAbsent(e.id(), b.get(b.size() - 1));
      j.add(Codec.write(e));
      f.add(DateFit.of(e.date()));
      s.add(sentence(a, e));
    }
    this.buckets = List.copyOf(b);
    this.bodies = List.copyOf(j);
    this.fits = List.copyOf(f);
    this.sentences = java.util.Collections.unmodifiableList(s);
    this.minhash = MinHash.encode(sig);
    this.provenance = coded.provenance() == null ? null : Codec.write(coded.provenance());
    this.claims = coded.claims().stream().map(Codec::write).toList();
  }

  /** Batches at least this large are prepared on the common fork-join pool. */
  static final int PARALLEL_FROM = 64;

  /** The batch prepared, in order; in parallel from {@link #PARALLEL_FROM} articles. */
  static List<Prepared> all(List<CodedArticle> batch) {
    return batch.size() >= PARALLEL_FROM
        ? batch.parallelStream().map(Prepared::new).toList()
        : batch.stream().map(Prepared::new).toList();
  }

  String id() {
    return coded.article().id();
  }

  /** Whether event {@code i} may form canonical events (asserted). */
  boolean asserted(int i) {
    return Buckets.asserted(events.get(i));
  }

  /** Event {@code i} as the merger sees it. */
  MentionRow row(int i) {
    Article a = coded.article();
    return new MentionRow(buckets.get(i), a.id(), a.outlet(), a.url(), a.published(),
        events.get(i), bodies.get(i), fits.get(i));
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
    return List.copyOf(out);
  }

  /** The event's sentence lower-cased (for text search), or null without valid evidence. */
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
