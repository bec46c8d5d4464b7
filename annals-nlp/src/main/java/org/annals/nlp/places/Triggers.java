package org.annals.nlp.places;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.model.Trigger;

/** The tokens of a sentence that a trigger's characters cover. Pure. */
final class Triggers {
  private Triggers() {}

  static List<Integer> tokens(Sentence s, Trigger t) {
    List<Integer> out = new ArrayList<>();
    if (t == null) {
      return out;
    }
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token k = tokens.get(i);
      if (k.start() < t.end() && t.start() < k.end()) {
        out.add(i);
      }
    }
    return out;
  }
}
