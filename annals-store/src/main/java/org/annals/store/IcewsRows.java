package org.annals.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annals.model.ActorRef;
import org.annals.model.Location;
import org.annals.model.Ontology;

/**
 * Rows of the ICEWS-shaped tab file (the 20 columns of the Dataverse event files, with a header
 * line). Pure; thread-safe.
 */
final class IcewsRows {
  static final List<String> COLUMNS = List.of("Event ID", "Event Date", "Source Name",
      "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name",
      "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City",
      "District", "Province", "Country", "Latitude", "Longitude");

  private final CountryCodes codes;
  private final Ontology ontology;

  IcewsRows(CountryCodes codes, Ontology ontology) {
    this.codes = codes;
    this.ontology = ontology;
  }

  String row(ExportRow r) {
    CanonicalEvent e = r.event();
    List<String> c = new ArrayList<>();
    c.add(Long.toString(r.gdeltId()));
    c.add(Objects.toString(ExportDates.day(r), ""));
    actor(c, e.actors().isEmpty() ? null : e.actors().get(0));
    c.add(e.cameo() == null ? "" : ontology.cameo(e.cameo()).map(Ontology.CameoCode::name)
        .orElse(""));
    c.add(GdeltRows.clean(e.cameo()));
    c.add(Double.toString(e.goldstein()));
    actor(c, Recompute.second(e));
    c.add(GdeltRows.clean(r.articleId()));
    Integer sentence = e.evidence() == null ? null : e.evidence().sentence();
    c.add(sentence == null ? "" : sentence.toString());
    c.add(GdeltRows.clean(r.outlet()));
    place(c, e.location());
    return String.join("\t", c.stream().map(GdeltRows::clean).toList());
  }

  private void actor(List<String> c, ActorRef a) {
    if (a == null) {
      c.addAll(List.of("", "", ""));
      return;
    }
    c.add(a.name() != null ? a.name() : a.text());
    c.add(a.sector() == null ? "" : a.sector());
    String country = codes.name(a.country());
    c.add(country != null ? country : a.country() == null ? "" : a.country());
  }

  private void place(List<String> c, Location l) {
    if (l == null || l.country() == null) {
      c.addAll(List.of("", "", "", "", "", ""));
      return;
    }
    c.add(Location.CITY.equals(l.precision()) ? l.name() : "");
    c.add("");
    c.add(Location.ADMIN1.equals(l.precision()) ? l.name() : "");
    c.add(Objects.toString(codes.name(l.country()), l.country()));
    c.add(l.lat() == null ? "" : l.lat().toString());
    c.add(l.lon() == null ? "" : l.lon().toString());
  }
}
