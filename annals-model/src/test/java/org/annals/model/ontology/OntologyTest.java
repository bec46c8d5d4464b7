package org.annals.model.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.AnnalsException;
import org.annals.model.Ontology;
import org.annals.model.Ontology.CameoCode;
import org.annals.model.Ontology.PloverType;
import org.annals.model.SharedData;
import org.junit.jupiter.api.Test;

class OntologyTest {

  private final Ontology ont = Ontology.standard();

  @Test
  void hasTheSixteenPloverTypesInManualOrderWithQuadClasses() {
    assertThat(ont.ploverTypes()).extracting(PloverType::name).containsExactly("AGREE", "CONSULT",
        "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
    assertThat(ont.plover("RETREAT").orElseThrow().quadClass()).isEqualTo(2);
    assertThat(ont.plover("ACCUSE").orElseThrow().quadClass()).isEqualTo(3);
    assertThat(ont.plover("MOBILIZE").orElseThrow().quadClass()).isEqualTo(4);
    assertThat(ont.plover("CONSULT").orElseThrow().modes())
        .containsExactly("visit", "third-party", "multilateral", "phone");
    assertThat(ont.plover("AGREE").orElseThrow().modes()).isEmpty();
    assertThat(ont.plover("STATEMENT")).isEmpty();
  }

  @Test
  void contextsAndSectorsFollowTheManual() {
    assertThat(ont.contexts()).contains("military", "diplomatic", "economic", "cbrn", "trafficking")
        .hasSize(37);
    assertThat(ont.sectors()).contains("GOV", "MIL", "COP", "REB", "CVL", "OPP", "JRN", "MED", "REF")
        .hasSize(25);
  }

  @Test
  void cameoCodesCarryNameGoldsteinQuadAndPlover() {
    CameoCode phone = ont.cameo("041").orElseThrow();
    assertThat(phone).isEqualTo(new CameoCode("041", "Discuss by telephone", 1.0, 1, "CONSULT", "phone"));
    CameoCode demand = ont.cameo("1056").orElseThrow();
    assertThat(demand.ploverEvent()).isEqualTo("REQUEST");
    assertThat(demand.ploverMode()).isEqualTo("yield");
    assertThat(demand.quadClass()).isEqualTo(3);
    assertThat(ont.cameo("190").orElseThrow().quadClass()).isEqualTo(4);
    assertThat(ont.cameo("0874").orElseThrow().quadClass()).isEqualTo(2);
    assertThat(ont.cameoContexts("1056")).containsExactly("military");
  }

  @Test
  void statementsAndAppealsAreDroppedByPlover() {
    assertThat(ont.cameo("010").orElseThrow().ploverEvent()).isNull();
    assertThat(ont.cameo("0256").orElseThrow().ploverEvent()).isNull();
    assertThat(ont.cameo("01").orElseThrow().name()).isEqualTo("Make public statement");
  }

  @Test
  void representativeCodesForTypeAndMode() {
    assertThat(code("CONSULT", "phone")).isEqualTo("041");
    assertThat(code("CONSULT", "visit")).isEqualTo("042");
    assertThat(code("CONSULT", null)).isEqualTo("040");
    assertThat(code("ACCUSE", "disapprove")).isEqualTo("112");
    assertThat(code("REQUEST", "yield")).isEqualTo("105");
    assertThat(code("THREATEN", "restrict")).isEqualTo("1312");
    assertThat(code("SANCTION", "discontinue")).isEqualTo("162");
    assertThat(code("AGREE", null)).isEqualTo("030");
    assertThat(code("AGREE", "")).isEqualTo("030");
    assertThat(ont.cameoFor("CONSULT", "riot")).isEmpty();
    for (PloverType t : ont.ploverTypes()) {
      assertThat(ont.cameoFor(t.name(), null)).as(t.name()).isPresent();
      for (String m : t.modes()) {
        assertThat(ont.cameoFor(t.name(), m).orElseThrow().ploverEvent()).isEqualTo(t.name());
      }
    }
  }

  @Test
  void contextsRefineTheCode() {
    assertThat(ont.cameoFor("REQUEST", "yield", List.of("military")).orElseThrow().code())
        .isEqualTo("1056");
    assertThat(ont.cameoFor("ACCUSE", "allege", List.of("crime")).orElseThrow().code())
        .isEqualTo("1121");
    assertThat(ont.cameoFor("CONSULT", "phone", List.of("military")).orElseThrow().code())
        .isEqualTo("041");
  }

  private String code(String event, String mode) {
    return ont.cameoFor(event, mode).orElseThrow().code();
  }

  @Test
  void everyGoldsteinCodeIsLoadedWithItsScore() throws IOException {
    Path file = SharedData.require("kb/codes/CAMEO.goldsteinscale.txt");
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSizeGreaterThan(300);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.trim().split("\\s+");
      CameoCode c = ont.cameo(f[0]).orElseThrow(() -> new AssertionError("missing " + f[0]));
      assertThat(c.goldstein()).as(f[0]).isEqualTo(Double.parseDouble(f[1]));
    }
  }

  @Test
  void everyConversionTableRowIsRepresented() throws IOException {
    Path file = SharedData.require("kb/plover/CAMEO2PLOVER-2021.txt");
    Pattern row = Pattern.compile("^(\\d{3,4}):\\s*([A-Z]+)\\s*,([^,#]*),.*$");
    int rows = 0;
    for (String line : Files.readAllLines(file)) {
      Matcher m = row.matcher(line.trim());
      if (!m.matches()) {
        continue;
      }
      rows++;
      CameoCode c = ont.cameo(m.group(1)).orElseThrow();
      assertThat(c.ploverEvent()).as(line).isEqualTo(m.group(2));
      String mode = m.group(3).trim();
      if (c.ploverMode() != null && !mode.isEmpty() && !mode.equals(c.ploverMode())) {
        // a mode PLOVER 2.0 no longer has: the normalised one must be a 2.0 mode of that type
        assertThat(ont.plover(c.ploverEvent()).orElseThrow().modes()).contains(c.ploverMode());
      } else if (c.ploverMode() != null) {
        assertThat(c.ploverMode()).as(line).isEqualTo(mode);
      }
    }
    assertThat(rows).isGreaterThan(250);
  }

  @Test
  void malformedDataNamesFileAndLine() {
    String text = "# test\ncode\tname\n041\tDiscuss\textra\n";
    assertThatThrownBy(() -> TsvTable.parse("x.tsv", new BufferedReader(new StringReader(text))))
        .isInstanceOf(AnnalsException.class).hasMessageStartingWith("x.tsv:3:");
    assertThatThrownBy(() -> TsvTable.parse("y.tsv", new BufferedReader(new StringReader("code\n"))))
        .hasMessageStartingWith("y.tsv:1:");
  }

  @Test
  void hasAVersion() {
    assertThat(ont.version()).contains("CAMEO codes");
  }
}
