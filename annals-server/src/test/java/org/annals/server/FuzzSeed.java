package org.annals.server;

/**
 * The seed of this module's jqwik fuzz properties: a fixed seed makes every run (and CI) try the
 * same inputs, so a failure reproduces. To explore other inputs, change it locally, or run with a
 * larger {@code -Djqwik.tries.default}.
 */
final class FuzzSeed {
  static final String SEED = "20261206";

  private FuzzSeed() {}
}
