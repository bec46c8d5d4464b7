package org.annals.model;

/**
 * A named-entity mention found by the annotator (tokens {@code [firstToken, lastToken]} inclusive).
 *
 * @param type the NER type (PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, NATIONALITY, TITLE, ...)
 */
public record EntityMention(int start, int end, String text, String type, int firstToken, int lastToken) {
  public Span span() {
    return new Span(start, end);
  }
}
