package org.annals.kb.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiled gazetteer: names, other names, ambiguity, the stoplist. */
class GazetteerTest {
  private final Gazetteer g = Gazetteer.standard();

  private List<Long> ids(String name) {
    return g.lookup(name).stream().map(c -> c.place().geonamesId()).toList();
  }

  @Test
  void otherNamesReachTheSamePlace() {
    assertThat(ids("Kiev")).contains(703448L);
    assertThat(ids("Kyiv")).containsExactly(703448L);
    assertThat(ids("Dnipropetrovsk")).contains(709930L);
    assertThat(ids("Gaza City")).containsExactly(281133L);
    assertThat(ids("São Paulo")).isEqualTo(ids("Sao Paulo"));
  }

  @Test
  void ambiguousNamesKeepEveryCandidate() {
    assertThat(g.lookup("Georgia")).extracting(c -> c.place().country() + "/" + c.place().kind())
        .contains("GEO/country", "USA/admin1");
    assertThat(g.lookup("Tripoli")).extracting(c -> c.place().country()).contains("LBN", "LBY");
    assertThat(g.lookup("Paris")).extracting(c -> c.place().admin1()).contains("FR11", "USTX");
    Place texas = g.lookup("Texas").get(0).place();
    assertThat(texas.admin1()).isEqualTo("USTX");
    assertThat(texas.lat()).isBetween(26.0, 36.5);
  }

  @Test
  void countriesCarryTheirFipsCodeAndPoint() {
    Place ukraine = g.country("UKR").orElseThrow();
    assertThat(ukraine).extracting(Place::fips, Place::geonamesId, Place::kind)
        .containsExactly("UP", 690791L, Place.COUNTRY);
    assertThat(g.country("WST")).isEmpty();
  }

  @Test
  void longestNameWinsAndCommonWordsAreStopped() {
    Gazetteer.Match m = g.longestAt(List.of("in", "Rio", "de", "Janeiro", "today"), 1);
    assertThat(m.length()).isEqualTo(3);
    assertThat(g.stopped("Mobile")).isTrue();
    assertThat(g.stopped("Kyiv")).isFalse();
  }
}
