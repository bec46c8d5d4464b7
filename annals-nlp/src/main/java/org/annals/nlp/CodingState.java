package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Claim;
import org.annals.model.CodedEvent;
import org.annals.model.Warning;

/**
 * What flows between the stages after annotation: the annotated document, the actor mentions
 * found so far, the events, claims and warnings. Immutable: each stage returns a new state.
 */
public record CodingState(
    AnnotatedDoc doc,
    List<ActorMention> actors,
    List<CodedEvent> events,
    List<Claim> claims,
    List<Warning> warnings) {

  public CodingState {
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    claims = List.copyOf(claims);
    warnings = List.copyOf(warnings);
  }

  public static CodingState of(AnnotatedDoc doc) {
    return new CodingState(doc, List.of(), List.of(), List.of(), List.of());
  }

  public CodingState withActors(List<ActorMention> newActors) {
    return new CodingState(doc, newActors, events, claims, warnings);
  }

  public CodingState withEvents(List<CodedEvent> newEvents) {
    return new CodingState(doc, actors, newEvents, claims, warnings);
  }

  public CodingState withClaims(List<Claim> newClaims) {
    return new CodingState(doc, actors, events, newClaims, warnings);
  }

  public CodingState plusWarnings(List<org.annals.model.Warning> more) {
    List<Warning> all = new ArrayList<>(warnings);
    for (Warning w : more) {
      if (!all.contains(w)) {
        all.add(w);
      }
    }
    return new CodingState(doc, actors, events, claims, all);
  }
}
