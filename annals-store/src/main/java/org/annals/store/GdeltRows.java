package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.Location;

/**
 * GDELT 2.0 event-table rows (61 tab-separated columns, no header) and mentions-table rows (16),
 * as the GDELT 2.0 event codebook defines them; values Annals does not compute (AvgTone, known
 * group, ethnic and religion codes, actor geography, ADM2, tone) are left empty (docs/EXPORTS.md).
 * Pure; thread-safe.
 */
final class GdeltRows {
  /** The 61 event-table columns (BigQuery names). */
  static final List<String> EVENT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear",
      "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode",
      "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
      "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name",
      "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
      "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
      "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type",
      "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type",
      "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
  /** The 16 mentions-table columns. */
  static final List<String> MENTION_COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate",
      "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID",
      "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
      "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras");

  private static final int ACTOR1 = 5;
  private static final int ACTOR2 = 15;
  private static final int ACTION_GEO = 51;

  private final CountryCodes codes;

  GdeltRows(CountryCodes codes) {
    this.codes = codes;
  }

  /** One event-table line. */
  String event(ExportRow r) {
    CanonicalEvent e = r.event();
    String[] c = new String[EVENT_COLUMNS.size()];
    Arrays.fill(c, "");
    c[0] = Long.toString(r.gdeltId());
    date(c, ExportDates.day(r));
    actor(c, ACTOR1, e.actors().isEmpty() ? null : e.actors().get(0));
    actor(c, ACTOR2, Recompute.second(e));
    c[25] = r.inLead() ? "1" : "0";
    String code = eventCode(e.cameo());
    c[26] = code;
    c[27] = code.length() >= 3 ? code.substring(0, 3) : code;
    c[28] = code.length() >= 2 ? code.substring(0, 2) : code;
    c[29] = Integer.toString(e.quadClass());
    c[30] = Double.toString(e.goldstein());
    c[31] = Integer.toString(e.mentions());
    c[32] = Integer.toString(e.sources());
    c[33] = Integer.toString(e.articles());
    geo(c, ACTION_GEO, e.location());
    c[59] = ExportDates.gdeltTime(r.added());
    c[60] = clean(r.url());
    return String.join("\t", c);
  }

  private static void date(String[] c, LocalDate d) {
    if (d == null) {
      return;
    }
    c[1] = ExportDates.sqlDate(d);
    c[2] = c[1].substring(0, 6);
    c[3] = c[1].substring(0, 4);
    c[4] = ExportDates.fractionDate(d);
  }

  /** CAMEO as GDELT writes it: a root-level code with a trailing 0 ("04" → "040"). */
  static String eventCode(String cameo) {
    if (cameo == null) {
      return "";
    }
    return cameo.length() == 2 ? cameo + "0" : cameo;
  }

  private void actor(String[] c, int at, ActorRef a) {
    if (a == null) {
      return;
    }
    String cameo = a.cameo() == null ? "" : a.cameo();
    String country = actorCountry(a);
    c[at] = clean(cameo);
    c[at + 1] = clean(a.name() == null ? a.text() : a.name()).toUpperCase(Locale.ROOT);
    c[at + 2] = country;
    String rest = !country.isEmpty() && cameo.startsWith(country) ? cameo.substring(3) : cameo;
    for (int i = 0; i < 3 && rest.length() >= 3 * (i + 1); i++) {
      c[at + 7 + i] = rest.substring(3 * i, 3 * i + 3);
    }
  }

  /** The actor's CAMEO country (or region) code; "" for organisations (IGO, NGO). */
  private String actorCountry(ActorRef a) {
    String iso = a.country();
    if (iso == null || iso.equals("IGO") || iso.equals("NGO")) {
      return "";
    }
    return codes.cameo(iso);
  }

  private void geo(String[] c, int at, Location loc) {
    if (loc == null || loc.country() == null) {
      c[at] = "0";
      return;
    }
    boolean us = "USA".equals(loc.country());
    String precision = loc.precision() == null ? Location.COUNTRY : loc.precision();
    c[at] = switch (precision) {
      case Location.CITY -> us ? "3" : "4";
      case Location.ADMIN1 -> us ? "2" : "5";
      default -> "1";
    };
    String fips = loc.fips() != null ? loc.fips() : fips(loc.country());
    String countryName = codes.name(loc.country());
    c[at + 1] = clean(fullName(loc, precision, countryName));
    c[at + 2] = clean(fips);
    c[at + 3] = clean(loc.admin1() != null ? loc.admin1() : fips);
    c[at + 5] = loc.lat() == null ? "" : Double.toString(loc.lat());
    c[at + 6] = loc.lon() == null ? "" : Double.toString(loc.lon());
    c[at + 7] = loc.geonamesId() == null ? "" : Long.toString(loc.geonamesId());
  }

  private String fips(String iso3) {
    CountryCodes.Country c = codes.get(iso3);
    return c == null ? null : c.fips();
  }

  private static String fullName(Location loc, String precision, String countryName) {
    if (precision.equals(Location.COUNTRY) || loc.name() == null) {
      return countryName != null ? countryName : loc.name();
    }
    return countryName == null ? loc.name() : loc.name() + ", " + countryName;
  }

  /** One mentions-table line for mention {@code m} of event row {@code r}. */
  String mention(ExportRow r, MentionExport m) {
    CodedEvent e = m.event();
    List<String> c = new ArrayList<>(Arrays.asList(new String[MENTION_COLUMNS.size()]));
    c.replaceAll(x -> "");
    c.set(0, Long.toString(r.gdeltId()));
    c.set(1, ExportDates.gdeltTime(r.added()));
    c.set(2, ExportDates.gdeltTime(m.ingested()));
    c.set(3, m.url() != null && m.url().matches("(?i)https?://.*") ? "1" : "");
    c.set(4, clean(m.outlet()));
    c.set(5, clean(m.url() != null ? m.url() : m.articleId()));
    c.set(6, m.sentence() == null ? "" : Integer.toString(m.sentence()));
    c.set(7, offset(e.actors().isEmpty() ? null : e.actors().get(0)));
    c.set(8, offset(e.recipients().isEmpty() ? (e.actors().size() > 1 ? e.actors().get(1) : null)
        : e.recipients().get(0)));
    c.set(9, e.evidence() == null || e.evidence().trigger() == null ? "-1"
        : Integer.toString(e.evidence().trigger().start()));
    c.set(11, Long.toString(Math.round(e.confidence() * 100)));
    c.set(12, Integer.toString(m.textLength()));
    return String.join("\t", c);
  }

  private static String offset(ActorRef a) {
    return a == null ? "-1" : Integer.toString(a.start());
  }

  static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }
}
