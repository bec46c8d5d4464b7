package org.annals.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.annals.model.ActorRef;
import org.annals.model.Location;

/**
 * The one-row-per-event layout of the CSV and Parquet exports: typed columns (a real DATE for the
 * first day of the date's range, codes as text), context, location and every participant.
 * Pure; thread-safe.
 */
final class FlatRows {
  /** A column: name and DuckDB type. */
  record Column(String name, String type) {}

  static final List<Column> COLUMNS = columns("id VARCHAR", "gdelt_id BIGINT", "date DATE",
      "date_end DATE", "date_precision VARCHAR", "date_text VARCHAR", "event VARCHAR",
      "mode VARCHAR", "context VARCHAR", "cameo VARCHAR", "quad_class INTEGER",
      "goldstein DOUBLE", "actor1_text VARCHAR", "actor1_name VARCHAR", "actor1_country VARCHAR",
      "actor1_sector VARCHAR", "actor1_cameo VARCHAR", "actor1_entity VARCHAR",
      "actor2_text VARCHAR", "actor2_name VARCHAR", "actor2_country VARCHAR",
      "actor2_sector VARCHAR", "actor2_cameo VARCHAR", "actor2_entity VARCHAR",
      "actor_names VARCHAR", "actor_cameos VARCHAR", "recipient_names VARCHAR",
      "recipient_cameos VARCHAR", "symmetric BOOLEAN", "modality VARCHAR",
      "location_text VARCHAR", "location_name VARCHAR", "location_geonames_id BIGINT",
      "location_country VARCHAR", "location_fips VARCHAR", "location_admin1 VARCHAR",
      "latitude DOUBLE", "longitude DOUBLE", "location_precision VARCHAR",
      "location_rule VARCHAR", "trigger VARCHAR", "rule VARCHAR", "mentions INTEGER",
      "sources INTEGER", "articles INTEGER", "first_seen DATE", "last_seen DATE",
      "date_added TIMESTAMP", "source_url VARCHAR");

  private FlatRows() {}

  private static List<Column> columns(String... specs) {
    return Arrays.stream(specs).map(s -> s.split(" ")).map(p -> new Column(p[0], p[1])).toList();
  }

  static List<Object> row(ExportRow r) {
    CanonicalEvent e = r.event();
    ExportDates.Range d = ExportDates.range(e.date());
    List<Object> out = new ArrayList<>(Arrays.asList(e.id(), r.gdeltId(), d.start(), d.end(),
        d.precision(), d.text(), e.event(), e.mode(), String.join(";", e.context()), e.cameo(),
        e.quadClass(), e.goldstein()));
    out.addAll(actor(e.actors().isEmpty() ? null : e.actors().get(0)));
    out.addAll(actor(Recompute.second(e)));
    out.addAll(Arrays.asList(join(e.actors(), ActorRef::name), join(e.actors(), ActorRef::cameo),
        join(e.recipients(), ActorRef::name), join(e.recipients(), ActorRef::cameo),
        e.symmetric(), e.modality() == null ? "asserted" : e.modality().label()));
    out.addAll(location(e.location()));
    boolean ev = e.evidence() != null;
    out.addAll(Arrays.asList(ev && e.evidence().trigger() != null
        ? e.evidence().trigger().text() : null, ev ? e.evidence().rule() : null, e.mentions(),
        e.sources(), e.articles(), e.firstSeen(), e.lastSeen(),
        r.added() == null ? null : Ingest.timestamp(r.added()), r.url()));
    return out;
  }

  private static List<Object> actor(ActorRef a) {
    return a == null ? Arrays.asList(null, null, null, null, null, null)
        : Arrays.asList(a.text(), a.name(), a.country(), a.sector(), a.cameo(), a.entity());
  }

  private static String join(List<ActorRef> actors, Function<ActorRef, String> f) {
    return actors.isEmpty() ? null : String.join(";", actors.stream()
        .map(a -> f.apply(a) == null ? "" : f.apply(a)).toList());
  }

  private static List<Object> location(Location l) {
    if (l == null) {
      return Arrays.asList(new Object[10]);
    }
    return Arrays.asList(l.text(), l.name(), l.geonamesId(), l.country(), l.fips(), l.admin1(),
        l.lat(), l.lon(), l.precision(), l.rule());
  }

  /** A CSV cell: text always quoted (so that codes such as 041 stay text), numbers bare. */
  static String csvCell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toString().replace('T', ' ');
    }
    if (v instanceof java.time.LocalDate) {
      return v.toString();
    }
    return "\"" + v.toString().replace("\"", "\"\"") + "\"";
  }
}
