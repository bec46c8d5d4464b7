package org.annals.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Ingest times as the store keeps them: {@code TIMESTAMP} columns holding UTC wall-clock time,
 * independent of the JVM's time zone. Stateless.
 */
final class Ingest {
  private Ingest() {}

  /** The value to bind for an instant. */
  static Timestamp timestamp(Instant t) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
  }

  /** The instant of a value read back, or null. */
  static Instant instant(Timestamp t) {
    return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
