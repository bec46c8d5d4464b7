package org.annals.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.annals.model.CodedArticle;
import org.annals.store.PutResult;

/**
 * Hands coded articles to the sink in batches ({@link IngestSink#putAll}, one transaction each):
 * a batch is written when {@code size} articles wait, or when the first of them has waited
 * {@code wait}, whichever comes first (a timer thread writes a batch that is due while the
 * workers are busy coding). An article counts as done only when the batch that holds it is
 * committed ({@link Listener#committed}), and then the sink's {@link IngestSink#afterBatch} runs
 * (the claim ledger); a batch the store refuses as a whole is written again one article per
 * transaction, so that one bad article is a dead letter and the others are
 * stored. Thread-safe: workers add concurrently; batches may be written concurrently (the store
 * serialises its transactions and prepares each batch outside its lock).
 */
final class Batcher implements AutoCloseable {
  /** A coded article waiting for its batch, with the source item it came from. */
  record Item(SourceItem.Parsed source, CodedArticle coded) {}

  /** What becomes of each article once its batch was written. */
  interface Listener {
    /** The article's batch was committed with this result. */
    void committed(Item item, PutResult result);

    /** The article could not be stored even alone. */
    void failed(Item item, RuntimeException e);
  }

  private final IngestSink sink;
  private final int size;
  private final long waitNanos;
  private final Listener listener;
  private final Consumer<Throwable> fatal;
  private final Thread timer;
  private List<Item> open = new ArrayList<>();
  private long openedAt;
  private volatile boolean closed;

  /**
   * @param fatal receives an error of a batch written by the timer thread (a broken sink), which
   *     must stop the run as it would in a worker
   */
  Batcher(IngestSink sink, int size, Duration wait, Listener listener, Consumer<Throwable> fatal) {
    this.sink = sink;
    this.size = size;
    this.waitNanos = wait.toNanos();
    this.listener = listener;
    this.fatal = fatal;
    this.timer = new Thread(this::tick, "ingest-batch-timer");
    this.timer.setDaemon(true);
    this.timer.start();
  }

  /** Adds a coded article; writes the batch (on this thread) when it is full. */
  void add(Item item) {
    List<Item> full = null;
    synchronized (this) {
      if (open.isEmpty()) {
        openedAt = System.nanoTime();
      }
      open.add(item);
      if (open.size() >= size) {
        full = take();
      }
    }
    if (full != null) {
      write(full);
    }
  }

  /** Writes what is waiting and stops the timer. */
  @Override
  public void close() {
    stop();
    List<Item> rest;
    synchronized (this) {
      rest = take();
    }
    if (!rest.isEmpty()) {
      write(rest);
    }
  }

  /** Stops the timer without writing what waits (the run failed; those articles are coded again next time). */
  void stop() {
    closed = true; // the timer sees it within 50 ms; never interrupted in the middle of a write
    try {
      timer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private List<Item> take() {
    List<Item> out = open;
    open = new ArrayList<>();
    return out;
  }

  private void tick() {
    long sleepMs = Math.max(1, Math.min(50, waitNanos / 2_000_000));
    try {
      while (!closed) {
        Thread.sleep(sleepMs);
        List<Item> due = null;
        synchronized (this) {
          if (!open.isEmpty() && System.nanoTime() - openedAt >= waitNanos) {
            due = take();
          }
        }
        if (due != null) {
          write(due);
        }
      }
    } catch (InterruptedException e) {
      // closed
    } catch (Throwable t) {
      fatal.accept(t);
    }
  }

  private void write(List<Item> batch) {
    List<PutResult> results;
    try {
      results = sink.putAll(batch.stream().map(Item::coded).toList());
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        listener.failed(batch.get(0), e);
        return;
      }
      for (Item item : batch) {
        write(List.of(item));
      }
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      listener.committed(batch.get(i), results.get(i));
    }
    sink.afterBatch();
  }
}
