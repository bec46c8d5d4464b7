package org.annals.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast profile's TITLE tagger on hand-built tagged tokens ("word/TAG/NER"): the longest title
 * of CoreNLP's gazetteer over nouns and adjectives the CRF left O, nothing else touched.
 */
class TitleTaggerTest {
  private static final TitleTagger TITLES = new TitleTagger();

  private static List<CoreLabel> tokens(String sentence) {
    List<CoreLabel> out = new ArrayList<>();
    for (String t : sentence.split(" ")) {
      String[] p = t.split("/");
      CoreLabel l = new CoreLabel();
      l.setWord(p[0]);
      l.setValue(p[0]);
      l.setTag(p[1]);
      l.setNER(p[2]);
      out.add(l);
    }
    return out;
  }

  private static List<String> ner(String sentence) {
    List<CoreLabel> t = tokens(sentence);
    TITLES.tag(t);
    return t.stream().map(CoreLabel::ner).toList();
  }

  @Test
  void tagsTheLongestTitleTheCrfLeftOutside() {
    assertThat(ner("The/DT/O foreign/JJ/O minister/NN/O of/IN/O Peru/NNP/LOCATION resigned/VBD/O"))
        .containsExactly("O", "TITLE", "TITLE", "O", "LOCATION", "O");
    assertThat(ner("a/DT/O government/NN/O spokesman/NN/O said/VBD/O"))
        .containsExactly("O", "O", "TITLE", "O");
  }

  @Test
  void leavesNamesVerbsAndOtherWordsAlone() {
    assertThat(ner("Minister/NNP/PERSON Smith/NNP/PERSON will/MD/O minister/VB/O to/TO/O them/PRP/O"))
        .containsExactly("PERSON", "PERSON", "O", "O", "O", "O");
    assertThat(ner("the/DT/O green/JJ/O field/NN/O")).containsExactly("O", "O", "O");
  }
}
