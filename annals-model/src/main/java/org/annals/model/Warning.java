package org.annals.model;

/**
 * A warning about an article, e.g. an office-holder named for a date when they did not hold the
 * office, or a missing publication date.
 *
 * @param code a stable machine-readable code such as {@code officeholder-anachronism}, {@code no-published-date}
 * @param start offset of the words concerned, or -1 when the warning is about the whole article
 */
public record Warning(String code, String message, int start, int end) {
  public static Warning article(String code, String message) {
    return new Warning(code, message, -1, -1);
  }
}
