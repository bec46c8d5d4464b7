package org.annals.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundledKnowledgeBaseTest extends KbTestBase {

  private static final java.time.LocalDate JULY_2025 = d("2025-07-01");

  @Test
  void seatsOfPowerAndCapitalsNameGovernments() {
    assertResolves("the Kremlin", JULY_2025, "RUS", "GOV");
    assertResolves("Moscow", JULY_2025, "RUS", "GOV");
    assertResolves("Washington", JULY_2025, "USA", "GOV");
    assertResolves("the White House", JULY_2025, "USA", "GOV");
    assertResolves("the Pentagon", JULY_2025, "USA", "MIL");
    assertResolves("the Élysée", JULY_2025, "FRA", "GOV");
    assertResolves("the Elysee", JULY_2025, "FRA", "GOV");
    assertResolves("Downing Street", JULY_2025, "GBR", "GOV");
    assertResolves("Whitehall", JULY_2025, "GBR", "GOV");
    assertResolves("Beijing", JULY_2025, "CHN", "GOV");
    assertResolves("Kyiv", JULY_2025, "UKR", "GOV");
    assertResolves("Kiev", JULY_2025, "UKR", "GOV");
    assertResolves("Tehran", JULY_2025, "IRN", "GOV");
    assertResolves("Jerusalem", JULY_2025, "ISR", "GOV");
    assertResolves("Ankara", JULY_2025, "TUR", "GOV");
    assertResolves("Berlin", JULY_2025, "DEU", "GOV");
    assertResolves("Tokyo", JULY_2025, "JPN", "GOV");
    assertResolves("New Delhi", JULY_2025, "IND", "GOV");
    assertResolves("Brussels", JULY_2025, "IGO", "IGO");
  }

  @Test
  void countryNamesShortFormsAndAdjectives() {
    assertResolves("the U.S.", JULY_2025, "USA", null);
    assertResolves("US", JULY_2025, "USA", null);
    assertResolves("America", JULY_2025, "USA", null);
    assertResolves("Britain", JULY_2025, "GBR", null);
    assertResolves("UK", JULY_2025, "GBR", null);
    assertResolves("Russian", JULY_2025, "RUS", null);
    assertResolves("French", JULY_2025, "FRA", null);
    assertResolves("Ukrainian", JULY_2025, "UKR", null);
    assertResolves("Americans", JULY_2025, "USA", null);
    assertResolves("Türkiye", JULY_2025, "TUR", null);
    assertResolves("Russian troops", JULY_2025, "RUS", "MIL");
    assertResolves("Israeli police", JULY_2025, "ISR", "COP");
    assertResolves("Ukrainian lawmakers", JULY_2025, "UKR", "LEG");
    assertResolves("Iranian protesters", JULY_2025, "IRN", "CVL");
  }

  @Test
  void dependenciesBelongToTheirControllingStateAsPloverSays() {
    assertResolves("Puerto Rico", JULY_2025, "USA", null);
    assertResolves("Puerto Rican police", JULY_2025, "USA", "COP");
    assertResolves("Greenland", JULY_2025, "DNK", null);
    assertResolves("Gibraltar", JULY_2025, "GBR", null);
    assertResolves("Macau", JULY_2025, "CHN", null);
    // the manual's exceptions keep a code of their own
    assertResolves("Hong Kong", JULY_2025, "HKG", null);
    // CAMEO keeps the territory's own code
    assertThat(kb().country("PRI")).get().extracting(Entity::cameo).isEqualTo("PRI");
  }

  @Test
  void kosovoHasTheCodeThePloverManualGivesIt() {
    assertResolves("Kosovo", JULY_2025, "KOS", null);
    assertResolves("Kosovar police", JULY_2025, "KOS", "COP");
    assertThat(kb().country("KOS")).get().extracting(Entity::cameo).isEqualTo("KSV");
  }

  @Test
  void longestMatchWins() {
    List<NameMatch> ms = kb().matchAt(List.of("South", "Korea", "said"), 0);
    assertThat(ms.get(0).length()).isEqualTo(2);
    assertThat(ms.get(0).entityId()).isEqualTo("country/KOR");
    assertResolves("South Korea", JULY_2025, "KOR", null);
    assertResolves("North Korean soldiers", JULY_2025, "PRK", "MIL");
    assertThat(kb().matchAt(List.of("the", "Middle", "East"), 0).get(0).entityId())
        .isEqualTo("region/MEA");
  }

  @Test
  void caseMattersForCommonWords() {
    assertThat(kb().matchAt(List.of("us"), 0)).isEmpty();
    assertThat(kb().matchAt(List.of("who"), 0)).isEmpty();
    assertThat(kb().matchAt(List.of("turkey"), 0)).isEmpty();
    assertThat(kb().matchAt(List.of("WHO"), 0).get(0).entityId()).isEqualTo("org/WHO");
    assertThat(kb().matchAt(List.of("PUTIN"), 0).get(0).entityId()).isEqualTo("person/vladimir-putin");
    assertThat(kb().matchAt(List.of("President"), 0).get(0).kind()).isEqualTo(NameMatch.Kind.ROLE);
  }

  @Test
  void placesGiveTheirCountry() {
    assertThat(kb().matchAt(List.of("in", "Istanbul"), 1)).isEmpty();
    assertThat(kb().placesAt(List.of("in", "Istanbul"), 1)).singleElement()
        .extracting(NameMatch::entityId).isEqualTo("country/TUR");
    assertThat(kb().placesAt(List.of("St.", "Petersburg"), 0).get(0).length()).isEqualTo(2);
    assertThat(kb().placesAt(List.of("Anchorage"), 0).get(0).entityId()).isEqualTo("country/USA");
    assertThat(kb().placesAt(List.of("Moscow"), 0)).isEmpty();
  }

  @Test
  void regionsAndOrganisations() {
    assertResolves("the West", JULY_2025, "WST", null);
    assertResolves("Western", JULY_2025, "WST", null);
    assertResolves("Europe", JULY_2025, "EUR", null);
    assertResolves("the Middle East", JULY_2025, "MEA", null);
    assertResolves("NATO", JULY_2025, "IGO", "IGO");
    assertResolves("the UN Security Council", JULY_2025, "IGO", "IGO");
    assertResolves("the European Commission", JULY_2025, "IGO", "IGO");
    assertResolves("the IAEA", JULY_2025, "IGO", "IGO");
    assertResolves("the Red Cross", JULY_2025, "IGO", "NGO");
    assertThat(kb().entity("org/NATO").orElseThrow().cameo()).isEqualTo("IGOWSTNAT");
    assertThat(kb().entity("org/UNSC").orElseThrow().cameo()).isEqualTo("IGOUNO");
  }

  @Test
  void roleNounsResolveByDate() {
    assertResolvesTo("the US president", d("2025-07-01"), "Donald Trump");
    assertResolvesTo("the US president", d("2024-07-01"), "Joe Biden");
    assertResolvesTo("the US president", d("2019-07-01"), "Donald Trump");
    assertResolvesTo("the Russian president", d("2010-01-01"), "Dmitry Medvedev");
    assertResolvesTo("the Russian president", JULY_2025, "Vladimir Putin");
    assertResolvesTo("the Russian prime minister", d("2010-01-01"), "Vladimir Putin");
    assertResolvesTo("the Russian foreign minister", JULY_2025, "Sergei Lavrov");
    assertResolvesTo("the Russian defence minister", d("2023-01-01"), "Sergei Shoigu");
    assertResolvesTo("the Russian defence minister", JULY_2025, "Andrei Belousov");
    assertResolvesTo("the US secretary of state", d("2024-01-01"), "Antony Blinken");
    assertResolvesTo("the US secretary of state", JULY_2025, "Marco Rubio");
    assertResolvesTo("the German chancellor", d("2020-01-01"), "Angela Merkel");
    assertResolvesTo("the British prime minister", JULY_2025, "Keir Starmer");
    assertResolvesTo("the Chinese premier", JULY_2025, "Li Qiang");
    assertResolvesTo("Ukraine's foreign minister", d("2023-01-01"), "Dmytro Kuleba");
    assertResolvesTo("the Israeli prime minister", d("2022-01-01"), "Naftali Bennett");
    assertResolvesTo("the Iranian leader", JULY_2025, "Ali Khamenei");
    assertResolvesTo("the Russian leader", JULY_2025, "Vladimir Putin");
    assertResolvesTo("the British leader", JULY_2025, "Keir Starmer");
    assertResolvesTo("the US prime minister", JULY_2025, "Donald Trump");
    assertResolvesTo("Kremlin spokesman", JULY_2025, "Dmitry Peskov");
    assertResolvesTo("NATO secretary general", JULY_2025, "Mark Rutte");
  }

  @Test
  void personsBySurnameAndFullName() {
    assertThat(kb().persons("Putin")).extracting(Entity::id).containsExactly("person/vladimir-putin");
    assertThat(kb().persons("Vladimir Putin")).hasSize(1);
    assertThat(kb().persons("Zelenskyy")).extracting(Entity::name).containsExactly("Volodymyr Zelensky");
    assertThat(kb().persons("Erdogan")).extracting(Entity::name).containsExactly("Recep Tayyip Erdoğan");
    assertThat(kb().persons("Xi")).extracting(Entity::name).containsExactly("Xi Jinping");
    assertThat(kb().persons("Nobody")).isEmpty();
    Entity putin = kb().persons("Putin").get(0);
    assertThat(putin.country()).isEqualTo("RUS");
    assertThat(putin.sector()).isEqualTo("GOV");
    assertThat(putin.cameo()).isEqualTo("RUSGOV");
    Entity trump = kb().persons("Trump").get(0);
    assertThat(trump.cameo()).isEqualTo("USAGOV");
    assertThat(kb().matchAt(List.of("Peskov", "said"), 0).get(0).entityId())
        .isEqualTo("person/dmitry-peskov");
  }

  @Test
  void datedRoles() {
    List<Role> trump = kb().roles("person/donald-trump");
    assertThat(trump).filteredOn(r -> r.office().equals("HEAD_OF_STATE"))
        .extracting(Role::from).containsExactly(d("2017-01-20"), d("2025-01-20"));
    assertThat(trump.get(0).to()).isEqualTo(d("2021-01-20"));
    assertThat(trump.get(0).title()).isEqualTo("President of United States");
    List<Role> putin = kb().roles("person/vladimir-putin");
    assertThat(putin).extracting(Role::from).isSorted();
    assertThat(kb().holder("USA", "HEAD_OF_STATE", d("2021-01-20")).orElseThrow().name())
        .isEqualTo("Joe Biden");
    assertThat(kb().holder("USA", "HEAD_OF_STATE", d("2021-01-19")).orElseThrow().name())
        .isEqualTo("Donald Trump");
    assertThat(kb().holder("RU", "HEAD_OF_STATE", d("2005-01-01")).orElseThrow().name())
        .isEqualTo("Vladimir Putin");
    assertThat(kb().holder("org/UN", "SECRETARY_GENERAL", d("2010-01-01")).orElseThrow().name())
        .isEqualTo("Ban Ki-moon");
    assertThat(kb().holder("USA", "HEAD_OF_STATE", d("1900-01-01"))).isEmpty();
  }

  @Test
  void pladLeadersOfOtherCountries() {
    Entity mugabe = kb().persons("Mugabe").get(0);
    assertThat(mugabe.name()).isEqualTo("Robert Mugabe");
    assertThat(mugabe.cameo()).isEqualTo("ZWEGOV");
    assertThat(kb().holder("ZWE", "LEADER", d("2010-01-01"))).contains(mugabe);
    assertResolvesTo("the Polish leader", JULY_2025, "Donald Tusk");
    assertResolvesTo("the Zimbabwean leader", JULY_2025, "Emmerson Mnangagwa");
    assertResolvesTo("the British leader", d("1995-01-01"), "John Major");
    assertResolvesTo("the Israeli leader", d("1997-01-01"), "Benjamin Netanyahu");
    assertThat(kb().persons("Kohl")).extracting(Entity::name).containsExactly("Helmut Kohl");
    assertThat(kb().matchAt(List.of("Major"), 0)).isEmpty();
    // a bare PLAD surname that could be a common name is known to persons() but not matched in text
    assertThat(kb().persons("Schetyna")).hasSize(1);
    assertThat(kb().matchAt(List.of("Schetyna"), 0)).isEmpty();
    // curated persons who also appear in PLAD keep one entity with both kinds of roles
    assertThat(kb().roles("person/mark-rutte")).extracting(Role::office)
        .contains("SECRETARY_GENERAL", "HEAD_OF_GOVERNMENT");
    assertThat(kb().roles("person/jens-stoltenberg")).extracting(Role::office)
        .contains("SECRETARY_GENERAL", "LEADER");
  }

  @Test
  void countriesByCode() {
    assertThat(kb().country("ROM").orElseThrow().id()).isEqualTo("country/ROU");
    assertThat(kb().country("ro").orElseThrow().id()).isEqualTo("country/ROU");
    assertThat(kb().country("WST").orElseThrow().name()).isEqualTo("the West");
    assertThat(kb().country("XYZ")).isEmpty();
    assertThat(kb().version()).startsWith("kb-").contains("persons");
  }

  @Test
  void theDefaultKnowledgeBaseCarriesThePhoenixDictionaries() {
    // a group only Phoenix knows, with its CAMEO code and PLOVER sector
    NameMatch m = kb().matchAt(List.of("Shining", "Path", "rebels"), 0).get(0);
    assertThat(m.length()).isEqualTo(2);
    assertThat(kb().entity(m.entityId()).orElseThrow().cameo()).isEqualTo("PERREB");
    assertThat(m.rule()).startsWith("phoenix:Phoenix.MilNonState.actors.txt:");
    // the curated person wins: one entity, the curated one, with Phoenix's dated codes merged in
    assertThat(kb().matchAt(List.of("Vladimir", "Putin"), 0).get(0).entityId())
        .isEqualTo("person/vladimir-putin");
    // a city Phoenix lists as a synonym of its country is a place, not the government
    assertThat(kb().matchAt(List.of("Izmir"), 0)).isEmpty();
    assertThat(kb().placesAt(List.of("Izmir"), 0)).extracting(NameMatch::entityId)
        .contains("country/TUR");
    assertThat(BundledKnowledgeBase.curated().matchAt(List.of("Shining", "Path"), 0)).isEmpty();
    assertThat(kb().version()).contains("phoenix");
  }
}
