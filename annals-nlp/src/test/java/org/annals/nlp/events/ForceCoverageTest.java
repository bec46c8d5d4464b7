package org.annals.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CodedEvent;
import org.junit.jupiter.api.Test;

/**
 * The forceful types (ASSAULT, COERCE, SANCTION, MOBILIZE) in shapes a probe of the class found
 * missing or mistyped: event nouns, arson, reservists called up, troops sent to a region, people
 * expelled, assets frozen, fines, unnamed attackers of passives; and word senses that are no event.
 * Sentences written for this test (session 24, h112).
 */
class ForceCoverageTest extends CodingTestBase {
  private static final String DAY = "2024-05-10";

  private static List<String> types(String text) {
    return code(text, DAY).events().stream().map(CodedEvent::event).toList();
  }

  private static List<String> rules(String text) {
    return code(text, DAY).events().stream().map(e -> e.evidence().rule()).toList();
  }

  @Test
  void aDetentionNamedAsANounIsTheAct() {
    assertThat(types("The internment of Uighurs by Chinese authorities was condemned by Germany."))
        .contains("COERCE");
  }

  @Test
  void torchingAndSettingFireToHomesIsAnAssault() {
    assertThat(types("Myanmar's army torched homes in several villages in Sagaing, residents said."))
        .contains("ASSAULT");
    assertThat(types("Settlers set fire to a Palestinian home in the West Bank overnight."))
        .contains("ASSAULT");
  }

  @Test
  void reservistsCalledUpAndTroopsSentToARegionAreAMobilization() {
    assertThat(types("Azerbaijan has called up its reservists amid tensions with Armenia."))
        .containsExactly("MOBILIZE");
    assertThat(types("Pakistan sent troops to the flood-hit province to keep order."))
        .containsExactly("MOBILIZE");
    assertThat(rules("France began the deployment of troops to Estonia on Monday."))
        .containsExactly("lexicon:mobilize.deployment-noun");
  }

  @Test
  void peopleExpelledAreDeportedButDiplomatsExpelledAreASanction() {
    assertThat(code("Kuwait expelled hundreds of Egyptian workers over visa violations.", DAY)
        .events()).extracting(e -> e.event() + "/" + e.mode()).containsExactly("COERCE/deport");
    assertThat(types("Lithuania expelled two Russian diplomats on Monday.")).containsExactly("SANCTION");
  }

  @Test
  void frozenAssetsAndFinesAreSanctions() {
    assertThat(types("Japan froze the assets of Russian banks on Friday.")).containsExactly("SANCTION");
    assertThat(types("A French court fined the Swiss bank 4.5 billion euros for tax fraud."))
        .containsExactly("SANCTION");
  }

  @Test
  void anUnnamedPersonWhoShotOrStabbedInAPassiveIsAnUnidentifiedAttacker() {
    List<CodedEvent> events = code("Two Israeli tourists were stabbed by a man in Jerusalem's Old"
        + " City.", DAY).events();
    assertThat(events).extracting(CodedEvent::event).containsExactly("ASSAULT");
    assertThat(events.get(0).actors()).extracting(a -> a.sector()).containsExactly("UAF");
    assertThat(events.get(0).actors()).extracting(a -> a.rule()).allMatch(r -> r.startsWith("attacker:"));
    assertThat(types("A Brazilian police officer was shot in Rio on Friday by a teenager."))
        .containsExactly("ASSAULT");
  }

  @Test
  void accidentsArrestedDeclinesAndDetentionCampsAreNoEvent() {
    assertThat(types("Three tourists died when their boat capsized off the coast of Thailand.")).isEmpty();
    assertThat(types("Five people were killed when a bus plunged into a ravine in Nepal.")).isEmpty();
    assertThat(types("The central bank's measures arrested the slide of the peso.")).isEmpty();
    assertThat(types("The minister arrested the decline of the currency with new measures.")).isEmpty();
    assertThat(types("The new detention centre in Libya holds about 800 migrants.")).isEmpty();
  }

  @Test
  void executionsBlockedPlatformsEvictionsSuspensionsAndImportBans() {
    assertThat(code("Armed men executed six farmers in a village in Honduras.", DAY).events())
        .extracting(e -> e.event() + "/" + e.mode()).containsExactly("ASSAULT/targeted");
    assertThat(types("Russia's media regulator blocked Instagram across the country."))
        .containsExactly("COERCE");
    assertThat(types("Bolivian police evicted hundreds of squatters from a farm in Santa Cruz."))
        .containsExactly("COERCE");
    assertThat(types("The African Union suspended Niger's membership after the coup."))
        .containsExactly("SANCTION");
    assertThat(types("The EU imposed a ban on Russian oil imports.")).containsExactly("SANCTION");
    assertThat(types("The Finnish government executed its budget plan on time.")).isEmpty();
  }
}
