package org.annals.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A dead-letter record: an input that could not be ingested.
 *
 * @param source the file, URL or stream name
 * @param record the record within the source (line number, WARC record id, feed entry), or null
 * @param reason a short machine-readable reason such as {@code not-english}, {@code bad-json}
 * @param message a human-readable explanation, or null
 * @param time when it was recorded (an ingest-time field: not part of store comparisons)
 */
public record Skip(String source, String record, String reason, String message, Instant time) {
  public Skip {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    if (time == null) {
      time = Instant.now();
    }
  }

  public static Skip of(String source, String record, String reason, String message) {
    return new Skip(source, record, reason, message, Instant.now());
  }
}
