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
import org.annals.nlp.gate.KnownNames;
import org.annals.nlp.gate.SentenceGate;

/**
 * The CoreNLP adapter of the {@code fast} profile: tokenizes and splits every sentence, asks the
 * {@link SentenceGate} which ones may hold an event (from the words and their possible lemmas,
 * given by CoreNLP's morphological analyser without POS tags), tags those (POS, lemmas) and asks
 * the gate again with their tags; then labels names on the sentences it parses and on the timed
 * ones, runs SUTime on the timed ones and the dependency parser ({@link EnhancedDependencyParser},
 * the enhanced++ graph only) on the parsed ones. Names: the knowledge base's ({@link KnownNames})
 * where it knows every name of the sentence, else the 3-class CRF; the numeric classifiers run on
 * both. SUTime reads only the words around the time cues ({@link TimeWindows}). A sentence is
 * timed when it has a time or claim cue and is parsed or stands at most {@value #TIME_CONTEXT}
 * sentences before a parsed one (every time cue when the configuration does not parse). A
 * sentence neither parsed nor timed keeps its tokens with a dictionary lemma, an empty POS tag
 * (its tagger's tag and lemma when it was tagged for the second gate), NER "O" and no
 * dependencies, entities or time expressions. The fine-grained NER rules run only when
 * {@link CoreNlpConfig#fineGrainedNer()} (the knowledge base names countries, cities and offices);
 * otherwise the {@link TitleTagger} adds their job titles (TITLE), which the actor stage reads.
 *
 * <p>CoreNLP runs the annotators of a later step on an {@link Annotation} holding only the
 * selected sentences ({@code enforceRequirements=false}); each sentence keeps its own tokens, so
 * offsets and token indexes are those of the whole article.
 *
 * <p>Thread-safety: thread-safe. The CoreNLP pipelines and the parser are built once and shared;
 * the morphological analyser (not thread-safe) is one per thread.
 */
public final class FastCoreNlpAnnotator implements Annotator {
  /** Tags under which the gate tries a word's lemma (verb and plural noun readings). */
  private static final List<String> LEMMA_TAGS = List.of("VBD", "NNS");
  private static final List<String> PHASES = List.of("split", "gate", "pos", "ner", "parse", "convert");
  /** Prefix of the phases' CPU times (the calling thread's, which runs every phase). */
  private static final String CPU = "cpu:";
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  /**
   * A sentence with a time cue gets SUTime when it is parsed or one of the next this many sentences
   * is: the time rules read the expressions of the event's sentence and of the two before it
   * (narrative dates, deadlines, the quarter in focus).
   */
  static final int TIME_CONTEXT = 2;

  private final StanfordCoreNLP split;
  private final StanfordCoreNLP tag;
  private final StanfordCoreNLP nerPlain;
  private final StanfordCoreNLP sutime;
  private final StanfordCoreNLP numbersPlain;
  private final TimeWindows timeWindows;
  private final KnownNames names;
  private final EnhancedDependencyParser parse;
  private final TitleTagger titles;
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
    this.tag = new StanfordCoreNLP(with(base, "pos,lemma"), false);
    Properties plain = with(base, "ner");
    plain.setProperty("ner.useSUTime", "false");
    this.nerPlain = new StanfordCoreNLP(plain, false);
    Properties noCrf = with(base, "ner");
    noCrf.setProperty("ner.model", "");
    this.sutime = new StanfordCoreNLP(noCrf, false);
    this.timeWindows = new TimeWindows(gate);
    Properties noCrfPlain = with(noCrf, "ner");
    noCrfPlain.setProperty("ner.useSUTime", "false");
    this.numbersPlain = new StanfordCoreNLP(noCrfPlain, false);
    this.names = gate.names().orElse(null);
    this.parses = config.parse();
    this.parse = parses ? new EnhancedDependencyParser(config.maxSentenceLength()) : null;
    this.gate = gate;
    this.titles = config.fineGrainedNer() ? null : new TitleTagger();
    this.description = "corenlp-" + CoreNlpAnnotator.VERSION + ":fast:tokenize,ssplit|gate-"
        + gate.fingerprint() + "|pos,lemma|gate"
        + "|ner(" + (names != null ? "kb-names,3class-if-unknown" : "3class")
        + (config.fineGrainedNer() ? ",fine" : ",titles") + ",sutime-near-cues)" + (parses ? "|depparse" : "");
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

  /**
   * Splits, gates on words ({@link SentenceGate#decide(List, List)}), tags the candidates, gates
   * again with their POS tags, then labels names (KB or CRF), runs SUTime near the time cues of
   * timed sentences and the parser on
   * what the gate chose.
   */
  @Override
  public AnnotatedDoc annotate(Article article) {
    Clock t = new Clock();
    Annotation doc = new Annotation(article.text());
    split.annotate(doc);
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    t.lap("split");
    SentenceGate.Level[] surface = new SentenceGate.Level[all.size()];
    boolean[] tagged = new boolean[all.size()];
    List<CoreMap> candidates = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      surface[i] = decide(all.get(i));
      if (surface[i].parse()) {
        candidates.add(all.get(i));
        tagged[i] = true;
      }
    }
    t.lap("gate");
    run(tag, candidates, article);
    t.lap("pos");
    boolean[] parsed = new boolean[all.size()];
    for (int i = 0; i < all.size(); i++) {
      parsed[i] = tagged[i] && parses && decideTagged(all.get(i)).parse();
    }
    SentenceGate.Level[] levels = levels(surface, parsed);
    t.lap("gate");
    List<CoreMap> untagged = new ArrayList<>();
    List<CoreMap> timed = new ArrayList<>();
    List<CoreMap> plain = new ArrayList<>();
    List<CoreMap> toParse = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (levels[i].tag() && !tagged[i]) {
        untagged.add(all.get(i));
        tagged[i] = true;
      }
      if (levels[i].tag()) {
        (levels[i].time() ? timed : plain).add(all.get(i));
      }
      if (levels[i].parse()) {
        toParse.add(all.get(i));
      }
    }
    run(tag, untagged, article);
    t.lap("pos");
    List<CoreMap> labelled = new ArrayList<>(timed);
    labelled.addAll(plain);
    NameSplit named = split(labelled);
    run(nerPlain, named.crf(), article);
    run(numbersPlain, named.known(), article);
    named.apply();
    TimeWindows.Cut cut = timeWindows.cut(timed, article.text());
    run(sutime, cut.windows(), article);
    cut.merge();
    if (titles != null) {
      timed.forEach(s -> titles.tag(s.get(CoreAnnotations.TokensAnnotation.class)));
      plain.forEach(s -> titles.tag(s.get(CoreAnnotations.TokensAnnotation.class)));
    }
    t.lap("ner");
    if (parse != null) {
      parse.parse(toParse);
    }
    t.lap("parse");
    List<Sentence> sentences = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      sentences.add(!tagged[i]
          ? tokensOnly(sentences.size(), all.get(i), article.text())
          : CoreNlpAnnotator.sentence(sentences.size(), all.get(i), article.text()));
    }
    t.lap("convert");
    count(levels, tagged);
    return new AnnotatedDoc(article, sentences, describe());
  }

  /**
   * The final level of each sentence: parsed as the tagged gate says; timed when it has a time
   * cue and is parsed or precedes a parsed sentence by at most {@link #TIME_CONTEXT} (every time
   * cue when nothing is parsed, as in time tagging).
   */
  private SentenceGate.Level[] levels(SentenceGate.Level[] surface, boolean[] parsed) {
    SentenceGate.Level[] out = new SentenceGate.Level[surface.length];
    for (int i = 0; i < surface.length; i++) {
      boolean near = !parses;
      for (int j = i; j < surface.length && j <= i + TIME_CONTEXT && !near; j++) {
        near = parsed[j];
      }
      out[i] = SentenceGate.Level.of(parsed[i], surface[i].time() && near, surface[i].tag());
    }
    return out;
  }

  /**
   * Sentences that need NER, split by {@link KnownNames}: those whose names the KB labels (with their
   * labels) and those that need the CRF.
   */
  private record NameSplit(List<CoreMap> crf, List<CoreMap> known, List<String[]> labels) {
    /** Sets the KB's labels on the tokens NER left {@code O} (numbers and dates keep theirs). */
    void apply() {
      for (int k = 0; k < known.size(); k++) {
        List<CoreLabel> tokens = known.get(k).get(CoreAnnotations.TokensAnnotation.class);
        String[] l = labels.get(k);
        for (int i = 0; i < tokens.size(); i++) {
          CoreLabel t = tokens.get(i);
          if (!l[i].equals(KnownNames.OTHER) && (t.ner() == null || t.ner().equals(KnownNames.OTHER))) {
            t.setNER(l[i]);
          }
        }
      }
    }
  }

  /** Splits tagged sentences into those the KB's names cover and those that need the CRF. */
  private NameSplit split(List<CoreMap> sentences) {
    List<CoreMap> crf = new ArrayList<>();
    List<CoreMap> known = new ArrayList<>();
    List<String[]> labels = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      java.util.Optional<String[]> l = names == null ? java.util.Optional.empty()
          : names.labels(tokens.stream().map(CoreLabel::word).toList(), tokens.stream().map(CoreLabel::tag).toList());
      if (l.isPresent()) {
        known.add(s);
        labels.add(l.get());
      } else {
        crf.add(s);
      }
    }
    levelCounts.computeIfAbsent("names-kb", k -> new LongAdder()).add(known.size());
    levelCounts.computeIfAbsent("names-crf", k -> new LongAdder()).add(crf.size());
    return new NameSplit(crf, known, labels);
  }

  /**
   * Nanoseconds per phase: {@code split}, {@code gate}, {@code pos}, {@code ner}, {@code parse},
   * {@code convert} (wall time), then the same phases' CPU time of the annotating thread
   * ({@code cpu:split}, ...; the figure to read on a loaded machine).
   */
  @Override
  public Map<String, Long> timings() {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    for (String prefix : List.of("", CPU)) {
      for (String phase : PHASES) {
        LongAdder a = nanos.get(prefix + phase);
        out.put(prefix + phase, a == null ? 0 : a.sum());
      }
    }
    return out;
  }

  /**
   * Sentences the gate gave each level ({@code tokens}, {@code time}, {@code parse}, {@code full}),
   * and {@code pos-only}: tagged for the second gate, which kept them shut.
   */
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

  /** Wall and CPU time of the calling thread since the last lap, added to a phase. */
  private final class Clock {
    private long wall = System.nanoTime();
    private long cpu = cpuNanos();

    void lap(String phase) {
      long w = System.nanoTime();
      long c = cpuNanos();
      nanos.computeIfAbsent(phase, k -> new LongAdder()).add(w - wall);
      if (c >= 0 && cpu >= 0) {
        nanos.computeIfAbsent(CPU + phase, k -> new LongAdder()).add(c - cpu);
      }
      wall = w;
      cpu = c;
    }
  }

  private static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
  }

  private void count(SentenceGate.Level[] levels, boolean[] tagged) {
    for (int i = 0; i < levels.length; i++) {
      String name = !levels[i].tag() && tagged[i] ? "pos-only" : levels[i].name().toLowerCase(java.util.Locale.ROOT);
      levelCounts.computeIfAbsent(name, k -> new LongAdder()).increment();
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

  /** The gate's decision on a tagged sentence (its lemmas and POS tags). */
  private SentenceGate.Level decideTagged(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<String> words = new ArrayList<>(labels.size());
    List<Set<String>> lemmas = new ArrayList<>(labels.size());
    List<String> tags = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      words.add(l.word());
      lemmas.add(Set.of(l.lemma().toLowerCase(java.util.Locale.ROOT)));
      tags.add(l.tag());
    }
    return gate.decide(words, lemmas, tags);
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
