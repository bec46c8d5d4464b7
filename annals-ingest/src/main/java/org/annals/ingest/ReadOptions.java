package org.annals.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What sources need to know besides their bytes. Immutable.
 *
 * @param published publication date for inputs that carry none (null: none given)
 * @param fields field/column names for JSON and CSV
 * @param fetchLinks whether feed entries' links are fetched
 * @param httpTimeout connect and request time-out for feeds and links
 */
public record ReadOptions(LocalDate published, FieldMap fields, boolean fetchLinks, Duration httpTimeout) {
  public ReadOptions {
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(httpTimeout, "httpTimeout");
  }

  public static ReadOptions defaults() {
    return new ReadOptions(null, FieldMap.defaults(), false, Duration.ofSeconds(20));
  }
}
