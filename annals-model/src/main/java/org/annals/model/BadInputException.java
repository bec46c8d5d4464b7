package org.annals.model;

/** The user's input (a file, a flag, a request) is wrong; the message says what and where. */
public class BadInputException extends AnnalsException {
  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
