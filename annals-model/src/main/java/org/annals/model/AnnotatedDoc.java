package org.annals.model;

import java.util.List;

/**
 * An article with its annotation. {@code annotator} names the annotator and its version (e.g.
 * {@code corenlp-4.5.10:tokenize,ssplit,pos,lemma,ner,depparse}) for provenance.
 */
public record AnnotatedDoc(Article article, List<Sentence> sentences, String annotator) {
  public AnnotatedDoc {
    sentences = List.copyOf(sentences);
  }

  public String text() {
    return article.text();
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
