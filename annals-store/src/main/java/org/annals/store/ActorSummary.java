package org.annals.store;

/**
 * An actor seen in canonical events.
 *
 * @param id KB entity id when known, else the ISO country code (or CAMEO region), else the name
 * @param name display name
 * @param country ISO country code or null
 * @param cameo a CAMEO actor code seen for it, or null
 * @param events number of canonical events it takes part in
 */
public record ActorSummary(String id, String name, String country, String cameo, long events) {}
