package org.annals.nlp.events.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.annals.nlp.events.cameo.VerbDictionary.Block;
import org.annals.nlp.events.cameo.VerbDictionary.Phrase;
import org.annals.nlp.events.cameo.VerbDictionary.Slot;
import org.annals.nlp.events.cameo.VerbDictionary.VerbPattern;
import org.junit.jupiter.api.Test;

/** Each form of the PETRARCH verb-dictionary syntax the reader supports, on small dictionaries. */
class VerbDictionaryReaderTest {

  private static VerbDictionary read(String text) throws IOException {
    return VerbDictionaryReader.read("test.txt", new StringReader(text));
  }

  private static final String SYNSETS = """
      &ARMS
      +GUN
      +RIFLE
      # a comment inside a set does not end it
      +CRUISE_MISSILE

      """;

  @Test
  void blockHeaderGivesNameAndDefaultCode() throws IOException {
    VerbDictionary d = read("---  PELT   [180]  ---\nPELT\n\n---  MUSE   [---]  ---\nMUSE\n");
    assertThat(d.blocks()).extracting(Block::name).containsExactly("PELT", "MUSE");
    assertThat(d.blocks().get(0).code().cameo()).isEqualTo("180");
    assertThat(d.blocks().get(1).code().none()).isTrue();
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void verbLinesWithFormsOwnCodesAndMultiWordVerbs() throws IOException {
    VerbDictionary d = read("""
        ---  HALT   [---]  ---
        SEIZE {SEIZES SEIZED SEIZING} [1711]  # own code
        +CALL_OFF {+CALLS_OFF +CALLED_OFF}
        WIRE_+TAP
        """);
    List<VerbDictionary.Verb> verbs = d.blocks().get(0).verbs();
    assertThat(verbs.get(0).lemma()).isEqualTo("seize");
    assertThat(verbs.get(0).forms()).contains("seized");
    assertThat(verbs.get(0).code().cameo()).isEqualTo("1711");
    assertThat(verbs.get(1).lemma()).isEqualTo("call");
    assertThat(verbs.get(1).after()).containsExactly("off");
    assertThat(verbs.get(1).forms()).contains("called");
    assertThat(verbs.get(2).lemma()).isEqualTo("tap");
    assertThat(verbs.get(2).before()).containsExactly("wire");
    assertThat(d.index()).containsKeys("seize", "seized", "call", "tap");
  }

  @Test
  void patternFormsWordsPhrasesSynsetsAndPrepositions() throws IOException {
    VerbDictionary d = read(SYNSETS + """
        ---  SEND   [---]  ---
        SEND
        - * AID                              [070]   # a bare object word
        - * {FOOD PARCELS}                   [073]   # a phrase: the last word is its head
        - * &ARMS                            [072]   # a synonym set
        - * (TO BORDER)                      [154]   # a prepositional phrase
        - * (TO)                             [042:043]
        - * (BY/WITH &ARMS)                  [190]   # either preposition
        - &ARMS * UP                         [150]   # words before the verb
        - * (TO +) $                         [:070]  # actor markers are dropped
        """);
    List<VerbPattern> ps = d.blocks().get(0).patterns();
    assertThat(d.problems()).isEmpty();
    assertThat(ps).hasSize(8);
    assertThat(words(ps.get(0).post().get(0))).containsExactly(List.of("aid"));
    assertThat(words(ps.get(1).post().get(0))).containsExactly(List.of("food", "parcels"));
    assertThat(ps.get(1).post().get(0).phrases().get(0).head()).isEqualTo("parcels");
    assertThat(words(ps.get(2).post().get(0)))
        .containsExactly(List.of("gun"), List.of("rifle"), List.of("cruise", "missile"));
    Slot toBorder = ps.get(3).post().get(0);
    assertThat(toBorder.prep().word()).isEqualTo("to");
    assertThat(words(toBorder)).containsExactly(List.of("border"));
    assertThat(ps.get(4).post().get(0).phrases()).isEmpty();
    assertThat(ps.get(4).code().bothAct()).isFalse();
    assertThat(ps.get(5).post().get(0).prep().alternatives()).containsExactly("by", "with");
    assertThat(ps.get(6).pre()).hasSize(1);
    assertThat(words(ps.get(6).post().get(0))).containsExactly(List.of("up"));
    assertThat(ps.get(7).code().reversed()).isTrue(); // [:070]: only the reverse event
    assertThat(ps.get(7).code().cameo()).isEqualTo("070");
    assertThat(ps.get(7).post().get(0).phrases()).isEmpty();
  }

  @Test
  void aTargetCodeAloneIsTheReverseEvent() throws IOException {
    VerbDictionary d = read("---  OBTAIN   [---]  ---\nRECEIVE\n- * LOAN  [:071]\n- * PRIZE  [---]\n");
    List<VerbPattern> ps = d.blocks().get(0).patterns();
    assertThat(ps.get(0).code()).isEqualTo(new VerbDictionary.Code("071", false, true));
    assertThat(ps.get(1).code().none()).isTrue();
  }

  @Test
  void equalSourceAndTargetCodesMeanBothSidesAct() throws IOException {
    VerbDictionary d = read("---  MEET   [040:040]  ---\nMEET\n- * (FOR TALKS)  [046:046]\n");
    assertThat(d.blocks().get(0).code().bothAct()).isTrue();
    assertThat(d.blocks().get(0).patterns().get(0).code().bothAct()).isTrue();
  }

  @Test
  void malformedLinesAreReportedWithFileAndLineAndReadingGoesOn() throws IOException {
    VerbDictionary d = read("""
        ---  SEND   [---]  ---
        SEND
        - * AID
        - AID [070]
        - * &NOSUCHSET [070]
        - * {UNCLOSED [070]
        - * AID [07X]
        - * RELIEF [073]
        """);
    assertThat(d.problems()).containsExactly(
        "test.txt:3: pattern without a [CODE]: '- * AID'",
        "test.txt:4: pattern without the verb marker '*': '- AID [070]'",
        "test.txt:5: undefined synonym set &NOSUCHSET in '- * &NOSUCHSET [070]'",
        "test.txt:6: unclosed '{' in '- * {UNCLOSED [070]'",
        "test.txt:7: bad code '[07X]'");
    assertThat(d.blocks().get(0).patterns()).singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(8));
  }

  @Test
  void theTransformationSectionIsNotRead() throws IOException {
    VerbDictionary d = read("---  SAY   [010]  ---\nSAY\n######## TRANSFORMATIONS ##########\n~ a (a b Q) SAY = a b 138\n");
    assertThat(d.blocks()).hasSize(1);
    assertThat(d.problems()).isEmpty();
  }

  private static List<List<String>> words(Slot s) {
    return s.phrases().stream().map(Phrase::words).toList();
  }
}
