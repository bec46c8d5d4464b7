package org.annals.ingest;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Progress on stderr: a bar redrawn every second on a terminal (articles, rate, share of input
 * bytes, time left), or one plain line every ten seconds otherwise. The share and time left come
 * from bytes read against the total size of the input files (unknown for stdin and URLs).
 * Thread-safe: counters are adders; output is synchronised.
 */
final class Progress implements AutoCloseable {
  private final PrintStream err;
  private final boolean bar;
  private final long totalBytes;
  private final LongAdder bytesRead;
  private final LongSupplier done;
  private final LongSupplier skipped;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer;
  private boolean drawn;

  /**
   * @param mode BAR, LINES or OFF (AUTO is resolved by the caller)
   * @param totalBytes input size, or -1 when unknown
   */
  Progress(IngestConfig.ProgressMode mode, PrintStream err, long totalBytes, LongAdder bytesRead,
      LongSupplier done, LongSupplier skipped) {
    this.err = err;
    this.bar = mode == IngestConfig.ProgressMode.BAR;
    this.totalBytes = totalBytes;
    this.bytesRead = bytesRead;
    this.done = done;
    this.skipped = skipped;
    if (mode == IngestConfig.ProgressMode.OFF) {
      timer = null;
      return;
    }
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "ingest-progress");
      t.setDaemon(true);
      return t;
    });
    long period = bar ? 1 : 10;
    timer.scheduleAtFixedRate(this::draw, period, period, TimeUnit.SECONDS);
  }

  static IngestConfig.ProgressMode resolve(IngestConfig.ProgressMode mode) {
    if (mode != IngestConfig.ProgressMode.AUTO) {
      return mode;
    }
    boolean tty = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    return tty ? IngestConfig.ProgressMode.BAR : IngestConfig.ProgressMode.LINES;
  }

  /** Prints a message line without garbling the bar. */
  synchronized void message(String line) {
    if (drawn) {
      err.print("\r\033[K");
      drawn = false;
    }
    err.println(line);
    err.flush();
  }

  synchronized void draw() {
    double secs = (System.nanoTime() - start) / 1e9;
    long n = done.getAsLong();
    double rate = secs > 0 ? n / secs : 0;
    long read = bytesRead.sum();
    String share = "";
    String eta = "";
    if (totalBytes > 0) {
      double f = Math.min(1.0, (double) read / totalBytes);
      share = String.format(" %3.0f%%", 100 * f);
      if (f > 0.001) {
        eta = " ETA " + clock((long) (secs / f - secs));
      }
      if (bar) {
        int w = 24;
        int filled = (int) Math.round(f * w);
        share = " [" + "#".repeat(filled) + ".".repeat(w - filled) + "]" + share;
      }
    }
    String text = String.format("ingest:%s %d articles, %.2f/s, %d skipped, %s elapsed%s",
        share, n, rate, skipped.getAsLong(), clock((long) secs), eta);
    if (bar) {
      err.print("\r\033[K" + text);
      drawn = true;
    } else {
      err.println(text);
    }
    err.flush();
  }

  static String clock(long seconds) {
    return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }
}
