package org.annals.flink;

import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.annals.ingest.FieldMap;
import org.annals.ingest.ReadOptions;
import org.annals.ingest.SourceFactory;
import org.annals.model.AnnalsException;
import org.apache.flink.api.java.tuple.Tuple2;

/**
 * The items of one split as (key, JSON) pairs, pulled from the project's push-style readers
 * ({@link SourceFactory}): a reading thread fills a small bounded queue, so at most a few records
 * are in memory. The first {@code emitted} items are read and passed over (a restored split).
 * Not thread-safe (the source reader's thread pulls); {@link #close} stops the reading thread.
 */
final class ItemIterator implements Iterator<Tuple2<String, String>>, AutoCloseable {
  private static final Object END = new Object();

  private final FileSplit split;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
  private Thread reader;
  private Object next;
  private long consumed;

  ItemIterator(FileSplit split) {
    this.split = split;
  }

  /** Items handed out by this iterator. */
  long consumed() {
    return consumed;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      if (reader == null) {
        start();
      }
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AnnalsException("interrupted while reading " + split.path(), e);
      }
    }
    if (next instanceof RuntimeException e) {
      throw new AnnalsException("reading " + split.path() + " failed: " + e.getMessage(), e);
    }
    return next != END;
  }

  @SuppressWarnings("unchecked")
  @Override
  public Tuple2<String, String> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Tuple2<String, String> out = (Tuple2<String, String>) next;
    next = null;
    consumed++;
    return out;
  }

  private void start() {
    ReadOptions options = new ReadOptions(split.published(), FieldMap.parse(split.fields()), false,
        Duration.ofSeconds(20));
    reader = new Thread(() -> read(new SourceFactory(options)), "annals-read-" + split.index());
    reader.setDaemon(true);
    reader.start();
  }

  private void read(SourceFactory factory) {
    long[] seen = {0};
    try {
      factory.open(split.path()).read(item -> {
        if (seen[0]++ >= split.emitted()) {
          put(Tuple2.of(Envelopes.key(item), Envelopes.item(item)));
        }
      });
      put(END);
    } catch (Stopped e) {
      // closed: nobody reads any more
    } catch (RuntimeException e) {
      try {
        put(e);
      } catch (Stopped ignored) {
        // closed meanwhile
      }
    }
  }

  private void put(Object o) {
    try {
      queue.put(o);
    } catch (InterruptedException e) {
      throw new Stopped();
    }
  }

  @Override
  public void close() {
    if (reader != null) {
      reader.interrupt();
    }
  }

  /** Ends the reading thread when the iterator is closed. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }
}
