package org.annals.kb;

import java.util.List;

/**
 * A knowledge-base entity: a country, an international organisation, a region, a person or a
 * group.
 *
 * @param id stable id such as {@code country/RUS}, {@code person/vladimir-putin}, {@code org/NATO}
 * @param country ISO 3166 alpha-3 or CAMEO region code (WST, EUR, ...) the entity belongs to
 * @param sector default PLOVER sector (GOV for a country's government, IGO for organisations, ...)
 * @param cameo default CAMEO actor code (RUS, RUSGOV, IGOUNO, ...)
 * @param source where the facts come from (dataset or reference)
 */
public record Entity(
    String id, Kind kind, String name, String country, String sector, String cameo,
    List<String> aliases, String source) {

  public enum Kind { COUNTRY, REGION, ORGANIZATION, PERSON, GROUP }

  public Entity {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
