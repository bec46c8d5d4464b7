package org.annals.kb;

/**
 * A dictionary match of a token sequence against the knowledge base.
 *
 * @param length how many tokens matched
 * @param kind NAME (a proper name or alias), ADJECTIVE (a country adjective or demonym:
 *     "Russian", "French"), METONYM ("the Kremlin", "Washington" for a government), ROLE (a role
 *     noun: "president", "foreign minister", "officials", "administration"), AGENT (a sector
 *     noun: "military", "police", "rebels")
 * @param entityId the entity the words name, or null for ROLE and AGENT matches
 * @param office for ROLE matches, the office key (HEAD_OF_STATE, ...); null otherwise
 * @param sector the sector the words imply (GOV for "Kremlin", MIL for "army"), or null
 * @param rule the dictionary entry that matched, for provenance (e.g. {@code kb:metonym:kremlin})
 */
public record NameMatch(
    int length, Kind kind, String entityId, String office, String sector, String rule) {

  public enum Kind { NAME, ADJECTIVE, METONYM, ROLE, AGENT }
}
