package org.annals.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.model.SharedData;
import org.junit.jupiter.api.Test;

/** Checks the bundled knowledge base against the shared code lists and leader datasets. */
class SharedFactsTest extends KbTestBase {

  @Test
  void everyCameoCountryAndRegionCodeIsKnown() throws IOException {
    List<String> lines = Files.readAllLines(SharedData.require("kb/codes/CAMEO.country.txt"));
    List<String> missing = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String code = line.split("\t")[0];
      if (kb().country(code).isEmpty() && !Set.of("BAG", "ANT").contains(code)) {
        missing.add(line);
      }
    }
    assertThat(missing).isEmpty();
    assertThat(lines).hasSizeGreaterThan(250);
  }

  @Test
  void everyIsoCountryIsKnownByBothCodes() throws IOException {
    List<String> lines = Files.readAllLines(SharedData.require("kb/codes/datasets_country-codes.csv"));
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = csv(line);
      String iso3 = f.get(2);
      String iso2 = f.get(9);
      if (iso3.equals("ATA")) {
        continue;
      }
      assertThat(kb().country(iso3)).as(iso3).isPresent();
      assertThat(kb().country(iso2).orElseThrow().id()).as(iso2).isEqualTo("country/" + iso3);
      checked++;
    }
    assertThat(checked).isGreaterThan(240);
  }

  /** PLAD's effective leader agrees with the KB's leader office, except PLAD's known slips. */
  @Test
  void leadersAgreeWithPlad() throws IOException {
    Path plad = SharedData.require("kb/leaders/PLAD_extract.csv");
    Map<String, String> countries = Map.ofEntries(Map.entry("United States of America", "USA"),
        Map.entry("Russia", "RUS"), Map.entry("Ukraine", "UKR"), Map.entry("Israel", "ISR"),
        Map.entry("Iran", "IRN"), Map.entry("China", "CHN"), Map.entry("France", "FRA"),
        Map.entry("United Kingdom", "GBR"), Map.entry("Japan", "JPN"), Map.entry("India", "IND"),
        Map.entry("Italy", "ITA"), Map.entry("Canada", "CAN"), Map.entry("Australia", "AUS"),
        Map.entry("Brazil", "BRA"), Map.entry("Argentina", "ARG"), Map.entry("Mexico", "MEX"),
        Map.entry("Indonesia", "IDN"), Map.entry("South Africa", "ZAF"),
        Map.entry("South Korea", "KOR"), Map.entry("Germany", "DEU"), Map.entry("Syria", "SYR"));
    // PLAD swaps Bennett and Lapid (Bennett led first, 2021-06-13 to 2022-06-30); PLAD codes
    // Iran's president, the KB Iran's supreme leader; PLAD codes Putin as Russia's leader during
    // Medvedev's presidency, the KB the head of state; PLAD lists Japan's 3-day acting PM Aoki.
    Set<String> known = Set.of("Yair Lapid", "Naftali Bennett", "Khatami", "Ahmadinejad", "Rouhani",
        "Ebrahim Raisi", "Mikio Aoki", "Putin");
    List<String> disagreements = new ArrayList<>();
    int checked = 0;
    for (String line : Files.readAllLines(plad).subList(1, Files.readAllLines(plad).size())) {
      String[] f = line.split(",", -1);
      String iso3 = countries.get(f[0]);
      if (iso3 == null || f[7].compareTo("2000-06-01") < 0 || known.contains(f[3])) {
        continue;
      }
      LocalDate from = LocalDate.parse(f[6]).isBefore(LocalDate.of(2000, 1, 1))
          ? LocalDate.of(2000, 1, 1) : LocalDate.parse(f[6]);
      LocalDate to = LocalDate.parse(f[7]);
      LocalDate mid = from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
      String name = kb().holder(iso3, "LEADER", mid).map(Entity::name).orElse("(none)");
      checked++;
      if (!sharesWord(name, f[3])) {
        disagreements.add(iso3 + " " + mid + ": PLAD " + f[3] + ", KB " + name);
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(checked).isGreaterThan(80);
  }

  /** Splits one CSV line with double-quoted fields. */
  private static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  private static boolean sharesWord(String a, String b) {
    Set<String> wa = Set.copyOf(List.of(Names.key(a).split("[\\s-]+")));
    for (String w : Names.key(b).split("[\\s-]+")) {
      if (wa.contains(w)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void officeholdersOfTheFactsFile() {
    SharedData.require("facts/diplomacy-2025-timeline.md");
    assertResolvesTo("the French president", d("2025-07-01"), "Emmanuel Macron");
    assertResolvesTo("Ukraine's president", d("2025-07-01"), "Volodymyr Zelensky");
    assertResolvesTo("the Kremlin press secretary", d("2025-07-03"), "Dmitry Peskov");
    assertThat(kb().holder("RUS", "ADVISER", d("2025-07-03")).orElseThrow().name())
        .isEqualTo("Yuri Ushakov");
    assertThat(kb().holder("RUS", "HEAD_OF_GOVERNMENT", d("1999-09-01")).orElseThrow().name())
        .isEqualTo("Vladimir Putin");
  }
}
