package org.annals.kb.phoenix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.kb.DictionaryKnowledgeBase;
import org.annals.kb.Entity;
import org.annals.kb.KnowledgeBases;
import org.annals.kb.NameMatch;
import org.annals.kb.Role;
import org.annals.model.BadInputException;
import org.annals.model.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Imports the shared Phoenix dictionaries into the bundled knowledge base. */
class PhoenixImportTest {

  private static KnowledgeBases.Imported imported;

  @BeforeAll
  static void importShared() {
    Path dir = SharedData.require("kb/phoenix");
    imported = KnowledgeBases.withPhoenix(BundledKnowledgeBase.curated(), List.of(
        dir.resolve("Phoenix.Countries.actors.txt"), dir.resolve("Phoenix.International.actors.txt"),
        dir.resolve("Phoenix.MilNonState.actors.txt"), dir.resolve("Phoenix.agents.txt")));
  }

  private static DictionaryKnowledgeBase kb() {
    return imported.kb();
  }

  @Test
  void aPersonOnlyPhoenixKnowsGetsItsDatedCameoCodesAsRoles() {
    String id = kb().matchAt(List.of("Kamel", "Morjane"), 0).get(0).entityId();
    List<Role> codes = kb().roles(id);
    assertThat(codes).extracting(Role::title, Role::from, Role::to).contains(
        org.assertj.core.groups.Tuple.tuple("TUNGOVMIL", LocalDate.of(2005, 11, 1), LocalDate.of(2010, 3, 1)),
        org.assertj.core.groups.Tuple.tuple("TUNGOV", LocalDate.of(2010, 3, 1), null));
    assertThat(codes).allMatch(r -> r.country().equals("TUN") && r.office().equals(PhoenixImport.CAMEO_OFFICE));
    assertThat(codes.get(0).source()).startsWith("phoenix:Phoenix.Countries.actors.txt:");
  }

  @Test
  void theCuratedPersonWinsWhereBothKnowThem() {
    // Putin is merged into the curated person: no Phoenix codes become his offices
    assertThat(kb().roles("person/vladimir-putin"))
        .noneMatch(r -> r.office().equals(PhoenixImport.CAMEO_OFFICE));
    assertThat(kb().holder("RUS", "HEAD_OF_STATE", LocalDate.of(2010, 1, 1)).orElseThrow().name())
        .isEqualTo("Dmitry Medvedev");
    List<NameMatch> m = kb().matchAt(List.of("President", "Putin", "said"), 0);
    assertThat(m.get(0).length()).isEqualTo(2);
    assertThat(m.get(0).entityId()).isEqualTo("person/vladimir-putin");
    // a phrase the curated tables know stays theirs, with or without "the"
    assertThat(kb().matchAt(List.of("the", "European", "Union"), 0)).allMatch(n -> n.entityId() == null
        || !n.entityId().startsWith("phoenix/"));
  }

  @Test
  void importsActorsGroupsAndAgents() {
    PhoenixReport r = imported.report();
    assertThat(r.actors()).isGreaterThan(20_000);
    assertThat(r.persons()).isGreaterThan(5_000);
    assertThat(r.mergedPersons()).isGreaterThan(100);
    assertThat(r.agents()).isGreaterThan(1_000);
    assertThat(kb().matchAt(List.of("sharecroppers"), 0)).extracting(NameMatch::sector)
        .contains("AGR");
    Entity nato = kb().entity(kb().matchAt(List.of("North", "Atlantic", "Treaty", "Organization"), 0)
        .get(0).entityId()).orElseThrow();
    assertThat(nato.cameo()).startsWith("IGOWSTNAT");
    assertThat(kb().version()).contains("phoenix").contains("problems " + r.problems().size());
  }

  @Test
  void malformedLinesOfTheRealFilesAreReported() {
    List<PhoenixDictionary.Problem> problems = imported.report().problems();
    assertThat(problems).isNotEmpty().allMatch(p -> p.line() > 0 && p.file().startsWith("Phoenix."));
    assertThat(problems).anyMatch(p -> p.message().contains("malformed code '---'"));
    assertThat(problems).anyMatch(p -> p.message().contains("U+FFFD"));
    assertThat(problems).anyMatch(p -> p.message().contains("several synonyms on one line"));
  }

  @Test
  void missingOrUnknownFilesAreBadInput() {
    assertThatThrownBy(() -> KnowledgeBases.withPhoenix(BundledKnowledgeBase.curated(),
        List.of(Path.of("/nonexistent/x.actors.txt")))).isInstanceOf(BadInputException.class)
        .hasMessageContaining("not found");
    Path issues = SharedData.require("kb/phoenix/Phoenix.IssueCoding.txt");
    assertThatThrownBy(() -> KnowledgeBases.withPhoenix(BundledKnowledgeBase.curated(), List.of(issues)))
        .isInstanceOf(BadInputException.class).hasMessageContaining("actors");
  }
}
