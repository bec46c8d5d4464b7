package org.annals.model;

import org.annals.model.ontology.StandardOntology;

/** Holder of the bundled ontology, loaded once on first use (class initialisation is thread-safe). */
final class OntologyData {
  static final Ontology STANDARD = StandardOntology.load();

  private OntologyData() {}
}
