package org.annals.nlp;

/**
 * One step of the coding chain after annotation (resolve actors, code events, anchor time,
 * extract claims). A stage is a pure function of its input and the read-only resources it
 * compiled at construction; it must not touch storage, HTTP or the CLI.
 *
 * <p>Every implementation documents its thread-safety; the standard stages are all thread-safe.
 */
@FunctionalInterface
public interface Stage {
  CodingState apply(CodingState state);

  /** A short name for timings and provenance. */
  default String name() {
    return getClass().getSimpleName();
  }
}
