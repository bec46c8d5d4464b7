package org.annals.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.annals.model.CodedEvent;

/**
 * One stored event mention with the article it came from.
 *
 * @param event the coded event as the pipeline produced it (its evidence has the offsets)
 * @param articleId the article's id
 * @param outlet the article's outlet, or null
 * @param url the article's URL, or null
 * @param published the article's publication date, or null
 * @param canonicalId the canonical event it was merged into, or null (not asserted, or from a
 *     near-duplicate article)
 * @param reason why it was merged (see {@link EventStore#explain})
 */
public record Mention(
    CodedEvent event,
    @JsonProperty("article_id") String articleId,
    String outlet,
    String url,
    LocalDate published,
    @JsonProperty("canonical_id") String canonicalId,
    String reason) {}
