package org.annals.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.Dependency;
import org.annals.model.EntityMention;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;
import org.annals.nlp.Annotator;

/**
 * The CoreNLP adapter: the only class that builds CoreNLP properties and reads CoreNLP's mutable
 * {@link Annotation}, converting it to immutable records. SUTime runs inside NER with the
 * article's publication date as the document date.
 *
 * <p>Thread-safety: thread-safe. One {@link StanfordCoreNLP} instance (several GB of models) is
 * built at construction and shared; CoreNLP's annotators keep no per-document state, and each
 * call creates its own {@link Annotation}.
 */
public final class CoreNlpAnnotator implements Annotator {
  public static final String VERSION = "4.5.10";

  private final StanfordCoreNLP pipeline;
  private final String annotators;

  public CoreNlpAnnotator(CoreNlpConfig config) {
    Properties props = properties(config);
    this.annotators = props.getProperty("annotators");
    this.pipeline = new StanfordCoreNLP(props);
  }

  static Properties properties(CoreNlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (config.parse() ? ",depparse" : ""));
    p.setProperty("tokenize.language", "en");
    p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("pos.maxlen", Integer.toString(config.maxSentenceLength()));
    p.setProperty("ner.maxlen", Integer.toString(config.maxSentenceLength()));
    p.setProperty("depparse.maxlen", Integer.toString(config.maxSentenceLength()));
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return p;
  }

  @Override
  public String describe() {
    return "corenlp-" + VERSION + ":" + annotators;
  }

  /** What an annotator built with {@code config} will {@link #describe()}, without building it. */
  public static String describe(CoreNlpConfig config) {
    return "corenlp-" + VERSION + ":" + properties(config).getProperty("annotators");
  }

  @Override
  public AnnotatedDoc annotate(Article article) {
    Annotation ann = new Annotation(article.text());
    if (article.published() != null) {
      ann.set(CoreAnnotations.DocDateAnnotation.class,
          article.published().format(DateTimeFormatter.ISO_LOCAL_DATE));
    }
    pipeline.annotate(ann);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(sentence(sentences.size(), s, article.text()));
    }
    return new AnnotatedDoc(article, sentences, describe());
  }

  /** One CoreNLP sentence as a record (the fast annotator's gated sentences too). */
  static Sentence sentence(int index, CoreMap s, String text) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      int b = l.beginPosition();
      int e = l.endPosition();
      tokens.add(new Token(i, b, e, text.substring(b, e), l.lemma(), l.tag(),
          l.ner() == null ? "O" : l.ner()));
    }
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> timexes = new ArrayList<>();
    List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
    int sentenceFirstToken = labels.isEmpty() ? 0 : labels.get(0).index() - 1;
    if (mentions != null) {
      for (CoreMap m : mentions) {
        int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
        int first = mt.get(0).index() - 1 - sentenceFirstToken;
        int last = mt.get(mt.size() - 1).index() - 1 - sentenceFirstToken;
        entities.add(new EntityMention(b, e, text.substring(b, e), type, first, last));
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null) {
          timexes.add(new TimeExpression(b, e, text.substring(b, e), timex.timexType(),
              timex.value() != null ? timex.value() : timex.altVal(), "sutime"));
        }
      }
    }
    List<Dependency> deps = dependencies(s);
    int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Sentence(index, start, end, tokens, deps, entities, timexes);
  }

  private static List<Dependency> dependencies(CoreMap s) {
    SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (g == null) {
      return List.of();
    }
    List<Dependency> deps = new ArrayList<>();
    for (var root : g.getRoots()) {
      deps.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge edge : g.edgeIterable()) {
      // copy nodes (enhanced++ "copy" tokens) map back to their original token
      deps.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
          edge.getRelation().toString()));
    }
    return deps;
  }
}
