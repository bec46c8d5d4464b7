package org.annals.server;

import org.annals.model.AnnalsException;

/**
 * An error with an HTTP status, mapped once in {@link Errors}. {@link org.annals.model.BadInputException}
 * maps to 400 and other {@link AnnalsException}s to 500; the subclasses here cover the rest.
 */
public class ApiException extends AnnalsException {
  private final int status;

  protected ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** 404: no such event, article, actor or page. */
  public static final class NotFound extends ApiException {
    public NotFound(String message) {
      super(404, message);
    }
  }

  /** 401: a write without a valid bearer token. */
  public static final class Unauthorized extends ApiException {
    public Unauthorized(String message) {
      super(401, message);
    }
  }

  /** 503: a read that did not finish within the server's read timeout. */
  public static final class TooSlow extends ApiException {
    public TooSlow(String message) {
      super(503, message);
    }
  }

  /** 403: a read from a non-loopback address while remote reads are off. */
  public static final class Forbidden extends ApiException {
    public Forbidden(String message) {
      super(403, message);
    }
  }

  /** 413: a request body over the configured limit. */
  public static final class TooLarge extends ApiException {
    public TooLarge(String message) {
      super(413, message);
    }
  }

  /** 503: a feature this server was started without (e.g. coding for POST). */
  public static final class Unavailable extends ApiException {
    public Unavailable(String message) {
      super(503, message);
    }
  }
}
