package org.annals.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.model.Ontology;
import org.annals.nlp.events.Lexicon;
import org.annals.nlp.gate.SentenceGate;
import org.junit.jupiter.api.Test;

/**
 * Where SUTime reads in the fast profile: the windows of a hand-built sentence (tokens with
 * labels; no CoreNLP model is loaded) around its time cues, and the labels restored after.
 */
class TimeWindowsTest {
  private static final TimeWindows WINDOWS = new TimeWindows(
      SentenceGate.of(Lexicon.load(Ontology.standard(), null), BundledKnowledgeBase.load()));

  /** A sentence of space-separated words, each with the given NER label ("O" when absent). */
  private static CoreMap sentence(String text, String... labels) {
    List<CoreLabel> tokens = new ArrayList<>();
    int at = 0;
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      CoreLabel t = new CoreLabel();
      t.setWord(words[i]);
      t.setValue(words[i]);
      t.setLemma(words[i].toLowerCase());
      t.setBeginPosition(at);
      t.setEndPosition(at + words[i].length());
      t.setIndex(i + 1);
      t.setNER(i < labels.length ? labels[i] : "O");
      tokens.add(t);
      at += words[i].length() + 1;
    }
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
    return s;
  }

  private static List<String> windowTexts(TimeWindows.Cut cut) {
    return cut.windows().stream().map(w -> w.get(CoreAnnotations.TextAnnotation.class)).toList();
  }

  @Test
  void windowsReachThreeTokensAroundEachCueAndJoinWhenTheyMeet() {
    String text = "Rebels in the north of the country seized two towns on Sunday after a siege of a week";
    TimeWindows.Cut cut = WINDOWS.cut(List.of(sentence(text)), text);
    assertThat(windowTexts(cut)).containsExactly("two towns on Sunday after a siege of a week");
  }

  @Test
  void yearsAndSeparateCuesGiveSeparateWindows() {
    String text = "The treaty of 1987 was signed by both sides and it lapsed after a decade of use";
    TimeWindows.Cut cut = WINDOWS.cut(List.of(sentence(text)), text);
    assertThat(windowTexts(cut)).containsExactly("The treaty of 1987 was signed by", "lapsed after a decade of use");
  }

  @Test
  void aSentenceWithoutCueHasNoWindow() {
    String text = "Farmers blocked the main road with tractors";
    assertThat(WINDOWS.cut(List.of(sentence(text)), text).windows()).isEmpty();
  }

  @Test
  void namesInAWindowGetTheirLabelsBackButAGuessedDateDoesNot() {
    String text = "Mr Oduya left Nairobi on 12 May";
    CoreMap s = sentence(text, "O", "PERSON", "O", "LOCATION", "O", "DATE", "DATE");
    TimeWindows.Cut cut = WINDOWS.cut(List.of(s), text);
    List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
    assertThat(windowTexts(cut)).containsExactly("Nairobi on 12 May");
    assertThat(tokens.get(3).ner()).isNull(); // unlabelled for SUTime
    // as if SUTime found nothing: the name comes back, the date the numeric classifiers guessed does not
    cut.merge();
    assertThat(tokens.stream().map(CoreLabel::ner).toList())
        .containsExactly("O", "PERSON", "O", "LOCATION", "O", null, null);
  }
}
