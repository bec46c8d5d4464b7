package org.annals.verify;

import java.time.LocalDate;

/**
 * One article that reported an evidence event.
 *
 * @param article the article's id
 * @param outlet the outlet, or null
 * @param url the URL, or null
 * @param published the publication date, or null
 */
public record Report(String article, String outlet, String url, LocalDate published) {}
