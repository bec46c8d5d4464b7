package org.annals.nlp.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * The fast profile's name finder on hand-tagged sentences ("word/TAG" pairs; no CoreNLP model is
 * loaded): names the KB knows get the 3-class CRF's labels, a name it does not know sends the
 * sentence to the CRF (empty).
 */
class KnownNamesTest {
  private static final KnowledgeBase KB = BundledKnowledgeBase.load();
  private static final KnownNames NAMES = new KnownNames(KB);

  /** Labels of a sentence written as "word/TAG word/TAG ...", joined "word/LABEL" for non-O ones. */
  private static Optional<String> labels(String tagged) {
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String wt : tagged.split(" ")) {
      int slash = wt.lastIndexOf('/');
      words.add(wt.substring(0, slash));
      tags.add(wt.substring(slash + 1));
    }
    return NAMES.labels(words, tags).map(l -> {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < l.length; i++) {
        if (!l[i].equals(KnownNames.OTHER)) {
          out.add(words.get(i) + "/" + l[i]);
        }
      }
      return String.join(" ", out);
    });
  }

  @Test
  void countriesArePlacesAndPeoplePersons() {
    assertThat(labels("Ministers/NNS of/IN Peru/NNP and/CC Chile/NNP signed/VBD a/DT fishing/NN pact/NN ./."))
        .contains("Peru/LOCATION Chile/LOCATION");
    assertThat(labels("Vladimir/NNP Putin/NNP telephoned/VBD the/DT leader/NN of/IN Finland/NNP ./."))
        .contains("Vladimir/PERSON Putin/PERSON Finland/LOCATION");
  }

  @Test
  void unknownNameNeedsTheCrf() {
    assertThat(labels("Orla/NNP Vantreight/NNP accused/VBD Norway/NNP of/IN spying/VBG ./.")).isEmpty();
    assertThat(labels("Police/NNS detained/VBD Mr/NNP Quennelby/NNP in/IN Spain/NNP ./.")).isEmpty();
  }

  @Test
  void sentenceInitialCommonWordIsNoName() {
    assertThat(labels("Farmers/NNS blocked/VBD roads/NNS across/IN Poland/NNP ./."))
        .contains("Poland/LOCATION");
    assertThat(labels("Demonstrators/NNS gathered/VBD outside/IN the/DT embassy/NN ./.")).contains("");
  }

  @Test
  void monthsAndWeekdaysAreNoNamesButMayIs() {
    assertThat(labels("Kenya/NNP closed/VBD its/PRP$ border/NN on/IN Friday/NNP ,/, 4/CD March/NNP ./."))
        .contains("Kenya/LOCATION");
    assertThat(labels("On/IN Tuesday/NNP ,/, May/NNP rejected/VBD the/DT offer/NN from/IN Ireland/NNP ./."))
        .isEmpty();
  }

  @Test
  void countryAdjectiveAndRoleBeforeKnownPersonStayOutside() {
    assertThat(labels("Turkish/JJ soldiers/NNS shelled/VBD a/DT village/NN ./.")).contains("");
    assertThat(labels("Armed/VBN men/NNS attacked/VBD Indian/JJ soldiers/NNS ./.")).contains("");
    assertThat(labels("Later/RB ,/, President/NNP Vladimir/NNP Putin/NNP thanked/VBD Cuba/NNP ./."))
        .contains("Vladimir/PERSON Putin/PERSON Cuba/LOCATION");
  }

  @Test
  void contextDependentWordsNeedTheCrf() {
    // a capitalised role with no person after it may be an organisation's name
    assertThat(labels("The/DT Foreign/NNP Ministry/NNP of/IN Chile/NNP protested/VBD ./.")).isEmpty();
    // a country adjective before another capitalised word may start a longer name
    assertThat(labels("Officials/NNS said/VBD Turkish/JJ Airlines/NNPS cancelled/VBD flights/NNS ./.")).isEmpty();
  }

  @Test
  void lowerCaseWordsStayOutside() {
    assertThat(labels("the/DT government/NN and/CC the/DT army/NN met/VBD rebels/NNS ./.")).contains("");
  }

  @Test
  void labelsCoverEveryToken() {
    List<String> words = Arrays.asList("Egypt", "and", "Sudan", "agreed", ".");
    assertThat(NAMES.labels(words, List.of("NNP", "CC", "NNP", "VBD", ".")))
        .hasValueSatisfying(l -> assertThat(l).containsExactly("LOCATION", "O", "LOCATION", "O", "O"));
  }
}
