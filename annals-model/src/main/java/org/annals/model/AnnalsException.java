package org.annals.model;

/**
 * Root of the project's exceptions. Messages are for users: what failed, where, and what to do.
 * The CLI maps {@link BadInputException} to exit code 2 and everything else to 1; the server maps
 * them to 400 and 500.
 */
public class AnnalsException extends RuntimeException {
  public AnnalsException(String message) {
    super(message);
  }

  public AnnalsException(String message, Throwable cause) {
    super(message, cause);
  }
}
