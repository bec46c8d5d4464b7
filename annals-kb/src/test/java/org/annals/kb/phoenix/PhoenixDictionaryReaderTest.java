package org.annals.kb.phoenix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhoenixDictionaryReaderTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void readsRecordsSynonymsAndDatedCodes() throws IOException {
    Path f = write("test.actors.txt", String.join("\n",
        "# a comment",
        "RUTHENIA_ [RTH]",
        "+RUTHENIAN_",
        "",
        "ANNA_EXAMPLE_  ; CountryInfo.txt",
        "+PRESIDENT_EXAMPLE_",
        "\t[RTHELI 700101-990809]",
        "\t[RTHGOV >20050102]",
        "\t[RTHOPP <650101]",
        "\t[RTHELI]",
        ""));
    PhoenixDictionary d = new PhoenixDictionaryReader().readActors(f);
    assertThat(d.problems()).isEmpty();
    assertThat(d.actors()).hasSize(2);
    PhoenixDictionary.Actor anna = d.actors().get(1);
    assertThat(anna.line()).isEqualTo(5);
    assertThat(anna.phrases()).containsExactly("ANNA EXAMPLE", "PRESIDENT EXAMPLE");
    assertThat(anna.codes()).containsExactly(
        new PhoenixDictionary.DatedCode("RTHELI", LocalDate.of(1970, 1, 1), LocalDate.of(1999, 8, 9)),
        new PhoenixDictionary.DatedCode("RTHGOV", LocalDate.of(2005, 1, 2), null),
        new PhoenixDictionary.DatedCode("RTHOPP", null, LocalDate.of(1965, 1, 1)),
        new PhoenixDictionary.DatedCode("RTHELI", null, null));
    assertThat(anna.codes().get(0).appliesOn(LocalDate.of(1999, 8, 9))).isTrue();
    assertThat(anna.codes().get(0).appliesOn(LocalDate.of(1999, 8, 10))).isFalse();
  }

  @Test
  void malformedLinesAreReportedWithFileAndLine() throws IOException {
    Path f = write("bad.actors.txt", String.join("\n",
        "+ORPHAN_SYNONYM",
        "SOMEONE_",
        "\t[RTHGOV > 140608]",
        "\t[---]",
        "\t[RTHGOV 20121204]",
        "\t[RTHGOV 1920030320-20060520]",
        "\t[RTHGOV 990101-980101]",
        "+FIRST_NAME+_SECOND_NAME_",
        "   [s]",
        "[RTH]",
        ""));
    PhoenixDictionary d = new PhoenixDictionaryReader().readActors(f);
    assertThat(d.problems()).extracting(PhoenixDictionary.Problem::line)
        .containsExactly(1, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(d.problems().get(0).toString()).startsWith("bad.actors.txt:1: synonym before any actor");
    assertThat(d.problems().get(1).recovered()).isTrue();
    assertThat(d.actors()).hasSize(1);
    assertThat(d.actors().get(0).synonyms()).containsExactly("FIRST NAME", "SECOND NAME");
    assertThat(d.actors().get(0).codes()).containsExactly(
        new PhoenixDictionary.DatedCode("RTHGOV", LocalDate.of(2014, 6, 8), null));
  }

  @Test
  void invalidUtf8IsReadAsWindows1252AndReported() throws IOException {
    Path f = dir.resolve("latin.actors.txt");
    Files.write(f, "C\u00d4TE_ [CIV]\n".getBytes(StandardCharsets.ISO_8859_1));
    PhoenixDictionary d = new PhoenixDictionaryReader().readActors(f);
    assertThat(d.actors().get(0).phrase()).isEqualTo("C\u00d4TE");
    assertThat(d.problems()).singleElement().extracting(PhoenixDictionary.Problem::line).isEqualTo(1);
  }

  @Test
  void agentsWithPluralsAndSubstitutions() throws IOException {
    Path f = write("test.agents.txt", String.join("\n",
        "!PERSON! = MAN, WOMAN",
        "FARMER [~AGR]",
        "POLICE {} [~COP]",
        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]",
        "CONGRESS!PERSON! [~LEG}",
        "HUMAN_RIGHTS_BODY  [NGO~] # comment",
        "NO CODE HERE",
        "BAD [~]",
        ""));
    PhoenixDictionary d = new PhoenixAgentReader().read(f);
    assertThat(d.agents()).extracting(PhoenixDictionary.Agent::phrase).containsExactly("FARMER",
        "FARMERS", "POLICE", "ATTORNEY GENERAL", "ATTORNEYS GENERAL", "CONGRESSMAN",
        "CONGRESSWOMAN", "HUMAN RIGHTS BODY", "HUMAN RIGHTS BODIES");
    assertThat(d.agents().get(0).code()).isEqualTo("AGR");
    assertThat(d.problems()).extracting(PhoenixDictionary.Problem::line).containsExactly(5, 7, 8);
  }

  @Test
  void titleCaseOfPhrases() {
    assertThat(PhoenixImport.title("VLADIMIR V. PUTIN")).isEqualTo("Vladimir V. Putin");
    assertThat(PhoenixImport.title("BASHAR AL ASSAD")).isEqualTo("Bashar al Assad");
    assertThat(List.of(PhoenixCodes.sectorOf("RUSGOV"), PhoenixCodes.sectorOf("IGOUNO"),
        PhoenixCodes.sectorOf("USAMED"))).containsExactly("GOV", "IGO", "JRN");
    assertThat(PhoenixCodes.sectorOf("RUS")).isNull();
  }
}
