package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.kb.KnowledgeBase;
import org.annals.model.Ontology;
import org.annals.model.Provenance;
import org.annals.nlp.actors.ActorResolver;
import org.annals.nlp.actors.OfficeCheck;
import org.annals.nlp.corenlp.CoreNlpAnnotator;
import org.annals.nlp.corenlp.CoreNlpConfig;
import org.annals.nlp.corenlp.FastCoreNlpAnnotator;
import org.annals.nlp.gate.SentenceGate;
import org.annals.nlp.events.EventCoder;
import org.annals.nlp.events.Lexicon;

/**
 * Assembles the chain in one place and processes nothing itself. Expensive resources (CoreNLP
 * models, lexicon, KB) are built here, once per configuration.
 *
 * <p>Chain: CoreNLP annotation → {@link ActorResolver} → {@link EventCoder} → proven charges →
 * places → (time stage) → retold events →
 * {@link OfficeCheck} → claims.
 */
public final class PipelineFactory {
  private static final Map<PipelineConfig, Pipeline> SHARED = new ConcurrentHashMap<>();

  private PipelineFactory() {}

  /** Builds a new pipeline (loads all models: tens of seconds). */
  public static Pipeline create(PipelineConfig config) {
    KnowledgeBase kb = BundledKnowledgeBase.load();
    Lexicon lexicon = Lexicon.load(Ontology.standard(), config.userLexicon());
    Annotator annotator = config.annotationCache() == null
        ? annotator(config.corenlp(), SentenceGate.of(lexicon, kb))
        : new CachingAnnotator(() -> annotator(config.corenlp(), SentenceGate.of(lexicon, kb)),
            CoreNlpAnnotator.describe(config.corenlp()), config.annotationCache());
    Provenance provenance = new Provenance(version(), annotator.describe(), lexicon.version(),
        kb.version(), config.hash());
    return new Pipeline(annotator, stages(kb, lexicon), provenance);
  }

  /**
   * The annotator of a profile: CoreNLP on every sentence ({@code accurate}), or the gated one
   * ({@code fast}; {@code gate} decides which sentences get which annotators).
   */
  public static Annotator annotator(CoreNlpConfig config, SentenceGate gate) {
    return switch (config.profile()) {
      case ACCURATE -> new CoreNlpAnnotator(config);
      case FAST -> new FastCoreNlpAnnotator(config, gate);
    };
  }

  /** The stages after annotation, in order (also usable on already annotated documents). */
  public static List<Stage> stages(KnowledgeBase kb, Lexicon lexicon) {
    List<Stage> stages = new ArrayList<>();
    stages.add(new ActorResolver(kb, org.annals.kb.places.Gazetteer.standard()));
    stages.add(new EventCoder(lexicon, Ontology.standard(), kb));
    stages.add(new org.annals.nlp.events.ProvenCharges());
    stages.add(new org.annals.nlp.places.Geolocator(org.annals.kb.places.Gazetteer.standard()));
    stages.add(new org.annals.nlp.time.TimeAnchor());
    stages.add(new org.annals.nlp.events.RetoldEvents());
    stages.add(new OfficeCheck(kb));
    stages.add(new org.annals.nlp.claims.ClaimExtractor(kb));
    return stages;
  }

  /** One pipeline per configuration for the whole JVM (tests, server, CLI share it). */
  public static Pipeline shared(PipelineConfig config) {
    return SHARED.computeIfAbsent(config, PipelineFactory::create);
  }

  public static Pipeline shared() {
    return shared(PipelineConfig.defaults());
  }

  /** The shared pipeline of a profile with the standard configuration. */
  public static Pipeline shared(Profile profile) {
    return shared(PipelineConfig.of(profile));
  }

  static String version() {
    String v = PipelineFactory.class.getPackage().getImplementationVersion();
    return "annals-" + (v == null ? "dev" : v);
  }
}
