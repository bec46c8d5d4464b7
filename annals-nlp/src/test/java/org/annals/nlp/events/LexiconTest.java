package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annals.model.BadInputException;
import org.annals.model.Ontology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled lexicon's coverage and the user-lexicon extension point (no CoreNLP needed). */
class LexiconTest {
  private static final Ontology ONTOLOGY = Ontology.standard();

  @TempDir Path dir;

  @Test
  void bundledLexiconCoversEveryPloverType() {
    Lexicon lexicon = Lexicon.load(ONTOLOGY, null);
    Set<String> types = new HashSet<>();
    for (Ontology.PloverType t : ONTOLOGY.ploverTypes()) {
      types.add(t.name());
    }
    Set<String> covered = new HashSet<>();
    for (String form : List.of("agree", "meet", "praise", "cooperate", "give", "concede", "withdraw",
        "urge", "accuse", "reject", "threaten", "protest", "expel", "mobilize", "arrest", "attack")) {
      lexicon.startingWith(form).forEach(e -> covered.add(e.event()));
    }
    assertThat(covered).containsAll(types);
    assertThat(lexicon.size()).isGreaterThan(150);
    assertThat(lexicon.version()).startsWith("lexicon-");
  }

  @Test
  void userEntriesAddAndOverride() throws IOException {
    Path user = dir.resolve("mine.tsv");
    Files.writeString(user, """
        # my additions
        accuse.lambaste\tlambaste\tACCUSE\tdisapprove\t-\t111\t-
        consult.talks\ttalk/N\tCONSULT\t-\tdiplomatic\t046\tsymmetric
        @embed\tREQUEST\tSANCTION\t100
        """);
    Lexicon bundled = Lexicon.load(ONTOLOGY, null);
    Lexicon lexicon = Lexicon.load(ONTOLOGY, user);
    assertThat(lexicon.entry("accuse.lambaste")).hasValueSatisfying(e -> {
      assertThat(e.event()).isEqualTo("ACCUSE");
      assertThat(e.cameo()).isEqualTo("111");
      assertThat(e.source()).contains("mine.tsv line 2");
    });
    assertThat(lexicon.entry("consult.talks").orElseThrow().cameo()).isEqualTo("046");
    assertThat(bundled.entry("consult.talks").orElseThrow().cameo()).isEqualTo("040");
    assertThat(lexicon.size()).isEqualTo(bundled.size() + 1);
    assertThat(lexicon.embedCode("REQUEST", "SANCTION")).contains("100");
    assertThat(lexicon.version()).isNotEqualTo(bundled.version());
  }

  @Test
  void errorsNameFileAndLine() throws IOException {
    assertError("x.one\tmeet\tCONSULT\t-\t-\t041\n", "line 1", "7 tab-separated columns");
    assertError("# c\nx.two\tmeet\tCONSORT\t-\t-\t040\t-\n", "line 2", "unknown PLOVER event type 'CONSORT'");
    assertError("x.three\tmeet\tCONSULT\tdinner\t-\t040\t-\n", "line 1", "mode 'dinner'");
    assertError("x.four\tsay\tCONSULT\t-\t-\t010\t-\n", "line 1", "statement code");
    assertError("x.five\tmeet ...\tCONSULT\t-\t-\t040\t-\n", "line 1", "ending in '...'");
    assertError("x.six\tmeet\tCONSULT\t-\t-\t040\tloud\n", "line 1", "unknown flag 'loud'");
    assertError("x.seven\tmeet\tCONSULT\t-\tweather\t040\t-\n", "line 1", "unknown PLOVER context 'weather'");
    assertError("x.eight\tmeet\tCONSULT\t-\t-\t040\t-\n# again\nx.eight\tsee\tCONSULT\t-\t-\t040\t-\n",
        "line 3", "id x.eight is already defined at line 1");
  }

  private void assertError(String content, String line, String reason) throws IOException {
    Path user = dir.resolve("bad.tsv");
    Files.writeString(user, content);
    assertThatThrownBy(() -> Lexicon.load(ONTOLOGY, user))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(user.toString())
        .hasMessageContaining(line)
        .hasMessageContaining(reason);
  }
}
