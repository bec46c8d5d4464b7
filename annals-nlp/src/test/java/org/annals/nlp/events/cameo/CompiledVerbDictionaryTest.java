package org.annals.nlp.events.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.annals.model.Ontology;
import org.annals.model.SharedData;
import org.annals.nlp.events.cameo.VerbDictionary.Phrase;
import org.annals.nlp.events.cameo.VerbDictionary.Slot;
import org.junit.jupiter.api.Test;

/**
 * The bundled verb dictionary is the project's compiled form ({@link VerbDictionaryTsv}) of the
 * PETRARCH dictionary in ../shared: it must equal what {@link VerbDictionaryReader} makes of the
 * source today, and the format must give back every dictionary it writes.
 */
class CompiledVerbDictionaryTest {

  private static VerbDictionary roundTrip(VerbDictionary d) throws IOException {
    StringWriter w = new StringWriter();
    VerbDictionaryTsv.write(d, List.of("a header", ""), w);
    return VerbDictionaryTsv.read("test.tsv", new StringReader(w.toString()));
  }

  private static VerbDictionary source(String text) throws IOException {
    return VerbDictionaryReader.read("test.txt", new StringReader(text));
  }

  @Test
  void theBundledFileEqualsWhatTheReaderMakesOfTheSharedSource() throws IOException {
    VerbDictionary source = CompileVerbDictionary.readSource(
        SharedData.require(CompileVerbDictionary.SOURCE));
    VerbDictionary bundled = org.annals.nlp.events.CameoVerbs.bundled(Ontology.standard())
        .dictionary();
    assertThat(bundled.synsets()).isEqualTo(source.synsets());
    assertThat(bundled.problems()).isEqualTo(source.problems());
    for (int i = 0; i < source.blocks().size(); i++) {
      assertThat(bundled.blocks().get(i)).as("block at line %d; regenerate with "
          + "annals-nlp/tools/gen_cameo_verbs.sh", source.blocks().get(i).line())
          .isEqualTo(source.blocks().get(i));
    }
    assertThat(bundled).isEqualTo(source);
  }

  @Test
  void everyFormOfTheSyntaxSurvivesTheCompiledForm() throws IOException {
    VerbDictionary d = source("""
        &ARMS
        +GUN
        +CRUISE_MISSILE

        ---  SEND   [---]  ---
        SEND {SENDS SENT SENDING} [070]
        +CALL_OFF {+CALLS_OFF +CALLED_OFF}
        WIRE_+TAP
        - * AID                              [070]
        - * {FOOD PARCELS}                   [073]
        - * &ARMS\t(TO)                       [072]
        - * (BY/WITH &ARMS)                  [190]
        - &ARMS * {&ARMS DEAL}               [042:042]
        - * (TO +) $                         [:070]
        - * {FIGHTER_&AIRCRAFT}              [195]
        - * &NOSUCHSET                       [070]
        ---  MEET   [040:040]  ---
        MEET
        """);
    assertThat(d.problems()).hasSize(1);
    VerbDictionary back = roundTrip(d);
    assertThat(back).isEqualTo(d);
    Slot deal = back.blocks().get(0).patterns().get(4).post().get(0);
    assertThat(deal.phrases()).extracting(Phrase::words)
        .containsExactly(List.of("gun", "deal"), List.of("cruise", "missile", "deal"));
    assertThat(back.blocks().get(0).patterns().get(2).text()).contains("\t(TO)");
    assertThat(back.problems()).containsExactly(
        "test.txt:16: undefined synonym set &NOSUCHSET in '- * &NOSUCHSET                       [070]'");
  }

  @Test
  void aSynonymSetDefinedTwiceIsWrittenOutWhereItIsUsed() throws IOException {
    VerbDictionary d = source("&X\n+A\n\n---  B   [010]  ---\nB\n- * &X [070]\n&X\n+C\n\n- * &X [071]\n");
    VerbDictionary back = roundTrip(d);
    assertThat(back).isEqualTo(d);
    assertThat(back.blocks().get(0).patterns()).extracting(p -> p.post().get(0).phrases())
        .containsExactly(List.of(new Phrase(List.of("a"))), List.of(new Phrase(List.of("c"))));
  }

  @Test
  void aMalformedRowNamesItsLine() {
    assertThatThrownBy(() -> VerbDictionaryTsv.read("x.tsv", new StringReader(
        "# header\nsource\tX.txt\nblock\t3\tSEND\t070\npattern\t4\t07X\t\taid\t- * AID\n")))
        .isInstanceOf(IllegalStateException.class).hasMessage("x.tsv line 4: bad code '07X'");
    assertThatThrownBy(() -> VerbDictionaryTsv.read("x.tsv", new StringReader(
        "source\tX.txt\nverb\t2\tsend\t\t\t\t\n")))
        .hasMessage("x.tsv line 2: verb or pattern before any block");
    assertThatThrownBy(() -> VerbDictionaryTsv.read("x.tsv", new StringReader(
        "source\tX.txt\nblock\t1\tB\t---\npattern\t2\t070\t\t&NONE\t- * &NONE\n")))
        .hasMessage("x.tsv line 3: unknown or twice defined synonym set &NONE");
  }

  @Test
  void aWordTheFormatCannotHoldIsRefusedWhenWriting() {
    VerbDictionary d = new VerbDictionary("t.txt", List.of(), List.of(new VerbDictionary.Block("B",
        VerbDictionary.Code.NONE, 1, List.of(new VerbDictionary.Verb("a|b", List.of(), List.of(),
            List.of(), null, 2)), List.of())), List.of());
    assertThatThrownBy(() -> roundTrip(d)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a|b' holds a reserved character '|'");
  }
}
