package org.annals.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The event ontology as data: PLOVER 2.0 event types, modes, contexts and sectors; CAMEO event
 * codes with names and Goldstein scores; the CAMEO to PLOVER table; quad classes. Loaded once
 * from resources under {@code org/annals/ontology/}. Immutable and thread-safe.
 *
 * <p>Use {@link #standard()} for the bundled data.
 */
public interface Ontology {

  /** A CAMEO event code with the PLOVER type/mode it converts to. */
  record CameoCode(
      String code, String name, double goldstein, int quadClass, String ploverEvent,
      String ploverMode) {}

  /** A PLOVER event type with its allowed modes. */
  record PloverType(String name, String description, List<String> modes, int quadClass) {}

  Optional<CameoCode> cameo(String code);

  Optional<PloverType> plover(String event);

  List<PloverType> ploverTypes();

  List<String> contexts();

  List<String> sectors();

  /** The CAMEO code for a PLOVER type and mode (e.g. CONSULT/phone → 041), if the table has one. */
  Optional<CameoCode> cameoFor(String ploverEvent, String ploverMode);

  /**
   * The CAMEO code for a PLOVER type and mode refined by contexts: among the conversion-table codes
   * with that type and mode, the most general one whose contexts meet {@code contexts} (e.g.
   * REQUEST/yield + military → 1056); else {@link #cameoFor(String, String)}.
   */
  default Optional<CameoCode> cameoFor(String ploverEvent, String ploverMode,
      Collection<String> contexts) {
    return cameoFor(ploverEvent, ploverMode);
  }

  /** The PLOVER contexts the conversion table gives a CAMEO code (e.g. 1056 → military). */
  default List<String> cameoContexts(String code) {
    return List.of();
  }

  /** A short version string for provenance. */
  default String version() {
    return "ontology";
  }

  /** The bundled ontology, loaded once. */
  static Ontology standard() {
    return OntologyData.STANDARD;
  }
}
