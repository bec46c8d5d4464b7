package org.annals.eval.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.nlp.Annotator;
import org.annals.nlp.Pipeline;

/**
 * The two workloads of {@code annals bench}: the whole Annals pipeline (with an optional store
 * hook, timed as stage {@code store}), and annotation only. Thread-safe when the pipeline,
 * annotator and store hook are.
 */
public final class PipelineWorkload {
  public static final String STORE = "store";

  private PipelineWorkload() {}

  /** Annals end to end; {@code store} (may be null) receives each coded article. */
  public static Workload annals(Pipeline pipeline, Consumer<CodedArticle> store) {
    LongAdder storeNanos = new LongAdder();
    return new Workload() {
      @Override
      public Counts process(Article article) {
        CodedArticle coded = pipeline.code(article);
        if (store != null) {
          long t = System.nanoTime();
          store.accept(coded);
          storeNanos.add(System.nanoTime() - t);
        }
        return new Counts(coded.sentenceCount(), coded.tokenCount());
      }

      @Override
      public Map<String, Long> stageNanos() {
        Map<String, Long> out = new LinkedHashMap<>(pipeline.timings());
        if (store != null) {
          out.put(STORE, storeNanos.sum());
        }
        return out;
      }

      @Override
      public void resetStages() {
        pipeline.resetTimings();
        storeNanos.reset();
      }
    };
  }

  /** The baseline: annotation only (e.g. plain CoreNLP tokenize..depparse). */
  public static Workload annotationOnly(Annotator annotator) {
    return article -> {
      AnnotatedDoc doc = annotator.annotate(article);
      return new Workload.Counts(doc.sentences().size(), doc.tokenCount());
    };
  }
}
