package org.annals.model;

import java.util.List;
import java.util.Optional;

/**
 * An annotated sentence: tokens, UD dependencies, entity mentions and time expressions, all with
 * offsets into the article text. Immutable.
 */
public record Sentence(
    int index,
    int start,
    int end,
    List<Token> tokens,
    List<Dependency> dependencies,
    List<EntityMention> entities,
    List<TimeExpression> timexes) {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
  }

  public Span span() {
    return new Span(start, end);
  }

  /** Dependents of token {@code governor}. */
  public List<Dependency> dependentsOf(int governor) {
    return dependencies.stream().filter(d -> d.governor() == governor).toList();
  }

  /** The edge that attaches {@code dependent} to its head, if any. */
  public Optional<Dependency> headOf(int dependent) {
    return dependencies.stream().filter(d -> d.dependent() == dependent).findFirst();
  }
}
