package org.annals.model;

/**
 * One token of an annotated sentence. {@code index} is the token's 0-based position within its
 * sentence; {@code start}/{@code end} are character offsets into the article text, so
 * {@code text.equals(article.text().substring(start, end))} holds for untransformed tokens.
 *
 * @param word the token as written in the article
 * @param ner the NER label (PERSON, LOCATION, ORGANIZATION, COUNTRY, DATE, ...) or "O"
 */
public record Token(int index, int start, int end, String word, String lemma, String pos, String ner) {
  public Span span() {
    return new Span(start, end);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }
}
