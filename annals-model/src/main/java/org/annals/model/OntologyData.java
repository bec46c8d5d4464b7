// placeholder: the KB helper replaces this with the loader
package org.annals.model;
final class OntologyData { static final Ontology STANDARD = null; private OntologyData() {} }
