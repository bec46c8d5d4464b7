package org.annals.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.Location;
import org.junit.jupiter.api.Test;

/** The event page's "Where" row: the place with its point, GeoNames id and rule, or none. */
class EventPageTest {
  @Test
  void aLocatedEventShowsItsPlacePointGeonamesIdAndRule() {
    Location kyiv = new Location("Kyiv", "Kyiv", 703448L, "UKR", "UP", "UP12", 50.45466,
        30.5238, Location.CITY, "place:clause:in;gazetteer:population", 10, 14);
    String html = EventPage.place(kyiv);
    assertThat(html).contains(">Kyiv, UKR<", "city; 50.4547, 30.5238; GeoNames 703448",
        "<code>place:clause:in;gazetteer:population</code>");
  }

  @Test
  void aCountryLevelPlaceHasNoGeonamesCityAndAnUnlocatedEventSaysSo() {
    Location russia = new Location(null, "Russia", null, "RUS", "RS", null, 61.5, 90.0,
        Location.COUNTRY, "place:actors-country:all-participants", 0, 0);
    assertThat(EventPage.place(russia)).contains(">Russia, RUS<", "(country; 61.5000, 90.0000)")
        .doesNotContain("GeoNames");
    assertThat(EventPage.place(null)).contains("not located");
  }

  @Test
  void placeNamesFromArticlesAreEscaped() {
    Location odd = new Location("<b>X</b>", "<script>x()</script>", null, "UKR", "UP", null,
        null, null, Location.CITY, "place:clause:in", 0, 8);
    assertThat(EventPage.place(odd)).doesNotContain("<script>").contains("&lt;script&gt;");
  }
}
