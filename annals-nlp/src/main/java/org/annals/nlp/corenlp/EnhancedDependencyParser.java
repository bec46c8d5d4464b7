package org.annals.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (the model of the {@code depparse} annotator) building only
 * the enhanced++ graph, the one the stages read ({@link CoreNlpAnnotator#sentence}): the
 * {@code depparse} annotator also builds the basic, collapsed, CC-processed and enhanced graphs
 * from the same parse, about a sixth of its time. Sentences longer than {@code maxLength} tokens
 * are left unparsed, as the annotator's {@code depparse.maxlen} does.
 *
 * <p>Thread-safety: as the {@code depparse} annotator, which shares one parser among threads.
 */
final class EnhancedDependencyParser {
  private final DependencyParser parser;
  private final int maxLength;

  EnhancedDependencyParser(int maxLength) {
    this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    this.maxLength = maxLength;
  }

  /** Sets the enhanced++ dependencies of each sentence (tokens with POS tags). */
  void parse(List<CoreMap> sentences) {
    for (CoreMap s : sentences) {
      if (s.get(CoreAnnotations.TokensAnnotation.class).size() <= maxLength) {
        GrammaticalStructure gs = parser.predict(s);
        s.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
            SemanticGraphFactory.generateEnhancedPlusPlusDependencies(gs));
      }
    }
  }
}
