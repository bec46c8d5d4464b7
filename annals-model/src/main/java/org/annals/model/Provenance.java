package org.annals.model;

/**
 * What produced a coding: Annals' version, the annotator and its annotators, the lexicon and KB
 * versions, and a hash of the pipeline configuration.
 */
public record Provenance(
    String annals, String annotator, String lexicon, String kb, String configHash) {}
