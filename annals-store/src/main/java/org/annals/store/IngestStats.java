package org.annals.store;

import java.util.Map;

/**
 * Counts over the whole store.
 *
 * @param articles stored articles including near-duplicates
 * @param nearDuplicates articles linked to an earlier copy of the same story
 * @param events event mentions (all modalities)
 * @param canonicalEvents canonical (merged, asserted) events
 * @param skipsByReason dead-letter records by reason
 */
public record IngestStats(
    long articles, long nearDuplicates, long events, long canonicalEvents,
    Map<String, Long> skipsByReason) {
  public IngestStats {
    skipsByReason = Map.copyOf(skipsByReason);
  }

  public long skips() {
    return skipsByReason.values().stream().mapToLong(Long::longValue).sum();
  }
}
