package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.model.ActorRef;

/** Row layouts of the export formats. Pure functions; thread-safe. */
final class ExportRows {
  static final List<String> CSV_COLUMNS = List.of("id", "date", "date_precision", "event", "mode",
      "cameo", "quad_class", "goldstein", "actor1_name", "actor1_country", "actor1_sector",
      "actor1_cameo", "actor1_entity", "actor2_name", "actor2_country", "actor2_sector",
      "actor2_cameo", "actor2_entity", "symmetric", "modality", "mentions", "sources", "articles",
      "first_seen", "last_seen", "source_url");
  static final List<String> CSV_TYPES = List.of("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR",
      "VARCHAR", "VARCHAR", "INTEGER", "DOUBLE", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR",
      "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "BOOLEAN", "VARCHAR",
      "INTEGER", "INTEGER", "INTEGER", "DATE", "DATE", "VARCHAR");

  private ExportRows() {}

  static List<Object> flat(Exporter.Row r) {
    CanonicalEvent e = r.event();
    ActorRef a1 = e.actors().isEmpty() ? null : e.actors().get(0);
    ActorRef a2 = Recompute.second(e);
    List<Object> out = new ArrayList<>(Arrays.asList(e.id(), e.date().value(),
        e.date().precision().label(), e.event(), e.mode(), e.cameo(), e.quadClass(),
        e.goldstein()));
    out.addAll(actor(a1));
    out.addAll(actor(a2));
    out.addAll(Arrays.asList(e.symmetric(), e.modality() == null ? "asserted"
        : e.modality().label(), e.mentions(), e.sources(), e.articles(), e.firstSeen(),
        e.lastSeen(), r.url()));
    return out;
  }

  private static List<Object> actor(ActorRef a) {
    return a == null ? Arrays.asList(null, null, null, null, null)
        : Arrays.asList(a.name(), a.country(), a.sector(), a.cameo(), a.entity());
  }

  /** GDELT 2.0 event-table row: 61 tab-separated columns. */
  static String gdelt(Exporter.Row r) {
    CanonicalEvent e = r.event();
    LocalDate d = DateFit.of(e.date()).firstDay();
    String[] c = new String[61];
    Arrays.fill(c, "");
    c[0] = Long.toString(Long.parseLong(e.id().substring(1, 16), 16));
    if (d != null) {
      c[1] = String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      c[2] = String.format("%04d%02d", d.getYear(), d.getMonthValue());
      c[3] = Integer.toString(d.getYear());
      c[4] = String.format("%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0);
    }
    gdeltActor(c, 5, e.actors().isEmpty() ? null : e.actors().get(0));
    gdeltActor(c, 15, Recompute.second(e));
    String cameo = e.cameo() == null ? "" : e.cameo();
    c[25] = "1";
    c[26] = cameo;
    c[27] = cameo.length() >= 3 ? cameo.substring(0, 3) : cameo;
    c[28] = cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
    c[29] = Integer.toString(e.quadClass());
    c[30] = Double.toString(e.goldstein());
    c[31] = Integer.toString(e.mentions());
    c[32] = Integer.toString(e.sources());
    c[33] = Integer.toString(e.articles());
    c[34] = "0";
    if (e.location() != null) {
      c[51] = e.location().country() == null ? "4" : "1";
      c[52] = clean(e.location().text());
      c[53] = clean(e.location().country());
    }
    LocalDate seen = e.firstSeen();
    c[59] = seen == null ? "" : String.format("%04d%02d%02d000000", seen.getYear(),
        seen.getMonthValue(), seen.getDayOfMonth());
    c[60] = clean(r.url());
    return String.join("\t", c);
  }

  private static void gdeltActor(String[] c, int at, ActorRef a) {
    if (a == null) {
      return;
    }
    c[at] = clean(a.cameo());
    c[at + 1] = clean(a.name() == null ? null : a.name().toUpperCase(java.util.Locale.ROOT));
    c[at + 2] = clean(a.country());
    c[at + 7] = clean(a.sector());
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }

  /** A PLOVER JSON record. */
  static Map<String, Object> plover(Exporter.Row r) {
    CanonicalEvent e = r.event();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("event_date", e.date().value());
    m.put("date_precision", e.date().precision().label());
    m.put("event_type", e.event());
    m.put("mode", e.mode());
    m.put("context", e.context());
    m.put("actor", e.actors().stream().map(ExportRows::ploverActor).toList());
    m.put("recipient", e.recipients().stream().map(ExportRows::ploverActor).toList());
    m.put("symmetric", e.symmetric());
    m.put("cameo", e.cameo());
    m.put("quad_class", e.quadClass());
    m.put("goldstein", e.goldstein());
    m.put("attributes", e.attributes());
    m.put("modality", e.modality() == null ? "asserted" : e.modality().label());
    m.put("num_mentions", e.mentions());
    m.put("num_sources", e.sources());
    m.put("num_articles", e.articles());
    m.put("first_seen", e.firstSeen());
    m.put("last_seen", e.lastSeen());
    m.put("source_url", r.url());
    return m;
  }

  private static Map<String, Object> ploverActor(ActorRef a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("raw_text", a.text());
    m.put("entity_name", a.name());
    m.put("entity_id", a.entity());
    m.put("country_code", a.country());
    m.put("sector_code", a.sector());
    m.put("cameo_code", a.cameo());
    return m;
  }
}
