package org.annals.store;

import com.fasterxml.jackson.databind.node.NullNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.model.ActorRef;
import org.annals.model.Evidence;
import org.annals.model.Location;

/**
 * PLOVER JSON records with the field names of the PLOVER manual's "Data Fields" chapter (id,
 * date, enddate, actor, recipient, event, event_loc, event_text, quad_code, event_scale, mode,
 * context, cite_info, coder); what Annals adds is under {@code annals} (and, in entity
 * objects, under keys starting {@code annals_}). {@code date} and {@code enddate} are the first
 * and last day of the event's date range ({@link ExportDates#range}): a month is its first and
 * last day; "before D" has no first day Annals can justify, so {@code date} is null and
 * {@code enddate} is D-1; a day has no {@code enddate}. Pure; thread-safe.
 */
final class PloverRecords {
  /** The codebook named in {@code cite_info}. */
  static final String CODEBOOK = "plover-2.0";

  private final CountryCodes codes;
  private final String coder;

  PloverRecords(CountryCodes codes, String coder) {
    this.codes = codes;
    this.coder = coder;
  }

  Map<String, Object> record(ExportRow r) {
    CanonicalEvent e = r.event();
    ExportDates.Range range = ExportDates.range(e.date());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    // the manual requires the key: an open first day is written as an explicit null
    m.put("date", range.start() == null ? NullNode.getInstance() : range.start().toString());
    if (range.end() != null && !range.end().equals(range.start())) {
      m.put("enddate", range.end().toString());
    }
    m.put("actor", e.actors().stream().map(PloverRecords::entity).toList());
    m.put("recipient", e.recipients().stream().map(PloverRecords::entity).toList());
    m.put("event", List.of(e.event()));
    m.put("mode", e.mode() == null ? List.of() : List.of(e.mode()));
    m.put("context", e.context());
    m.put("quad_code", e.quadClass());
    m.put("event_scale", e.goldstein());
    Evidence ev = e.evidence();
    if (ev != null && ev.trigger() != null) {
      m.put("event_text", List.of(ev.trigger().text()));
    }
    if (e.location() != null && e.location().country() != null) {
      m.put("event_loc", location(e.location()));
    }
    m.put("cite_info", cite(r));
    m.put("coder", coder);
    m.put("annals", extras(r, range));
    return m;
  }

  private static Map<String, Object> entity(ActorRef a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.country());
    m.put("sector", a.sector());
    m.put("entity_text", a.text());
    m.put("identifier_text", a.name());
    m.put("annals_entity", a.entity());
    m.put("annals_cameo", a.cameo());
    m.put("annals_rule", a.rule());
    return m;
  }

  /** The manual's location object (Mordecai3 / GeoNames field names). */
  private Map<String, Object> location(Location l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("extracted_place", l.text());
    m.put("resolved_place", l.name());
    m.put("geonameid", l.geonamesId());
    m.put("lat", l.lat());
    m.put("lon", l.lon());
    m.put("city", Location.CITY.equals(l.precision()) ? l.name() : null);
    m.put("province", Location.ADMIN1.equals(l.precision()) ? l.name() : null);
    m.put("country", codes.name(l.country()));
    m.put("country_code", l.country());
    m.put("resolution", switch (l.precision() == null ? "" : l.precision()) {
      case Location.CITY -> 4;
      case Location.ADMIN1 -> 2;
      default -> 1;
    });
    m.put("annals_admin1", l.admin1());
    m.put("annals_fips", l.fips());
    m.put("annals_rule", l.rule());
    return m;
  }

  private static Map<String, Object> cite(ExportRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("citation", r.articleId());
    m.put("url", r.url());
    m.put("title", r.title());
    m.put("language", r.language());
    m.put("publication", r.outlet());
    m.put("codebook", CODEBOOK);
    return m;
  }

  private static Map<String, Object> extras(ExportRow r, ExportDates.Range range) {
    CanonicalEvent e = r.event();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date_text", range.text());
    m.put("date_precision", range.precision());
    m.put("cameo", e.cameo());
    m.put("symmetric", e.symmetric());
    m.put("modality", e.modality() == null ? "asserted" : e.modality().label());
    m.put("attributes", e.attributes());
    m.put("num_mentions", e.mentions());
    m.put("num_sources", e.sources());
    m.put("num_articles", e.articles());
    m.put("first_seen", e.firstSeen() == null ? null : e.firstSeen().toString());
    m.put("last_seen", e.lastSeen() == null ? null : e.lastSeen().toString());
    m.put("date_added", r.added() == null ? null : r.added().toString());
    m.put("gdelt_id", r.gdeltId());
    m.put("rule", e.evidence() == null ? null : e.evidence().rule());
    return m;
  }
}
