package org.annals.flink;

import java.io.Serializable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.nlp.PipelineFactory;

/**
 * Gives a coding task its coder, in the TaskManager ({@link CodeFunction#open}). The job's
 * default is {@link #SHARED}: {@link PipelineFactory#shared()}, the one pipeline of the JVM, so
 * the slots of a TaskManager share one CoreNLP (built on first use). Implementations must be
 * serializable and the coders they give thread-safe.
 */
public interface CoderFactory extends Supplier<Function<Article, CodedArticle>>, Serializable {
  /** The project's pipeline, built once per JVM from {@link PipelineFactory}. */
  CoderFactory SHARED = () -> PipelineFactory.shared()::code;
}
