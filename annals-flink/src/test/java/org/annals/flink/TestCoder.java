package org.annals.flink;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.nlp.Pipeline;
import org.annals.nlp.PipelineFactory;

/**
 * The project's pipeline for the job under test, counting its calls and remembering its codings
 * (per JVM: the MiniCluster runs in the test's JVM), so that tests of the job's plumbing after
 * the first run need not run CoreNLP again. {@code delayMillis} makes each coding take a while, so
 * that checkpoints fall between articles.
 */
record TestCoder(boolean remember, long delayMillis) implements CoderFactory {
  static final AtomicInteger CALLS = new AtomicInteger();
  static final Map<String, CodedArticle> CODED = new ConcurrentHashMap<>();

  @Override
  public Function<Article, CodedArticle> get() {
    Pipeline pipeline = PipelineFactory.shared(); // loaded here, before any article's budget starts
    return a -> {
      CALLS.incrementAndGet();
      String key = a.id() + "|" + a.published() + "|" + a.text().hashCode();
      CodedArticle known = remember ? CODED.get(key) : null;
      CodedArticle out = known != null ? known : pipeline.code(a);
      CODED.put(key, out);
      sleep();
      return out;
    };
  }

  private void sleep() {
    try {
      Thread.sleep(delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
