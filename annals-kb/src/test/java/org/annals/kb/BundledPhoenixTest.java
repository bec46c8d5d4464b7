package org.annals.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.kb.phoenix.PhoenixDictionary;
import org.annals.kb.phoenix.PhoenixTsv;
import org.annals.model.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled Phoenix dictionaries are the project's compiled form ({@link PhoenixTsv}) of the
 * Phoenix/PETRARCH files in ../shared: they must equal what the readers make of those files today,
 * and the format must give back every dictionary it writes.
 */
class BundledPhoenixTest {

  @TempDir Path dir;

  private static List<PhoenixDictionary> roundTrip(List<PhoenixDictionary> d) throws IOException {
    StringWriter w = new StringWriter();
    PhoenixTsv.write(d, List.of("a header", ""), w);
    return PhoenixTsv.read("test.tsv", new StringReader(w.toString()));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void theBundledFileEqualsWhatTheReadersMakeOfTheSharedSources() {
    List<Path> files = CompilePhoenix.SOURCES.stream().map(SharedData::require).toList();
    List<PhoenixDictionary> sources = CompilePhoenix.readSources(files);
    List<PhoenixDictionary> bundled = KnowledgeBases.bundledPhoenix();
    assertThat(bundled).extracting(PhoenixDictionary::file)
        .containsExactlyElementsOf(sources.stream().map(PhoenixDictionary::file).toList());
    for (int i = 0; i < sources.size(); i++) {
      PhoenixDictionary s = sources.get(i);
      PhoenixDictionary b = bundled.get(i);
      String regenerate = s.file() + " changed: regenerate with annals-kb/tools/gen_phoenix.sh";
      assertThat(b.actors()).as(regenerate).containsExactlyElementsOf(s.actors());
      assertThat(b.agents()).as(regenerate).containsExactlyElementsOf(s.agents());
      assertThat(b.problems()).as(regenerate).containsExactlyElementsOf(s.problems());
    }
  }

  @Test
  void actorsAgentsDatedCodesAndProblemsSurviveTheCompiledForm() throws IOException {
    Path actors = write("test.actors.txt", String.join("\n",
        "RUTHENIA_ [RTH]",
        "+RUTHENIAN_",
        "ANNA_EXAMPLE_  ; CountryInfo.txt",
        "+PRESIDENT_EXAMPLE_+MADAM_EXAMPLE_",
        "\t[RTHELI 700101-990809]",
        "\t[RTHGOV > 20050102]",
        "\t[RTHOPP <650101]",
        "\t[---]",
        "NOBODY_",
        "[RTH]",
        ""));
    Path agents = write("test.agents.txt", String.join("\n",
        "!MINIST! = MINISTER, MINISTRY",
        "FOREIGN_!MINIST! [~GOVFRM]",
        "SHARECROPPER [~AGR]",
        "CANDIDATE {CANDIDATES} [ELI~]",
        "NOT_AN_ENTRY",
        ""));
    List<PhoenixDictionary> read = CompilePhoenix.readSources(List.of(actors, agents));
    assertThat(read.get(0).problems()).hasSizeGreaterThan(2);
    assertThat(read.get(1).agents()).hasSizeGreaterThan(4);
    assertThat(roundTrip(read)).isEqualTo(read);
  }

  @Test
  void aMalformedRowNamesItsLine() {
    assertThatThrownBy(() -> PhoenixTsv.read("x.tsv", new StringReader(
        "# header\nsource\tA.actors.txt\nactor\t3\tANNA\t\tRTHGOV 2005-13-01..\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("x.tsv line 3: not an ISO date: '2005-13-01'");
    assertThatThrownBy(() -> PhoenixTsv.read("x.tsv", new StringReader("agent\t1\tX\tAGR\n")))
        .hasMessage("x.tsv line 1: 'agent' row before any 'source' row");
    assertThatThrownBy(() -> PhoenixTsv.read("x.tsv", new StringReader(
        "source\tA.actors.txt\nproblem\t4\tfixed\tsomething\n")))
        .hasMessage("x.tsv line 2: expected 'recovered' or 'skipped', not 'fixed'");
  }

  @Test
  void aPhraseTheFormatCannotHoldIsRefusedWhenWriting() {
    PhoenixDictionary d = new PhoenixDictionary("a.actors.txt", List.of(new PhoenixDictionary.Actor(
        "a.actors.txt", 1, "A|B", List.of(), List.of())), List.of(), List.of());
    assertThatThrownBy(() -> roundTrip(List.of(d))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'A|B' holds a reserved character '|'");
  }
}
