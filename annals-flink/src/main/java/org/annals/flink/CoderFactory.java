package org.annals.flink;

import java.io.Serializable;
import java.util.function.Function;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.nlp.PipelineFactory;
import org.annals.nlp.Profile;

/**
 * Gives a coding task its coder for the job's annotation profile ({@link FlinkJobConfig#profile()}),
 * in the TaskManager ({@link CodeFunction#open}). The job's default is {@link #SHARED}:
 * {@link PipelineFactory#shared(Profile)}, the one pipeline of the JVM per profile, so the slots of
 * a TaskManager share one CoreNLP (built on first use). Implementations must be serializable and
 * the coders they give thread-safe.
 */
@FunctionalInterface
public interface CoderFactory extends Serializable {
  /** The project's pipeline of the profile, built once per JVM from {@link PipelineFactory}. */
  CoderFactory SHARED = profile -> PipelineFactory.shared(profile)::code;

  /** The coder of {@code profile} (asked per article, outside its budget; may load models). */
  Function<Article, CodedArticle> coder(Profile profile);
}
