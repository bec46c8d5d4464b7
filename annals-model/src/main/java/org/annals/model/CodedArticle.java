package org.annals.model;

import java.util.List;

/** The output of the pipeline for one article. */
public record CodedArticle(
    Article article,
    List<CodedEvent> events,
    List<Claim> claims,
    List<Warning> warnings,
    int sentenceCount,
    int tokenCount,
    Provenance provenance) {

  public CodedArticle {
    events = List.copyOf(events);
    claims = List.copyOf(claims);
    warnings = List.copyOf(warnings);
  }
}
