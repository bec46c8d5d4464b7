package org.annals.flink;

import java.util.ArrayList;
import java.util.List;
import org.annals.ingest.ItemCoder;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.store.EventStore;
import org.annals.store.PutResult;
import org.annals.verify.ClaimLedger;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.api.java.tuple.Tuple2;

/**
 * Writes the coded articles into an event store (PostgreSQL on a cluster; any store in a local
 * run) in batches: {@link EventStore#putAll} every {@code batchSize} articles and at every
 * checkpoint, then the claim ledger (verdicts, as {@code annals ingest}); failures become the
 * store's dead letters. The store's writes are idempotent upserts keyed by the content-derived
 * ids and merge canonical events themselves, so articles replayed after a restore change nothing.
 * Run with parallelism 1 (the store serialises writes anyway).
 */
final class StoreSink implements Sink<Tuple2<String, String>> {
  private static final long serialVersionUID = 1L;
  private final String url;
  private final int batchSize;

  StoreSink(String url, int batchSize) {
    this.url = url;
    this.batchSize = batchSize;
  }

  @Override
  public SinkWriter<Tuple2<String, String>> createWriter(WriterInitContext context) {
    return new Writer(EventStore.open(url), batchSize);
  }

  /** One store connection; the batch lives until the next checkpoint or a full batch. */
  private static final class Writer implements SinkWriter<Tuple2<String, String>> {
    private final EventStore store;
    private final org.annals.ingest.StoreSink skips;
    private final ClaimLedger ledger = new ClaimLedger(BundledKnowledgeBase.load());
    private final int batchSize;
    private final List<org.annals.model.CodedArticle> batch = new ArrayList<>();

    Writer(EventStore store, int batchSize) {
      this.store = store;
      this.skips = new org.annals.ingest.StoreSink(store);
      this.batchSize = batchSize;
    }

    @Override
    public void write(Tuple2<String, String> in, Context context) {
      ItemCoder.Outcome o = Envelopes.outcome(in.f1);
      if (o.failure() != null) {
        skips.recordSkip(o.failure());
        return;
      }
      batch.add(o.coded());
      if (batch.size() >= batchSize) {
        flush(false);
      }
    }

    @Override
    public void flush(boolean endOfInput) {
      if (batch.isEmpty()) {
        return;
      }
      for (PutResult put : store.putAll(batch)) {
        ledger.record(store, put);
      }
      batch.clear();
    }

    @Override
    public void close() {
      store.close();
    }
  }
}
