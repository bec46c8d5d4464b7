package org.annals.eval.plover;

import static org.annals.eval.common.TestEvents.actor;
import static org.annals.eval.common.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annals.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * The scorer on a 3-record fixture with hand-computed scores: a compound source (France and
 * Germany), a record with no event produced whose target code (IGO) resolves to no country, and an
 * ASSAULT (gold FIGHT) with the wrong mode and a wrong target sector.
 */
class PloverScorerTest {
  static final Path FIXTURE = Path.of("src/test/resources/fixtures/plover-3.json");

  static List<PloverScorer.Case> cases(PloverGoldReader.GoldSet gold) {
    PloverGold agree = gold.records().get(0);
    PloverGold demand = gold.records().get(1);
    PloverGold fight = gold.records().get(2);
    int agreed = agree.text().indexOf("agreed");
    int fired = fight.text().indexOf("fired");
    return List.of(
        new PloverScorer.Case(agree, List.of(
            event("CONSULT", null, Modality.ASSERTED, 0, 9, List.of(actor("FRA", "GOV")), List.of()),
            event("AGREE", null, Modality.ASSERTED, agreed, agreed + 6,
                List.of(actor("FRA", "GOV"), actor("DEU", "GOV")), List.of()))),
        new PloverScorer.Case(demand, List.of()),
        new PloverScorer.Case(fight, List.of(event("ASSAULT", null, Modality.ASSERTED, fired, fired + 5,
            List.of(actor("SDN", "REB")), List.of(actor("SDN", "GOV"))))));
  }

  @Test
  void readsAndMapsTheFixture() {
    PloverGoldReader.GoldSet gold = PloverGoldReader.read(FIXTURE);
    assertThat(gold.records()).extracting(PloverGold::event).containsExactly("AGREE", "REQUEST", "ASSAULT");
    assertThat(gold.records().get(2).mode()).isEqualTo("firearms");
    assertThat(gold.records().get(2).sources().get(0).sector()).isEqualTo("REB");
    assertThat(gold.records().get(0).targets()).isEmpty();
    PloverGold agree = gold.records().get(0);
    assertThat(agree.triggers()).hasSize(1);
    assertThat(agree.triggers().get(0).of(agree.text())).isEqualTo("agreed");
    assertThat(gold.problems()).singleElement().satisfies(p -> {
      assertThat(p.record()).isEqualTo("TEST-DEMAND-0001");
      assertThat(p.message()).contains("IGO");
    });
  }

  @Test
  void handComputedScores() {
    PloverGoldReader.GoldSet gold = PloverGoldReader.read(FIXTURE);
    PloverReport r = PloverScorer.score(cases(gold), gold.problems());
    assertThat(r.records()).isEqualTo(3);
    assertThat(r.noEvent()).isEqualTo(org.annals.eval.common.Ratio.of(1, 3));
    assertThat(r.eventType()).isEqualTo(org.annals.eval.common.Ratio.of(2, 3));
    // AGREE F1 1, ASSAULT F1 1, REQUEST F1 0 (missed): macro = 2/3
    assertThat(r.macroF1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(r.confusion()).isEqualTo(Map.of(
        "AGREE", Map.of("AGREE", 1), "REQUEST", Map.of(PloverScorer.NONE, 1), "ASSAULT", Map.of("ASSAULT", 1)));
    assertThat(r.mode()).isEqualTo(org.annals.eval.common.Ratio.of(0, 1));
    // sources: {DEU,FRA} right, USA missed (no event), SDN right
    assertThat(r.sourceCountry()).isEqualTo(org.annals.eval.common.Ratio.of(2, 3));
    // targets: empty gold target and no recipients right, IGO excluded, SDN right
    assertThat(r.targetCountry()).isEqualTo(org.annals.eval.common.Ratio.of(2, 2));
    // sectors: FRA/GOV, DEU/GOV, SDN/REB right; USA/GOV (no event), SDN/MIL (got GOV) wrong
    assertThat(r.sector()).isEqualTo(org.annals.eval.common.Ratio.of(3, 5));
    assertThat(r.misses()).extracting(PloverReport.Miss::id)
        .containsExactly("TEST-DEMAND-0001", "TEST-FIGHT-0001");
    assertThat(r.misses().get(1).differs()).containsExactly("mode", "sector");
    assertThat(r.problems()).hasSize(1);
  }

  @Test
  void jsonFormCarriesTheFigures() throws Exception {
    PloverGoldReader.GoldSet gold = PloverGoldReader.read(FIXTURE);
    PloverReport r = PloverScorer.score(cases(gold), gold.problems());
    var json = org.annals.model.Json.MAPPER.readTree(org.annals.model.Json.write(r));
    assertThat(json.path("eventType").path("value").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(json.path("targetCountry").path("hits").asInt()).isEqualTo(2);
    assertThat(json.path("confusion").path("REQUEST").path(PloverScorer.NONE).asInt()).isEqualTo(1);
    assertThat(json.path("misses")).hasSize(2);
  }

  @Test
  void choosesTheEventOnTheGoldTriggerOverAnEarlierOne() {
    PloverGoldReader.GoldSet gold = PloverGoldReader.read(FIXTURE);
    PloverScorer.Case first = cases(gold).get(0);
    assertThat(EventChoice.choose(first.produced(), first.gold().triggers()))
        .hasValueSatisfying(e -> assertThat(e.event()).isEqualTo("AGREE"));
  }

  @Test
  void withoutATriggerMatchTheFirstAssertedEventIsChosen() {
    var negated = event("AGREE", null, Modality.NEGATED, 0, 3, List.of(), List.of());
    var asserted = event("REJECT", null, Modality.ASSERTED, 5, 9, List.of(), List.of());
    assertThat(EventChoice.choose(List.of(negated, asserted), List.of())).contains(asserted);
    assertThat(EventChoice.choose(List.of(negated), List.of())).contains(negated);
    assertThat(EventChoice.choose(List.of(), List.of())).isEmpty();
  }

  @Test
  void emptyPredictionsScoreZeroNotNaN() {
    PloverGoldReader.GoldSet gold = PloverGoldReader.read(FIXTURE);
    List<PloverScorer.Case> none = gold.records().stream()
        .map(g -> new PloverScorer.Case(g, List.of())).toList();
    PloverReport r = PloverScorer.score(none, List.of());
    assertThat(r.noEvent().value()).isEqualTo(1.0);
    assertThat(r.eventType().hits()).isZero();
    assertThat(r.macroF1()).isZero();
    // an empty gold target is not credited when nothing was produced at all
    assertThat(r.targetCountry()).isEqualTo(org.annals.eval.common.Ratio.of(0, 2));
    String text = PloverReportText.format(r, "fixture", 1);
    assertThat(text).contains("event type accuracy", "0/3 (0.000)", "First 1 of 3 misses", "(none)");
  }
}
