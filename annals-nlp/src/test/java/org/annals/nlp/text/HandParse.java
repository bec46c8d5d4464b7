package org.annals.nlp.text;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Token;

/** Hand-built parses for rule tests that must not depend on the parser. */
public final class HandParse {
  private HandParse() {}

  /**
   * "word/POS" tokens separated by spaces (lemma: the lower-cased word), or "word/POS/lemma" where
   * the lemma differs ("said/VBD/say"); offsets follow the words.
   */
  public static Sentence sentence(String tagged, Dependency... deps) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String wt : tagged.split(" ")) {
      String[] parts = wt.split("/");
      boolean lemma = parts.length == 3 && parts[1].matches("[A-Z$]+");
      int slash = lemma ? wt.indexOf('/') : wt.lastIndexOf('/');
      String word = wt.substring(0, slash);
      tokens.add(new Token(tokens.size(), at, at + word.length(), word, lemma ? parts[2] : word.toLowerCase(),
          lemma ? parts[1] : wt.substring(slash + 1), "O"));
      at += word.length() + 1;
    }
    return new Sentence(0, 0, at, tokens, List.of(deps), List.of(), List.of());
  }

  /** {@code s} with token {@code i} tagged {@code ner} by the NER ("PERSON", "DATE"). */
  public static Sentence ner(Sentence s, int i, String ner) {
    List<Token> tokens = new ArrayList<>(s.tokens());
    Token t = tokens.get(i);
    tokens.set(i, new Token(t.index(), t.start(), t.end(), t.word(), t.lemma(), t.pos(), ner));
    return new Sentence(s.index(), s.start(), s.end(), tokens, s.dependencies(), s.entities(),
        s.timexes());
  }

  public static Dependency dep(String relation, int governor, int dependent) {
    return new Dependency(governor, dependent, relation);
  }
}
