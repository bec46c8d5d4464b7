package org.annals.flink;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.nlp.PipelineFactory;
import org.annals.nlp.Profile;

/**
 * The project's pipeline for the job under test, counting its calls, remembering its codings
 * (per JVM: the MiniCluster runs in the test's JVM) and the profiles the job asked for, so that
 * tests of the job's plumbing after the first run need not run CoreNLP again: a remembered
 * coding is returned whatever the profile (the profile's own pipeline is built only for an article
 * not seen before). {@code delayMillis} makes each coding take a while, so that checkpoints fall
 * between articles.
 */
record TestCoder(boolean remember, long delayMillis) implements CoderFactory {
  static final AtomicInteger CALLS = new AtomicInteger();
  static final Map<String, CodedArticle> CODED = new ConcurrentHashMap<>();
  static final Set<Profile> PROFILES = ConcurrentHashMap.newKeySet();

  @Override
  public Function<Article, CodedArticle> coder(Profile profile) {
    PROFILES.add(profile);
    if (!remember) {
      PipelineFactory.shared(profile); // loaded here, before any article's budget starts
    }
    return a -> {
      CALLS.incrementAndGet();
      String key = a.id() + "|" + a.published() + "|" + a.text().hashCode();
      CodedArticle known = remember ? CODED.get(key) : null;
      CodedArticle out = known != null ? known : PipelineFactory.shared(profile).code(a);
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
