package org.annals.eval.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.annals.eval.common.Problem;
import org.annals.model.BadInputException;
import org.junit.jupiter.api.Test;

/** Malformed gold files: errors name the file and the record; good records are still read. */
class PloverGoldReaderTest {
  @Test
  void brokenJsonNamesTheFileAndPosition() {
    assertThatThrownBy(() -> PloverGoldReader.parse("[{\"id\": \"X\", \"event\": ", "bad.json"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("bad.json")
        .hasMessageContaining("line 1");
  }

  @Test
  void notAnArrayIsAnError() {
    assertThatThrownBy(() -> PloverGoldReader.parse("{\"id\": \"X\"}", "obj.json"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("obj.json: expected a JSON array");
  }

  @Test
  void missingFileIsAnError() {
    assertThatThrownBy(() -> PloverGoldReader.read(java.nio.file.Path.of("no/such/gold.json")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("no such file");
  }

  @Test
  void badRecordsAreReportedAndTheRestIsRead() {
    String json = """
        [ {"id": "R1", "event": "AGREE"},
          {"event": "REJECT", "text": "Ministers rejected the plan.", "source": [{"code": "KEN"}]},
          {"id": "R3", "event": "THREATEN", "text": "Oslo threatened to leave the talks.",
           "source": [{"code": "NOR"}], "target": "diplomatic"},
          {"id": "R4", "event": "PROTEST", "text": "Crowds marched in Lima.", "target": [{"code": "PER"}]},
          "not a record" ]
        """;
    PloverGoldReader.GoldSet set = PloverGoldReader.parse(json, "mixed.json");
    assertThat(set.records()).extracting(PloverGold::text).containsExactly(
        "Ministers rejected the plan.", "Oslo threatened to leave the talks.", "Crowds marched in Lima.");
    assertThat(set.problems()).extracting(Problem::toString).containsExactly(
        "mixed.json: record R1: missing or non-text field text; skipped",
        "mixed.json: record R3: field target is \"diplomatic\", not a list of actors; excluded from target scores",
        "mixed.json: record R4: missing field source; excluded from source scores",
        "mixed.json: record #5: not a JSON object; skipped");
    assertThat(set.records().get(1).targets()).isNull();
    assertThat(set.records().get(2).sources()).isNull();
  }

  @Test
  void mapsPlover05TypesTo20() {
    assertThat(PloverMapping.map("DISAPPROVE", null)).isEqualTo(new PloverMapping.Mapped("ACCUSE", "disapprove"));
    assertThat(PloverMapping.map("INVESTIGATE", "")).isEqualTo(new PloverMapping.Mapped("ACCUSE", "investigate"));
    assertThat(PloverMapping.map("DEMAND", null)).isEqualTo(new PloverMapping.Mapped("REQUEST", null));
    assertThat(PloverMapping.map("FIGHT", "heavy-weapons")).isEqualTo(new PloverMapping.Mapped("ASSAULT", "heavy-weapons"));
    assertThat(PloverMapping.map("AGREE", "")).isEqualTo(new PloverMapping.Mapped("AGREE", null));
    assertThat(PloverMapping.sector("***")).isNull();
    assertThat(PloverMapping.sector("CIVsrp")).isEqualTo("CVL");
  }
}
