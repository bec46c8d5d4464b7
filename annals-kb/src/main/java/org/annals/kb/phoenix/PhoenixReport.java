package org.annals.kb.phoenix;

import java.util.List;
import java.util.Map;

/**
 * What a Phoenix import added and what it could not read. Immutable.
 *
 * @param unmapped codes that name no known country or sector, with counts
 * @param problems every line that did not fit the format, with file and line
 */
public record PhoenixReport(List<String> files, int actors, int persons, int mergedPersons,
    int groups, int countryNames, int agents, int roles, int withoutCode,
    Map<String, Integer> unmapped, List<PhoenixDictionary.Problem> problems) {

  public PhoenixReport {
    files = List.copyOf(files);
    unmapped = Map.copyOf(unmapped);
    problems = List.copyOf(problems);
  }

  /** One-line summary for logs and the KB version string. */
  public String summary() {
    return "phoenix " + String.join("+", files) + ": actors " + actors + " (persons " + persons
        + ", merged " + mergedPersons + ", groups " + groups + ", country names " + countryNames
        + ", without code " + withoutCode + "), roles " + roles + ", agents " + agents
        + ", problems " + problems.size() + ", unmapped codes " + unmapped.size();
  }
}
