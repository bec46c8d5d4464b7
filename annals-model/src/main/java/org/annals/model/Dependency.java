package org.annals.model;

/**
 * A Universal Dependencies edge between two tokens of one sentence, by token index. The root
 * edge has {@code governor == -1} and relation {@code root}.
 *
 * @param relation the UD relation with its subtype, e.g. {@code nsubj}, {@code obl:with}, {@code nmod:poss}
 */
public record Dependency(int governor, int dependent, String relation) {
  public boolean isRoot() {
    return governor < 0;
  }
}
