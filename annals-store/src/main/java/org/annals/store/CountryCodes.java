package org.annals.store;

import java.util.HashMap;
import java.util.Map;
import org.annals.model.ontology.TsvTable;

/**
 * Country codes the export formats need: ISO 3166 alpha-3 to CAMEO (ROU → ROM), FIPS 10-4
 * (UKR → UP) and a short name, from {@code country-codes.tsv} (compiled by
 * {@code annals-kb/tools/gen_gazetteer.py}). Loaded once; immutable; thread-safe.
 */
final class CountryCodes {
  /** One country. */
  record Country(String iso3, String fips, String cameo, String name) {}

  private static final CountryCodes STANDARD = load();
  private final Map<String, Country> byIso3;

  private CountryCodes(Map<String, Country> byIso3) {
    this.byIso3 = Map.copyOf(byIso3);
  }

  static CountryCodes standard() {
    return STANDARD;
  }

  private static CountryCodes load() {
    TsvTable t = TsvTable.resource(CountryCodes.class, "/org/annals/store/country-codes.tsv");
    Map<String, Country> m = new HashMap<>();
    for (TsvTable.Row r : t.rows()) {
      m.put(r.get("iso3"), new Country(r.get("iso3"), r.opt("fips"), r.get("cameo"),
          r.get("name")));
    }
    return new CountryCodes(m);
  }

  /** The country of an ISO-3 code, or null (regions such as WST, unknown codes). */
  Country get(String iso3) {
    return iso3 == null ? null : byIso3.get(iso3);
  }

  /** The CAMEO code of a country (ROU → ROM); any other code (a CAMEO region) unchanged. */
  String cameo(String iso3) {
    Country c = get(iso3);
    return c == null ? iso3 : c.cameo();
  }

  /** The country's short name, or null. */
  String name(String iso3) {
    Country c = get(iso3);
    return c == null ? null : c.name();
  }
}
