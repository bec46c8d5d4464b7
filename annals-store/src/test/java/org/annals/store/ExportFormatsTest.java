package org.annals.store;

import static org.annals.store.Fixtures.MACRON;
import static org.annals.store.Fixtures.PUTIN;
import static org.annals.store.Fixtures.TRUMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.annals.model.BadInputException;
import org.annals.model.CodedArticle;
import org.annals.model.Json;
import org.annals.model.Location;
import org.annals.model.Modality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export format read back as a script written for it would: GDELT and ICEWS files with
 * DuckDB's CSV reader under the formats' own column names and types, PLOVER records against a
 * JSON Schema written from the PLOVER manual's Data Fields chapter, CSV and Parquet typed.
 */
class ExportFormatsTest {
  /** The GDELT 2.0 event table's BigQuery schema (gdelt-bq.gdeltv2.events), in file order. */
  private static final String GDELT_SCHEMA = "GLOBALEVENTID INTEGER, SQLDATE INTEGER, MonthYear"
      + " INTEGER, Year INTEGER, FractionDate FLOAT, Actor1Code STRING, Actor1Name STRING,"
      + " Actor1CountryCode STRING, Actor1KnownGroupCode STRING, Actor1EthnicCode STRING,"
      + " Actor1Religion1Code STRING, Actor1Religion2Code STRING, Actor1Type1Code STRING,"
      + " Actor1Type2Code STRING, Actor1Type3Code STRING, Actor2Code STRING, Actor2Name STRING,"
      + " Actor2CountryCode STRING, Actor2KnownGroupCode STRING, Actor2EthnicCode STRING,"
      + " Actor2Religion1Code STRING, Actor2Religion2Code STRING, Actor2Type1Code STRING,"
      + " Actor2Type2Code STRING, Actor2Type3Code STRING, IsRootEvent INTEGER, EventCode STRING,"
      + " EventBaseCode STRING, EventRootCode STRING, QuadClass INTEGER, GoldsteinScale FLOAT,"
      + " NumMentions INTEGER, NumSources INTEGER, NumArticles INTEGER, AvgTone FLOAT,"
      + " Actor1Geo_Type INTEGER, Actor1Geo_FullName STRING, Actor1Geo_CountryCode STRING,"
      + " Actor1Geo_ADM1Code STRING, Actor1Geo_ADM2Code STRING, Actor1Geo_Lat FLOAT,"
      + " Actor1Geo_Long FLOAT, Actor1Geo_FeatureID STRING, Actor2Geo_Type INTEGER,"
      + " Actor2Geo_FullName STRING, Actor2Geo_CountryCode STRING, Actor2Geo_ADM1Code STRING,"
      + " Actor2Geo_ADM2Code STRING, Actor2Geo_Lat FLOAT, Actor2Geo_Long FLOAT,"
      + " Actor2Geo_FeatureID STRING, ActionGeo_Type INTEGER, ActionGeo_FullName STRING,"
      + " ActionGeo_CountryCode STRING, ActionGeo_ADM1Code STRING, ActionGeo_ADM2Code STRING,"
      + " ActionGeo_Lat FLOAT, ActionGeo_Long FLOAT, ActionGeo_FeatureID STRING,"
      + " DATEADDED INTEGER, SOURCEURL STRING";

  private static final Location KYIV = new Location("Kyiv", "Kyiv", 703448L, "UKR", "UP",
      "UP12", 50.45466, 30.5238, Location.CITY, "place:clause:in", 3, 7);
  private static final Location ROMANIA = new Location("Romania", "Romania", 798549L, "ROU",
      "RO", "RO", 45.76, 25.35, Location.COUNTRY, "place:clause:in", 3, 10);

  private static final String KYIV_TEXT = "In Kyiv the two presidents spoke by phone on"
      + " Thursday.\n\nLater the Kremlin had talks with Paris.";

  @TempDir Path tmp;
  EventStore store;

  @BeforeEach
  void open() {
    store = EventStore.open("jdbc:duckdb:" + tmp.resolve("s.duckdb"));
    store.putAll(articles());
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** Our own sentences: a located day, a located month, an unlocated "before", a Romanian actor. */
  static List<CodedArticle> articles() {
    return List.of(
        Fixtures.article(KYIV_TEXT, LocalDate.of(2025, 7, 4)).outlet("Lead Wire")
            .url("https://lead.example/kyiv")
            .call("spoke by phone", "2025-07-03", PUTIN, TRUMP).located(KYIV)
            .call("had talks", "2025-07", PUTIN, MACRON).build(),
        Fixtures.article("Sources said the leaders had talked before the summit.",
            LocalDate.of(2025, 8, 19)).outlet("Second Post")
            .call("had talked", "before 2025-08-19", TRUMP, MACRON).build(),
        Fixtures.article("In Romania the defence minister met his French counterpart.",
            LocalDate.of(2025, 3, 2)).outlet("Third Daily")
            .event("met", "CONSULT", "visit", "2025-03-01", Modality.ASSERTED, true,
                List.of(Fixtures.actor("Romanian minister", "ROU", "GOV", null),
                    Fixtures.actor("French minister", "FRA", "GOV", null)), List.of(), Map.of())
            .located(ROMANIA).build());
  }

  /** Reads a tab file with DuckDB under the given schema; rows keyed by column name. */
  private static List<Map<String, Object>> readTsv(Path f, String schema, boolean header)
      throws SQLException {
    StringBuilder cols = new StringBuilder();
    for (String col : schema.split(", ")) {
      String[] p = col.strip().split(" ");
      String type = switch (p[1]) {
        case "INTEGER" -> "BIGINT";
        case "FLOAT" -> "DOUBLE";
        default -> "VARCHAR";
      };
      cols.append(cols.length() == 0 ? "" : ", ").append("'").append(p[0]).append("': '")
          .append(type).append("'");
    }
    return query("SELECT * FROM read_csv('" + f + "', delim = '\t', header = " + header
        + ", quote = '', columns = {" + cols + "})");
  }

  private static List<Map<String, Object>> query(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<Map<String, Object>> out = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.put(md.getColumnName(i), rs.getObject(i));
        }
        out.add(row);
      }
      return out;
    }
  }

  private static Map<String, Object> bySqlDate(List<Map<String, Object>> rows, long day) {
    return rows.stream().filter(r -> ((Number) r.get("SQLDATE")).longValue() == day)
        .findFirst().orElseThrow(() -> new AssertionError("no event on " + day + ": " + rows));
  }

  @Test
  void gdeltEventsLoadUnderTheBigQuerySchemaWithTheCodebooksValues() throws Exception {
    Path f = tmp.resolve("events.tsv");
    assertThat(store.export(ExportFormat.GDELT, EventQuery.all(), f)).isEqualTo(4);
    List<Map<String, Object>> rows = readTsv(f, GDELT_SCHEMA, false);
    assertThat(rows).hasSize(4);
    Map<String, Object> kyiv = bySqlDate(rows, 20250703);
    assertThat(kyiv).containsEntry("MonthYear", 202507L).containsEntry("Year", 2025L)
        .containsEntry("FractionDate", 2025.5836).containsEntry("IsRootEvent", 1L)
        .containsEntry("EventCode", "041").containsEntry("EventRootCode", "04")
        .containsEntry("ActionGeo_Type", 4L).containsEntry("ActionGeo_CountryCode", "UP")
        .containsEntry("ActionGeo_ADM1Code", "UP12").containsEntry("ActionGeo_Lat", 50.45466)
        .containsEntry("ActionGeo_FeatureID", "703448").containsEntry("Actor1Type1Code", "GOV")
        .containsEntry("ActionGeo_FullName", "Kyiv, Ukraine");
    assertThat(kyiv.get("AvgTone")).isNull();
    // the month's event: dated to its first day; its sentence is after the lead paragraph
    Map<String, Object> month = bySqlDate(rows, 20250701);
    assertThat(month).containsEntry("IsRootEvent", 0L).containsEntry("ActionGeo_Type", 0L);
    assertThat(month.get("ActionGeo_CountryCode")).isNull();
    // "before 2025-08-19": the latest day it can be, never empty
    assertThat(bySqlDate(rows, 20250818)).containsEntry("Actor1Code", "USAGOV");
    // Romania: CAMEO actor code ROM, FIPS country RO, a country-level place
    Map<String, Object> ro = bySqlDate(rows, 20250301);
    assertThat(ro).containsEntry("Actor1CountryCode", "ROM").containsEntry("ActionGeo_Type", 1L)
        .containsEntry("ActionGeo_CountryCode", "RO");
    for (Map<String, Object> r : rows) {
      long id = (Long) r.get("GLOBALEVENTID");
      assertThat(id).isLessThan(1L << 53);
      assertThat((long) (double) id).isEqualTo(id);
      long added = (Long) r.get("DATEADDED");
      assertThat(added).isBetween(20200101000000L, 21000101000000L);
    }
  }

  /**
   * GDELT's geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world first-level
   * division, with FIPS country codes and FIPS + admin-1 ADM1 codes as the codebook writes them.
   */
  @Test
  void gdeltGeoTypesSeparateUsAndWorldCitiesAndDivisions() throws Exception {
    Location atlanta = new Location("Atlanta", "Atlanta", 4180439L, "USA", "US", "USGA",
        33.749, -84.38798, Location.CITY, "place:clause:in", 0, 7);
    Location texas = new Location("Texas", "Texas", null, "USA", "US", "USTX", 31.2, -97.7,
        Location.ADMIN1, "place:clause:in", 0, 5);
    Location donetsk = new Location("Donetsk region", "Donetsk Oblast", null, "UKR", "UP",
        "UP05", 48.0, 37.8, Location.ADMIN1, "place:clause:in", 0, 14);
    String text = "Atlanta police met protest leaders. Texas officials met the governor."
        + " Donetsk region officials met aid groups.";
    CodedArticle a = Fixtures.article(text, LocalDate.of(2025, 4, 2)).outlet("Geo Wire")
        .event("met protest", "CONSULT", null, "2025-04-01", Modality.ASSERTED, false,
            List.of(Fixtures.actor("Atlanta police", "USA", "COP", null)), List.of(), Map.of())
        .located(atlanta)
        .event("met the governor", "CONSULT", null, "2025-04-02", Modality.ASSERTED, false,
            List.of(Fixtures.actor("Texas officials", "USA", "GOV", null)), List.of(), Map.of())
        .located(texas)
        .event("met aid", "CONSULT", null, "2025-03-31", Modality.ASSERTED, false,
            List.of(Fixtures.actor("Donetsk officials", "UKR", "GOV", null)), List.of(), Map.of())
        .located(donetsk).build();
    try (EventStore s = EventStore.open("jdbc:duckdb:")) {
      s.putAll(List.of(a));
      Path f = tmp.resolve("geo.tsv");
      s.export(ExportFormat.GDELT, EventQuery.all(), f);
      List<Map<String, Object>> rows = readTsv(f, GDELT_SCHEMA, false);
      assertThat(bySqlDate(rows, 20250401)).containsEntry("ActionGeo_Type", 3L)
          .containsEntry("ActionGeo_CountryCode", "US").containsEntry("ActionGeo_ADM1Code", "USGA")
          .containsEntry("ActionGeo_FeatureID", "4180439");
      assertThat(bySqlDate(rows, 20250402)).containsEntry("ActionGeo_Type", 2L)
          .containsEntry("ActionGeo_ADM1Code", "USTX")
          .containsEntry("ActionGeo_FullName", "Texas, United States");
      assertThat(bySqlDate(rows, 20250331)).containsEntry("ActionGeo_Type", 5L)
          .containsEntry("ActionGeo_CountryCode", "UP").containsEntry("ActionGeo_ADM1Code", "UP05");
    }
  }

  @Test
  void gdeltIdsStayExactAsDoublesWhereTheFullIdWouldNot() throws Exception {
    List<CanonicalEvent> events = store.events(EventQuery.all()).items();
    assertThat(events).anyMatch(e -> Long.parseLong(e.id().substring(1, 16), 16) > (1L << 53));
    Path f = tmp.resolve("events.tsv");
    store.export(ExportFormat.GDELT, EventQuery.all(), f);
    List<Map<String, Object>> rows = query("SELECT count(DISTINCT column00) AS n,"
        + " count(DISTINCT CAST(CAST(column00 AS DOUBLE) AS VARCHAR)) AS d FROM read_csv('"
        + f + "', delim = '\t', header = false, all_varchar = true)");
    assertThat(rows.get(0)).containsEntry("n", 4L).containsEntry("d", 4L);
  }

  @Test
  void gdeltMentionsCarryEachMentionsOffsetsAndConfidence() throws Exception {
    Path events = tmp.resolve("events.tsv");
    Path mentions = tmp.resolve("mentions.tsv");
    store.export(ExportFormat.GDELT, EventQuery.all(), events);
    assertThat(store.export(ExportFormat.GDELT_MENTIONS, EventQuery.all(), mentions))
        .isEqualTo(4);
    List<Map<String, Object>> rows = readTsv(mentions, "GLOBALEVENTID INTEGER, EventTimeDate"
        + " INTEGER, MentionTimeDate INTEGER, MentionType INTEGER, MentionSourceName STRING,"
        + " MentionIdentifier STRING, SentenceID INTEGER, Actor1CharOffset INTEGER,"
        + " Actor2CharOffset INTEGER, ActionCharOffset INTEGER, InRawText INTEGER,"
        + " Confidence INTEGER, MentionDocLen INTEGER, MentionDocTone FLOAT,"
        + " MentionDocTranslationInfo STRING, Extras STRING", false);
    Map<String, Object> kyiv = rows.stream()
        .filter(r -> "https://lead.example/kyiv".equals(r.get("MentionIdentifier"))
            && ((Long) r.get("ActionCharOffset")) == KYIV_TEXT.indexOf("spoke by phone"))
        .findFirst().orElseThrow();
    assertThat(kyiv).containsEntry("Confidence", 90L).containsEntry("MentionType", 1L)
        .containsEntry("MentionSourceName", "Lead Wire").containsEntry("MentionDocLen", (long) KYIV_TEXT.length());
    Set<Object> eventIds = Set.copyOf(readTsv(events, GDELT_SCHEMA, false).stream()
        .map(r -> r.get("GLOBALEVENTID")).toList());
    assertThat(rows).allMatch(r -> eventIds.contains(r.get("GLOBALEVENTID")));
  }

  @Test
  void ploverRecordsValidateAgainstTheManualsDataFields() throws Exception {
    Path f = tmp.resolve("events.jsonl");
    store.export(ExportFormat.PLOVER, EventQuery.all(), f);
    JsonSchema schema = ploverSchema();
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(f)) {
      JsonNode n = Json.MAPPER.readTree(line);
      Set<ValidationMessage> errors = schema.validate(n);
      assertThat(errors).as(line).isEmpty();
      records.add(n);
    }
    assertThat(records).hasSize(4);
    JsonNode month = records.stream().filter(r -> r.path("date").asText().equals("2025-07-01"))
        .findFirst().orElseThrow();
    assertThat(month.path("enddate").asText()).isEqualTo("2025-07-31");
    assertThat(month.has("event_loc")).isFalse();
    JsonNode before = records.stream().filter(r -> r.path("annals").path("date_precision")
        .asText().equals("before")).findFirst().orElseThrow();
    // "before 2025-08-19": no first day Annals can justify (an explicit null), the last day D-1
    assertThat(before.has("date")).isTrue();
    assertThat(before.get("date").isNull()).isTrue();
    assertThat(before.path("enddate").asText()).isEqualTo("2025-08-18");
    assertThat(records.stream().filter(r -> r.path("annals").path("date_precision").asText()
        .equals("day"))).isNotEmpty().allMatch(r -> !r.has("enddate")
            && r.path("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
    JsonNode kyiv = records.stream().filter(r -> r.has("event_loc")
        && r.path("event_loc").path("country_code").asText().equals("UKR")).findFirst()
        .orElseThrow();
    assertThat(kyiv.path("event_loc").path("geonameid").asLong()).isEqualTo(703448L);
    assertThat(kyiv.path("event_loc").path("resolution").asInt()).isEqualTo(4);
    assertThat(kyiv.path("event").get(0).asText()).isEqualTo("CONSULT");
    assertThat(kyiv.path("event_text").get(0).asText()).isEqualTo("spoke by phone");
    assertThat(kyiv.path("cite_info").path("url").asText()).isEqualTo("https://lead.example/kyiv");
  }

  /** The schema is no formality: records that break the manual or the date ranges fail it. */
  @Test
  void ploverSchemaRejectsRecordsThatBreakTheDataFields() throws Exception {
    JsonSchema schema = ploverSchema();
    String actor = "\"actor\": [{\"code\": \"USA\"}], \"event\": [\"CONSULT\"]";
    assertThat(schema.validate(Json.MAPPER.readTree("{\"id\": \"x\", \"date\": \"2025-07-01\", "
        + actor + "}"))).isEmpty();
    for (String bad : List.of("{\"id\": \"x\", " + actor + "}",
        "{\"id\": \"x\", \"date\": \"July 2025\", " + actor + "}",
        "{\"id\": \"x\", \"date\": \"2025-07-01\", \"actor\": [], \"event\": [\"TALK\"]}",
        "{\"id\": \"x\", \"date\": \"2025-07-01\", " + actor
            + ", \"annals\": {\"date_precision\": \"month\"}}",
        "{\"id\": \"x\", \"date\": \"2025-08-18\", \"enddate\": \"2025-08-18\", " + actor
            + ", \"annals\": {\"date_precision\": \"before\"}}",
        "{\"id\": \"x\", \"date\": null, " + actor
            + ", \"annals\": {\"date_precision\": \"before\"}}")) {
      assertThat(schema.validate(Json.MAPPER.readTree(bad))).as(bad).isNotEmpty();
    }
  }

  /** The JSON Schema written from the PLOVER manual's Data Fields (docs/plover-record.schema.json). */
  static JsonSchema ploverSchema() throws java.io.IOException {
    try (var in = Files.newInputStream(Path.of("../docs/plover-record.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void icewsFileHasItsHeaderAndPlaceColumns() throws Exception {
    Path f = tmp.resolve("events.tab");
    store.export(ExportFormat.ICEWS, EventQuery.all(), f);
    assertThat(Files.readAllLines(f).get(0)).isEqualTo("Event ID\tEvent Date\tSource Name\t"
        + "Source Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\t"
        + "Target Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\t"
        + "District\tProvince\tCountry\tLatitude\tLongitude");
    List<Map<String, Object>> rows = query("SELECT * FROM read_csv('" + f
        + "', delim = '\t', header = true, quote = '', types = {'CAMEO Code': 'VARCHAR'})");
    Map<String, Object> kyiv = rows.stream().filter(r -> "Kyiv".equals(r.get("City")))
        .findFirst().orElseThrow();
    assertThat(kyiv).containsEntry("Country", "Ukraine").containsEntry("CAMEO Code", "041")
        .containsEntry("Source Country", "Russia").containsEntry("Publisher", "Lead Wire");
    assertThat(kyiv.get("Event Date").toString()).isEqualTo("2025-07-03");
  }

  @Test
  void csvAndParquetHaveARealDateTextCodesAndTheLocation() throws Exception {
    Path csv = tmp.resolve("events.csv");
    Path parquet = tmp.resolve("events.parquet");
    store.export(ExportFormat.CSV, EventQuery.all(), csv);
    store.export(ExportFormat.PARQUET, EventQuery.all(), parquet);
    for (String from : List.of("read_csv('" + csv + "')", "read_parquet('" + parquet + "')")) {
      List<Map<String, Object>> types = query("SELECT column_name, column_type FROM (DESCRIBE"
          + " SELECT * FROM " + from + ")");
      Map<Object, Object> type = new LinkedHashMap<>();
      types.forEach(t -> type.put(t.get("column_name"), t.get("column_type")));
      assertThat(type).as(from).containsEntry("date", "DATE").containsEntry("date_end", "DATE")
          .containsEntry("cameo", "VARCHAR").containsEntry("latitude", "DOUBLE");
      List<Map<String, Object>> rows = query("SELECT cameo, CAST(date AS VARCHAR) AS d,"
          + " CAST(date_end AS VARCHAR) AS e, date_precision, location_country, latitude"
          + " FROM " + from + " ORDER BY date NULLS LAST");
      assertThat(rows.get(1)).containsEntry("d", "2025-07-01").containsEntry("e", "2025-07-31")
          .containsEntry("date_precision", "month").containsEntry("cameo", "041");
      assertThat(rows.get(2)).containsEntry("location_country", "UKR")
          .containsEntry("latitude", 50.45466);
      assertThat(rows.get(3)).containsEntry("d", null).containsEntry("e", "2025-08-18")
          .containsEntry("date_precision", "before");
    }
  }

  /**
   * "This week" (ISO week 2025-W31, Monday July 28 to Sunday August 3, across a month's end): the
   * range formats write its seven days, the one-day formats its Monday, and the precision says week.
   */
  @Test
  void aWeekIsSevenDaysWhereRangesAreWrittenAndItsMondayWhereOneDayIs(@TempDir Path dir)
      throws Exception {
    try (EventStore s = EventStore.open("jdbc:duckdb:" + dir.resolve("w.duckdb"))) {
      s.put(Fixtures.article("The two presidents held talks this week, aides said.",
          LocalDate.of(2025, 8, 1)).outlet("Week Wire").call("held talks", "2025-W31", PUTIN, MACRON)
          .build());
      Path gdelt = dir.resolve("e.tsv");
      s.export(ExportFormat.GDELT, EventQuery.all(), gdelt);
      assertThat(readTsv(gdelt, GDELT_SCHEMA, false)).singleElement().satisfies(r ->
          assertThat(r).containsEntry("SQLDATE", 20250728L).containsEntry("MonthYear", 202507L));
      Path icews = dir.resolve("e.tab");
      s.export(ExportFormat.ICEWS, EventQuery.all(), icews);
      assertThat(Files.readAllLines(icews).get(1)).contains("\t2025-07-28\t");
      Path plover = dir.resolve("e.jsonl");
      s.export(ExportFormat.PLOVER, EventQuery.all(), plover);
      JsonNode record = Json.MAPPER.readTree(Files.readAllLines(plover).get(0));
      assertThat(ploverSchema().validate(record)).isEmpty();
      assertThat(record.path("date").asText()).isEqualTo("2025-07-28");
      assertThat(record.path("enddate").asText()).isEqualTo("2025-08-03");
      assertThat(record.path("annals").path("date_precision").asText()).isEqualTo("week");
      assertThat(record.path("annals").path("date_text").asText()).isEqualTo("2025-W31");
      Path csv = dir.resolve("e.csv");
      s.export(ExportFormat.CSV, EventQuery.all(), csv);
      assertThat(query("SELECT CAST(date AS VARCHAR) AS d, CAST(date_end AS VARCHAR) AS e,"
          + " date_precision, date_text FROM read_csv('" + csv + "')")).singleElement()
          .satisfies(r -> assertThat(r).containsEntry("d", "2025-07-28").containsEntry("e", "2025-08-03")
              .containsEntry("date_precision", "week").containsEntry("date_text", "2025-W31"));
    }
  }

  @Test
  void aFailedExportLeavesNothingUnderTheTargetName() throws Exception {
    Path blocker = Files.writeString(tmp.resolve("not-a-dir"), "x");
    Path out = blocker.resolve("events.tsv");
    assertThatThrownBy(() -> store.export(ExportFormat.GDELT, EventQuery.all(), out))
        .isInstanceOf(BadInputException.class).hasMessageContaining("cannot write");
    Path dir = Files.createDirectory(tmp.resolve("out"));
    assertThatThrownBy(() -> store.export(ExportFormat.CSV, EventQuery.all(), dir))
        .isInstanceOf(BadInputException.class).hasMessageContaining("is a directory");
    Path ok = dir.resolve("e.csv");
    store.export(ExportFormat.CSV, EventQuery.all(), ok);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("e.csv");
    }
  }

  @Test
  void placeFiltersSelectByCountryBoxAndDistance() {
    assertThat(store.events(EventQuery.all().withCountry("UKR")).total()).isEqualTo(1);
    // Bucharest-Kyiv is about 750 km: 800 km from Kyiv reaches Romania's point, 100 km does not
    assertThat(store.events(EventQuery.all().withArea(Area.near(50.45, 30.52, 100))).total())
        .isEqualTo(1);
    assertThat(store.events(EventQuery.all().withArea(Area.near(50.45, 30.52, 800))).total())
        .isEqualTo(2);
    assertThat(store.events(EventQuery.all().withArea(Area.box(20, 43, 29, 49))).items())
        .extracting(e -> e.location().country()).containsExactly("ROU");
    assertThatThrownBy(() -> Area.parse("near", "50,30")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("LAT,LON,KM");
  }

  @Test
  void aCanonicalEventTakesTheBestLocationAmongItsMentions() throws Exception {
    try (EventStore s = EventStore.open("jdbc:duckdb:" + tmp.resolve("merge.duckdb"))) {
      s.putAll(List.of(
          Fixtures.article("Macron and Trump spoke by phone on Friday.", LocalDate.of(2025, 7, 5))
              .outlet("A").call("spoke by phone", "2025-07-04", MACRON, TRUMP).build(),
          Fixtures.article("In July Macron and Trump talked while Macron was in Kyiv.",
              LocalDate.of(2025, 7, 20)).outlet("B").call("talked", "2025-07", MACRON, TRUMP)
              .located(KYIV).build()));
      List<CanonicalEvent> events = s.events(EventQuery.all()).items();
      assertThat(events).singleElement().satisfies(e -> {
        assertThat(e.date().value()).isEqualTo("2025-07-04");
        assertThat(e.mentions()).isEqualTo(2);
        assertThat(e.location()).isEqualTo(KYIV);
      });
      assertThat(s.events(EventQuery.all().withCountry("UKR")).total()).isEqualTo(1);
    }
  }
}
