package org.annals.eval.common;

/**
 * Something wrong with one gold record (broken or missing field, unresolvable code). Evaluations
 * collect these, report them, and go on with the other records.
 *
 * @param file the gold file as given
 * @param record the record's id, or its position ({@code #12}) when it has no id
 * @param message what is wrong, naming the field
 */
public record Problem(String file, String record, String message) {
  @Override
  public String toString() {
    return file + ": record " + record + ": " + message;
  }
}
