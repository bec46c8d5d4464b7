package org.annals.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where an event took place: the words of the article that name the place (or, for a location
 * taken from the article or the actors, the words it was taken from), resolved against the
 * gazetteer, with the rule that chose it.
 *
 * @param text the place as written ({@code text.equals(article.text().substring(start, end))});
 *     null when the location was not read from one span (e.g. the actors' country)
 * @param name the resolved place's name (GeoNames name, or the country's short name)
 * @param geonamesId GeoNames id of the place (a city or the country), or null
 * @param country ISO 3166 alpha-3 code, or null when unresolved
 * @param fips FIPS 10-4 country code (as GDELT writes it: {@code UP} for Ukraine), or null
 * @param admin1 first-level division as GDELT writes it: FIPS country code + GeoNames admin-1
 *     code ({@code UP30}); the bare FIPS code for a country-level place; null when unknown
 * @param lat latitude in decimal degrees (WGS84), or null
 * @param lon longitude in decimal degrees (WGS84), or null
 * @param precision {@code city}, {@code admin1} or {@code country}; null when unresolved
 * @param rule how it was chosen, e.g. {@code place:clause:in;gazetteer:actor-country},
 *     {@code place:dateline}, {@code place:actors-country}
 */
public record Location(
    String text,
    String name,
    @JsonProperty("geonames_id") Long geonamesId,
    String country,
    String fips,
    String admin1,
    Double lat,
    Double lon,
    String precision,
    String rule,
    int start,
    int end) {

  /** Precision of a city (or smaller populated place). */
  public static final String CITY = "city";
  /** Precision of a first-level division (state, province, oblast). */
  public static final String ADMIN1 = "admin1";
  /** Precision of a country. */
  public static final String COUNTRY = "country";

  /** A place as written with only its country known (no gazetteer entry). */
  public Location(String text, String country, int start, int end) {
    this(text, null, null, country, null, null, null, null, country == null ? null : COUNTRY,
        "place:kb-country", start, end);
  }

  /** Whether it has coordinates. */
  public boolean hasPoint() {
    return lat != null && lon != null;
  }
}
