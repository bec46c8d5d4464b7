package org.annals.store;

import java.time.Instant;
import org.annals.model.Evidence;

/**
 * A canonical event as the exports read it: the event, its representative article (the one whose
 * mention represents it) and its first ingest time. Immutable.
 *
 * @param event the canonical event
 * @param url the representative article's URL, or null
 * @param added the earliest ingest time of the event's articles (GDELT's DATEADDED), or null
 *     for events stored before ingest times were recorded
 * @param articleId the representative article's id
 * @param outlet the representative article's outlet, or null
 * @param title the representative article's title, or null
 * @param language the representative article's language (ISO 639-1), or null
 * @param leadEnd offset where the representative article's lead paragraph ends (its first blank
 *     line; the text's length when it has none)
 * @param textLength length of the representative article's text
 */
record ExportRow(CanonicalEvent event, String url, Instant added, String articleId,
    String outlet, String title, String language, int leadEnd, int textLength) {

  /** Whether the event's sentence starts in the lead paragraph (GDELT's IsRootEvent). */
  boolean inLead() {
    Evidence ev = event.evidence();
    return ev != null && ev.start() < leadEnd;
  }

  /** The GDELT event id: the first 13 hex digits of the canonical id (52 bits, below 2^53). */
  long gdeltId() {
    return gdeltId(event.id());
  }

  static long gdeltId(String canonicalId) {
    return Long.parseLong(canonicalId.substring(1, 14), 16);
  }
}
