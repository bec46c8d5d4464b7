package org.annals.store;

/**
 * Result of storing one coded article.
 *
 * @param articleId the article's id
 * @param status stored, duplicate or near-duplicate
 * @param events number of event mentions stored for this article (0 for a duplicate)
 * @param newCanonical canonical events that did not exist before this article
 * @param mergedInto for a duplicate or near-duplicate, the id of the article it matched; else null
 */
public record PutResult(
    String articleId, PutStatus status, int events, int newCanonical, String mergedInto) {}
