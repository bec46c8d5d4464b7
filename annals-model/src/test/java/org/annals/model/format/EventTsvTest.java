package org.annals.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Location;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Trigger;
import org.junit.jupiter.api.Test;

/** One TSV row per event, one column per header name, whatever fields an event leaves empty. */
class EventTsvTest {
  private static final ActorRef CHILE = new ActorRef("Chile", "Chile", "CHL", "GOV", "CHLGOV",
      "country/chl", 0, 5, "test");

  private static CodedEvent recall(Location where) {
    String text = "Chile recalled its envoy from Lima.";
    return new CodedEvent("e1", "REDUCE", null, List.of(), "161", 4, -4.0, List.of(CHILE), List.of(), false,
        new EventDate("2024-05-06", Precision.DAY, DateBasis.RELATIVE, null, "test"), where, Map.of(),
        Modality.ASSERTED, null, new Evidence("a1", 0, text.length(), new Trigger(6, 14, "recalled"), "test", null),
        0.8);
  }

  @Test
  void aLocationNotReadFromOneSpanIsWrittenByItsResolvedName() {
    Location fromActors = new Location(null, "Chile", null, "CHL", "CI", "CI", null, null, Location.COUNTRY,
        "place:actors-country", -1, -1);
    String row = EventTsv.row("a1", recall(fromActors));
    List<String> cells = List.of(row.split("\t", -1));
    assertThat(cells).hasSameSizeAs(EventTsv.header().split("\t"));
    List<String> header = List.of(EventTsv.header().split("\t"));
    assertThat(cells.get(header.indexOf("Location"))).isEqualTo("Chile");
    assertThat(cells.get(header.indexOf("LocationCountry"))).isEqualTo("CHL");
    assertThat(cells.get(header.indexOf("Actor2CountryCode"))).isEmpty();
  }

  @Test
  void anEventWithoutLocationOrModeStillFillsEveryColumn() {
    String row = EventTsv.row("a1", recall(null));
    assertThat(row.split("\t", -1)).hasSameSizeAs(EventTsv.header().split("\t"));
    assertThat(row).contains("\tREDUCE\t\t161\t16\t");
  }
}
