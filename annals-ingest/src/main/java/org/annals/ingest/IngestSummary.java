package org.annals.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The closing figures of a run. Immutable.
 *
 * @param read articles read from the sources (failed records are counted in {@code skipped})
 * @param stored new articles stored (near-duplicates not included)
 * @param duplicates articles already in the store (same id or URL), left unchanged
 * @param nearDuplicates articles stored and linked to an earlier copy of the same story
 * @param skipped records not ingested, by reason label ({@link FailureCode#label()})
 * @param sentences sentences of the stored articles
 * @param events event mentions stored
 * @param newCanonicalEvents canonical events created by this run
 * @param canonicalEvents canonical events in the whole store after the run
 */
public record IngestSummary(
    long read, long stored, long duplicates, long nearDuplicates, Map<String, Long> skipped,
    long sentences, long events, long newCanonicalEvents, long canonicalEvents, Duration elapsed) {

  public IngestSummary {
    skipped = Map.copyOf(skipped);
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Human-readable, several lines. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("articles read      %d%n", read));
    sb.append(String.format("stored             %d%n", stored));
    sb.append(String.format("duplicates         %d (already stored)%n", duplicates));
    sb.append(String.format("near-duplicates    %d (stored, linked to an earlier copy)%n", nearDuplicates));
    sb.append(String.format("skipped            %d%n", skippedTotal()));
    new TreeMap<>(skipped).forEach((k, v) -> sb.append(String.format("  %-16s %d%n", k, v)));
    sb.append(String.format("sentences          %d%n", sentences));
    sb.append(String.format("events             %d%n", events));
    sb.append(String.format("canonical events   %d new, %d in the store%n", newCanonicalEvents, canonicalEvents));
    double secs = elapsed.toMillis() / 1000.0;
    sb.append(String.format("elapsed            %.1f s (%.2f articles/s)%n", secs, secs == 0 ? 0 : read / secs));
    return sb.toString();
  }
}
