package org.annals.ingest;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Progress on stderr: a bar redrawn every second on a terminal (records done, rate, share, time
 * left), or one plain line every ten seconds otherwise. The total number of records is estimated
 * from the records read so far and the share of input bytes read (exact once all input is read;
 * unknown for stdin and URLs); the share done and the time left follow from it.
 * Thread-safe: counters are adders; output is synchronised.
 */
final class Progress implements AutoCloseable {
  private final PrintStream err;
  private final boolean bar;
  private final long totalBytes;
  private final LongAdder bytesRead;
  private final LongSupplier read;
  private final LongSupplier done;
  private final LongSupplier skipped;
  private final BooleanSupplier inputDone;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer;
  private boolean drawn;

  /**
   * @param mode BAR, LINES or OFF (AUTO is resolved by the caller)
   * @param totalBytes input size, or -1 when unknown
   * @param read records (articles and failures) read from the sources so far
   * @param done records fully processed (stored, duplicate or skipped)
   * @param inputDone whether every source has been read (then {@code read} is the exact total)
   */
  Progress(IngestConfig.ProgressMode mode, PrintStream err, long totalBytes, LongAdder bytesRead,
      LongSupplier read, LongSupplier done, LongSupplier skipped, BooleanSupplier inputDone) {
    this.err = err;
    this.bar = mode == IngestConfig.ProgressMode.BAR;
    this.totalBytes = totalBytes;
    this.bytesRead = bytesRead;
    this.read = read;
    this.done = done;
    this.skipped = skipped;
    this.inputDone = inputDone;
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
    String share = "";
    String eta = "";
    double total = estimatedTotal();
    if (total > 0) {
      double f = total > 0 ? n / total : 0;
      share = bar ? " [" + "#".repeat((int) (f * 24)) + ".".repeat(24 - (int) (f * 24)) + "]" : "";
      share += String.format(" %3.0f%% of ~%.0f", 100 * f, total);
      eta = rate > 0 ? " ETA " + clock((long) ((total - n) / rate)) : "";
    }
    String text = String.format("ingest:%s %d done, %.2f/s, %d skipped, %s elapsed%s",
        share, n, rate, skipped.getAsLong(), clock((long) secs), eta);
    if (bar) {
      err.print("\r\033[K" + text);
      drawn = true;
    } else {
      err.println(text);
    }
    err.flush();
  }

  /**
   * The exact number of records once all input is read; before, the records read so far scaled by
   * the share of bytes read; 0 (unknown) when the size is unknown or every byte is already
   * buffered but not yet parsed (a small file is read whole at once: its share says nothing).
   */
  private double estimatedTotal() {
    long records = read.getAsLong();
    if (inputDone.getAsBoolean()) {
      return records;
    }
    double bytes = totalBytes > 0 ? Math.min(1.0, (double) bytesRead.sum() / totalBytes) : 0;
    return bytes > 0 && bytes < 1.0 && records > 0 ? Math.max(records / bytes, done.getAsLong()) : 0;
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
