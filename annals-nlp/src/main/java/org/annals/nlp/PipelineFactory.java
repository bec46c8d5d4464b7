package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.annals.model.Provenance;
import org.annals.nlp.corenlp.CoreNlpAnnotator;

/**
 * Assembles the chain in one place and processes nothing itself. Expensive resources (CoreNLP
 * models, lexicon, KB) are built here, once per configuration.
 */
public final class PipelineFactory {
  private static final Map<PipelineConfig, Pipeline> SHARED = new ConcurrentHashMap<>();

  private PipelineFactory() {}

  /** Builds a new pipeline (loads all models: tens of seconds). */
  public static Pipeline create(PipelineConfig config) {
    Annotator annotator = new CoreNlpAnnotator(config.corenlp());
    List<Stage> stages = new ArrayList<>();
    stages.add(new org.annals.nlp.time.TimeAnchor());
    stages.add(new org.annals.nlp.claims.ClaimExtractor(org.annals.kb.BundledKnowledgeBase.load()));
    Provenance provenance = new Provenance(version(), annotator.describe(), null, null, config.hash());
    return new Pipeline(annotator, stages, provenance);
  }

  /** One pipeline per configuration for the whole JVM (tests, server, CLI share it). */
  public static Pipeline shared(PipelineConfig config) {
    return SHARED.computeIfAbsent(config, PipelineFactory::create);
  }

  public static Pipeline shared() {
    return shared(PipelineConfig.defaults());
  }

  static String version() {
    String v = PipelineFactory.class.getPackage().getImplementationVersion();
    return "annals-" + (v == null ? "dev" : v);
  }
}
