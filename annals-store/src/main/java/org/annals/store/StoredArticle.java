package org.annals.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.annals.model.CodedArticle;

/**
 * A stored article: text, metadata, its events with spans, warnings and claims.
 *
 * @param coded the article as it was stored
 * @param nearDuplicateOf the article this one is a near-duplicate of, or null
 * @param mentions its events with the canonical events they were merged into
 */
public record StoredArticle(
    CodedArticle coded,
    @JsonProperty("near_duplicate_of") String nearDuplicateOf,
    List<Mention> mentions) {
  public StoredArticle {
    mentions = List.copyOf(mentions);
  }
}
