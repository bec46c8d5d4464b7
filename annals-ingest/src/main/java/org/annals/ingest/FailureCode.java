package org.annals.ingest;

import java.util.Locale;

/** Why a record was skipped; the summary counts skips per code and the store keeps them. */
public enum FailureCode {
  /** The file or URL could not be read at all (missing, permission, I/O error). */
  UNREADABLE,
  /** A compressed or archive container is damaged (gzip, WARC). */
  CORRUPT,
  /** The content is not in the expected format (not JSON, not XML, bad CSV). */
  NOT_PARSABLE,
  /** A file in a directory whose extension names no supported format (e.g. {@code .md}, {@code .png}). */
  UNSUPPORTED,
  /** A record or file exceeds the size limit for one article. */
  TOO_LARGE,
  /** No article text (an empty page, only boilerplate, binary data, invalid UTF-8). */
  NO_TEXT,
  /** A required field or column is absent. */
  MISSING_FIELD,
  /** A date field holds something that is not a date. */
  BAD_DATE,
  /** A URL could not be fetched (connection refused, time-out, HTTP error). */
  UNREACHABLE,
  /** The article is not in English. */
  NOT_ENGLISH,
  /** The article is over its budget (characters, tokens, or coding time; docs/INGEST.md). */
  BUDGET,
  /** The coder failed on the article. */
  CODING_FAILED,
  /** A bug: an unexpected exception while reading or processing. */
  INTERNAL;

  /** Lower-case, hyphenated label such as {@code not-english}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
