package org.annals.store;

import java.time.Instant;
import org.annals.model.CodedEvent;

/**
 * One stored mention of an exported canonical event, with its article's metadata (GDELT
 * Mentions table). Immutable.
 *
 * @param canonicalId the canonical event it belongs to
 * @param event the mention as coded
 * @param articleId its article
 * @param url the article's URL, or null
 * @param outlet the article's outlet, or null
 * @param ingested when the article was stored, or null (stored before ingest times were kept)
 * @param textLength length of the article's text
 */
record MentionExport(String canonicalId, CodedEvent event, String articleId, String url,
    String outlet, Instant ingested, int textLength) {

  /** The 1-based number of the mention's sentence in its article, when the coder recorded it. */
  Integer sentence() {
    return event.evidence() == null ? null : event.evidence().sentence();
  }
}
