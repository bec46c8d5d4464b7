package org.annals.server;

import io.javalin.http.Handler;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the time of one API read: the handler runs on a worker thread and the request thread
 * waits at most the configured time, then answers 503 ({@link ApiException.TooSlow}) and
 * interrupts the worker. Concurrency stays bounded by the HTTP server's request threads, each of
 * which waits for at most one worker. Thread-safe.
 */
final class Deadline implements AutoCloseable {
  private final long millis;
  private final ExecutorService workers;

  Deadline(long millis) {
    this.millis = millis;
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "annals-read-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** The handler, answered within the deadline or with 503. */
  Handler bounded(Handler handler) {
    return ctx -> {
      Future<?> run = workers.submit(() -> {
        handler.handle(ctx);
        return null;
      });
      try {
        run.get(millis, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        run.cancel(true);
        throw new ApiException.TooSlow("the query took longer than " + millis + " ms; narrow it"
            + " (a shorter date range, an actor or a type) and try again");
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Exception x ? x : e;
      }
    };
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
