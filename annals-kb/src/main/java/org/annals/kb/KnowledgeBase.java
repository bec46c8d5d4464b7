package org.annals.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Read-only knowledge base. Implementations compile their dictionaries at construction; every
 * method here is a lookup. Thread-safe.
 */
public interface KnowledgeBase {

  /**
   * All dictionary entries that match the tokens starting at {@code start}, longest first.
   * Matching is case-insensitive on the token words and ignores diacritics ("Elysee" matches
   * "Élysée"); the caller passes the words as written. Two exceptions keep common words from
   * matching names: a dictionary word written with a capital needs a text word that is not all
   * lower case ("turkey" is not Turkey), and an all-capital dictionary word that is also a common
   * English word needs capitals in the text ("us" is not US, "who" is not WHO).
   */
  List<NameMatch> matchAt(List<String> words, int start);

  /**
   * Places that are not capitals (cities and regions: "Istanbul", "Crimea", "Anchorage") whose
   * words start at {@code start}, longest first, for event locations. Each match has kind NAME,
   * the place's country as {@code entityId} and a {@code kb:place:...} rule. Capitals and
   * countries are found by {@link #matchAt}. Same case rules as {@link #matchAt}.
   */
  default List<NameMatch> placesAt(List<String> words, int start) {
    return List.of();
  }

  Optional<Entity> entity(String id);

  /** The country entity for an ISO alpha-3, alpha-2 or CAMEO country/region code. */
  Optional<Entity> country(String code);

  /** All dated roles of a person, oldest first. */
  List<Role> roles(String personId);

  /** The person holding {@code office} in {@code country} on {@code date}, if the KB knows. */
  Optional<Entity> holder(String country, String office, LocalDate date);

  /** Persons whose surname or full name is {@code name} (for "Putin", "Trump"). */
  List<Entity> persons(String name);

  /** A short version string for provenance, e.g. {@code kb-2025.11 (countries 249, persons 412)}. */
  String version();
}
