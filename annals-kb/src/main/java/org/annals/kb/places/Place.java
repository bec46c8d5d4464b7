package org.annals.kb.places;

/**
 * One gazetteer entry: a city, a first-level division or a country.
 *
 * @param geonamesId GeoNames id (cities, countries), or null (regions compiled for Annals)
 * @param name its name
 * @param country ISO 3166 alpha-3 code
 * @param fips FIPS 10-4 country code; empty when it has none (Åland)
 * @param admin1 FIPS country code + GeoNames admin-1 code ({@code UP12}); the FIPS code for a
 *     country; empty when unknown
 * @param lat latitude (degrees)
 * @param lon longitude (degrees)
 * @param population people (0 when unknown: countries)
 * @param kind {@code city}, {@code admin1} or {@code country}
 */
public record Place(Long geonamesId, String name, String country, String fips, String admin1,
    double lat, double lon, long population, String kind) {

  public static final String CITY = "city";
  public static final String ADMIN1 = "admin1";
  public static final String COUNTRY = "country";
  /** The likeliest reading of a bare name (a dateline's): a country before any place, then the more populous. */
  public static final java.util.Comparator<Place> PROMINENCE =
      java.util.Comparator.comparingLong(p -> p.isCountry() ? Long.MAX_VALUE : p.population());

  public boolean isCountry() {
    return COUNTRY.equals(kind);
  }
}
