package org.annals.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.Provenance;

/**
 * The assembled chain: an annotator followed by stages. Built only by {@link PipelineFactory}.
 * Thread-safe when its annotator and stages are (the standard ones are), so one pipeline serves
 * all worker threads. Keeps cumulative per-stage timings for {@code annals bench}.
 */
public final class Pipeline {
  public static final String ANNOTATE = "annotate";

  private final Annotator annotator;
  private final List<Stage> stages;
  private final Provenance provenance;
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

  Pipeline(Annotator annotator, List<Stage> stages, Provenance provenance) {
    this.annotator = annotator;
    this.stages = List.copyOf(stages);
    this.provenance = provenance;
  }

  /** Annotates and codes one article. */
  public CodedArticle code(Article article) {
    long t0 = System.nanoTime();
    AnnotatedDoc doc = annotator.annotate(article);
    record(ANNOTATE, t0);
    return code(doc);
  }

  /** Codes an already annotated article (the stages only). */
  public CodedArticle code(AnnotatedDoc doc) {
    CodingState state = CodingState.of(doc);
    for (Stage stage : stages) {
      long t = System.nanoTime();
      state = stage.apply(state);
      record(stage.name(), t);
    }
    return new CodedArticle(doc.article(), state.events(), state.claims(), state.warnings(),
        doc.sentences().size(), doc.tokenCount(), provenance);
  }

  public Annotator annotator() {
    return annotator;
  }

  public List<Stage> stages() {
    return stages;
  }

  public Provenance provenance() {
    return provenance;
  }

  /** Cumulative time per stage in nanoseconds, in chain order. */
  public Map<String, Long> timings() {
    Map<String, Long> out = new LinkedHashMap<>();
    out.put(ANNOTATE, value(ANNOTATE));
    annotator.timings().forEach((phase, n) -> out.put(ANNOTATE + ":" + phase, n));
    for (Stage s : stages) {
      out.put(s.name(), value(s.name()));
    }
    return out;
  }

  public void resetTimings() {
    nanos.clear();
    annotator.resetTimings();
  }

  private long value(String key) {
    LongAdder a = nanos.get(key);
    return a == null ? 0 : a.sum();
  }

  private void record(String key, long startNanos) {
    nanos.computeIfAbsent(key, k -> new LongAdder()).add(System.nanoTime() - startNanos);
  }
}
