package org.annals.store;

import java.time.LocalDate;
import org.annals.model.CodedEvent;

/** A stored asserted mention as the merger sees it: the event and its article's metadata. */
record MentionRow(String articleId, String outlet, String url, LocalDate published,
    CodedEvent event) {
  String id() {
    return event.id();
  }

  /** Distinct-source key: the outlet, or the article itself when the outlet is unknown. */
  String sourceKey() {
    return outlet == null || outlet.isBlank()
        ? "article:" + articleId : outlet.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
