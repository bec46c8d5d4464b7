package org.annals.store;

import java.time.LocalDate;
import org.annals.model.CodedEvent;

/**
 * An asserted mention as the merger sees it: its bucket, its article's metadata, the event, the
 * event's JSON as stored in {@code mentions.body}, and its date read once ({@link DateFit}).
 */
record MentionRow(String bucket, String articleId, String outlet, String url,
    LocalDate published, CodedEvent event, String body, DateFit fit) {

  MentionRow(String bucket, String articleId, String outlet, String url, LocalDate published,
      CodedEvent event, String body) {
    this(bucket, articleId, outlet, url, published, event, body, DateFit.of(event.date()));
  }

  String id() {
    return event.id();
  }

  /** Distinct-source key: the outlet, or the article itself when the outlet is unknown. */
  String sourceKey() {
    return outlet == null || outlet.isBlank()
        ? "article:" + articleId : outlet.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
