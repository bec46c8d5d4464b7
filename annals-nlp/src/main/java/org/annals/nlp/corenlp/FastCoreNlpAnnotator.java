package org.annals.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.util.CoreMap;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.nlp.Annotator;
import org.annals.nlp.gate.SentenceGate;

/**
 * The CoreNLP adapter of the {@code fast} profile: tokenizes and splits every sentence, asks the
 * {@link SentenceGate} how much each one needs (from the words and their possible lemmas, given
 * by CoreNLP's morphological analyser without POS tags), and runs the expensive annotators only
 * where needed ({@link SentenceGate.Level}): POS, lemmas and NER on every sentence but
 * {@code TOKENS} ones, SUTime (inside NER) only on those with a time or claim cue, the dependency
 * parser only on those with a trigger and an actor candidate or a claim cue. A {@code TOKENS}
 * sentence keeps its tokens with a dictionary lemma, an empty POS tag, NER "O" and no
 * dependencies, entities or time expressions. The NER of this profile is the 3-class CRF (the
 * fine-grained rules only when {@link CoreNlpConfig#fineGrainedNer()}; the knowledge base names
 * countries, cities and offices).
 *
 * <p>CoreNLP runs the annotators of a later step on an {@link Annotation} holding only the
 * selected sentences ({@code enforceRequirements=false}); each sentence keeps its own tokens, so
 * offsets and token indexes are those of the whole article.
 *
 * <p>Thread-safety: thread-safe. The four {@link StanfordCoreNLP} instances are built once and
 * shared; the morphological analyser (not thread-safe) is one per thread.
 */
public final class FastCoreNlpAnnotator implements Annotator {
  /** Tags under which the gate tries a word's lemma (verb and plural noun readings). */
  private static final List<String> LEMMA_TAGS = List.of("VBD", "NNS");
  private static final List<String> PHASES = List.of("split", "gate", "tag", "parse", "convert");

  private final StanfordCoreNLP split;
  private final StanfordCoreNLP tagTimed;
  private final StanfordCoreNLP tagPlain;
  private final StanfordCoreNLP parse;
  private final SentenceGate gate;
  private final boolean parses;
  private final String description;
  private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> levelCounts = new ConcurrentHashMap<>();

  public FastCoreNlpAnnotator(CoreNlpConfig config, SentenceGate gate) {
    Properties base = CoreNlpAnnotator.properties(config);
    base.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    this.split = new StanfordCoreNLP(with(base, "tokenize,ssplit"), false);
    this.tagTimed = new StanfordCoreNLP(with(base, "pos,lemma,ner"), false);
    Properties plain = with(base, "pos,lemma,ner");
    plain.setProperty("ner.useSUTime", "false");
    this.tagPlain = new StanfordCoreNLP(plain, false);
    this.parses = config.parse();
    this.parse = parses ? new StanfordCoreNLP(with(base, "depparse"), false) : null;
    this.gate = gate;
    this.description = "corenlp-" + CoreNlpAnnotator.VERSION + ":fast:tokenize,ssplit|gate|pos,lemma,ner(3class"
        + (config.fineGrainedNer() ? ",fine" : "") + ",sutime-if-cue)" + (parses ? "|depparse" : "");
  }

  private static Properties with(Properties base, String annotators) {
    Properties p = new Properties();
    p.putAll(base);
    p.setProperty("annotators", annotators);
    return p;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public AnnotatedDoc annotate(Article article) {
    long t = System.nanoTime();
    Annotation doc = new Annotation(article.text());
    split.annotate(doc);
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    t = record("split", t);
    SentenceGate.Level[] levels = new SentenceGate.Level[all.size()];
    List<CoreMap> timed = new ArrayList<>();
    List<CoreMap> plain = new ArrayList<>();
    List<CoreMap> parsed = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      levels[i] = decide(all.get(i));
      if (levels[i].tag()) {
        (levels[i].time() ? timed : plain).add(all.get(i));
      }
      if (levels[i].parse() && parses) {
        parsed.add(all.get(i));
      }
    }
    t = record("gate", t);
    run(tagTimed, timed, article);
    run(tagPlain, plain, article);
    t = record("tag", t);
    run(parse, parsed, article);
    t = record("parse", t);
    List<Sentence> sentences = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      sentences.add(!levels[i].tag()
          ? tokensOnly(sentences.size(), all.get(i), article.text())
          : CoreNlpAnnotator.sentence(sentences.size(), all.get(i), article.text()));
    }
    record("convert", t);
    count(levels);
    return new AnnotatedDoc(article, sentences, describe());
  }

  /** Nanoseconds per phase: {@code split}, {@code gate}, {@code tag}, {@code parse}, {@code convert}. */
  @Override
  public Map<String, Long> timings() {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    for (String phase : PHASES) {
      LongAdder a = nanos.get(phase);
      out.put(phase, a == null ? 0 : a.sum());
    }
    return out;
  }

  /** Sentences the gate gave each level ({@code tokens}, {@code time}, {@code full}). */
  @Override
  public Map<String, Long> counts() {
    return sums(levelCounts);
  }

  @Override
  public void resetTimings() {
    nanos.clear();
    levelCounts.clear();
  }

  private static Map<String, Long> sums(Map<String, LongAdder> adders) {
    Map<String, Long> out = new java.util.TreeMap<>();
    adders.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  private long record(String phase, long start) {
    long now = System.nanoTime();
    nanos.computeIfAbsent(phase, k -> new LongAdder()).add(now - start);
    return now;
  }

  private void count(SentenceGate.Level[] levels) {
    for (SentenceGate.Level l : levels) {
      levelCounts.computeIfAbsent(l.name().toLowerCase(java.util.Locale.ROOT), k -> new LongAdder())
          .increment();
    }
  }

  private SentenceGate.Level decide(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<String> words = new ArrayList<>(labels.size());
    List<Set<String>> lemmas = new ArrayList<>(labels.size());
    Morphology m = morphology.get();
    for (CoreLabel l : labels) {
      words.add(l.word());
      Set<String> forms = new LinkedHashSet<>(2);
      for (String t : LEMMA_TAGS) {
        forms.add(m.lemma(l.word(), t, true));
      }
      lemmas.add(forms);
    }
    return gate.decide(words, lemmas);
  }

  /** Runs {@code pipeline} over the given sentences of the article only. */
  private static void run(StanfordCoreNLP pipeline, List<CoreMap> sentences, Article article) {
    if (pipeline == null || sentences.isEmpty()) {
      return;
    }
    Annotation part = new Annotation(article.text());
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    if (article.published() != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class,
          article.published().format(DateTimeFormatter.ISO_LOCAL_DATE));
    }
    pipeline.annotate(part);
  }

  private Sentence tokensOnly(int index, CoreMap s, String text) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    Morphology m = morphology.get();
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String word = text.substring(l.beginPosition(), l.endPosition());
      tokens.add(new Token(i, l.beginPosition(), l.endPosition(), word, m.lemma(l.word(), "NNS", true), "", "O"));
    }
    int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Sentence(index, start, end, tokens, List.of(), List.of(), List.of());
  }
}
