package org.annals.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.AnnalsException;
import org.annals.model.ontology.TsvTable;
import org.junit.jupiter.api.Test;

/** Extending the bundled knowledge base through its builder, and data errors naming file and line. */
class KbExtensionTest extends KbTestBase {

  @Test
  void builderAddsAPersonWithADatedRoleWithoutChangingTheBase() {
    KbBuilder b = BundledKnowledgeBase.builder();
    b.entity(new Entity("person/ana-example", Entity.Kind.PERSON, "Ana Example", "MDA", "GOV",
        "MDAGOV", List.of("Example"), "test"));
    b.role(new Role("person/ana-example", "FOREIGN_MINISTER", "MDA", "Foreign Minister of Moldova",
        "GOV", LocalDate.of(2030, 1, 1), null, "test"));
    b.name("Ana Example", NameMatch.Kind.NAME, "person/ana-example", null, "GOV", "test:ana");
    DictionaryKnowledgeBase kb = b.build();
    assertThat(kb.holder("MD", "FOREIGN_MINISTER", LocalDate.of(2031, 1, 1)).orElseThrow().name())
        .isEqualTo("Ana Example");
    assertThat(kb.matchAt(List.of("Ana", "Example"), 0).get(0).rule()).isEqualTo("test:ana");
    assertThat(kb.persons("Putin")).hasSize(1);
    assertThat(kb().persons("Ana Example")).isEmpty();
  }

  @Test
  void builderRejectsBrokenReferences() {
    KbBuilder b = BundledKnowledgeBase.builder();
    assertThatThrownBy(() -> b.name("Nowhere", NameMatch.Kind.NAME, "country/XXX", null, null, "t"))
        .isInstanceOf(AnnalsException.class).hasMessageContaining("country/XXX");
    assertThatThrownBy(() -> b.entity(kb().entity("country/RUS").orElseThrow()))
        .hasMessageContaining("duplicate");
    assertThatThrownBy(() -> b.role(new Role("person/nobody", "LEADER", "RUS", "x", "GOV",
        LocalDate.of(2000, 1, 1), null, "t"))).hasMessageContaining("unknown person");
  }

  @Test
  void dataErrorsNameFileAndLine() {
    String roles = "# test\nperson\tcountry\toffice\ttitle\tfrom\tto\tsource\tsector\n"
        + "Ana Example\tRUS\tFOREIGN_MINISTER\tForeign Minister\t2020-01-01\t\tPUB\t\n"
        + "Ana Example\tXXX\tFOREIGN_MINISTER\tForeign Minister\t2020-01-01\t\tPUB\t\n";
    assertThatThrownBy(() -> BundledKnowledgeBase.compile(f -> f.equals("roles.tsv")
        ? parse("roles.tsv", roles) : bundled(f)))
        .isInstanceOf(AnnalsException.class).hasMessage("roles.tsv:4: unknown country XXX");
    String offices = "# test\noffice\tsector\tdescription\nLEADER\tXYZ\tbad\n";
    assertThatThrownBy(() -> BundledKnowledgeBase.compile(f -> f.equals("offices.tsv")
        ? parse("offices.tsv", offices) : bundled(f)))
        .hasMessageStartingWith("offices.tsv:3: unknown sector XYZ");
  }

  private static TsvTable bundled(String file) {
    return TsvTable.resource(BundledKnowledgeBase.class, "/org/annals/kb/" + file);
  }

  private static TsvTable parse(String name, String text) {
    try {
      return TsvTable.parse(name, new BufferedReader(new StringReader(text)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
