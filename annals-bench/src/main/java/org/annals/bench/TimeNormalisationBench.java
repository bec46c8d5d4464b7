package org.annals.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;
import org.annals.nlp.time.TimeMention;
import org.annals.nlp.time.TimeTagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time normalisation: {@link TimeTagger} correcting and resolving the time expressions of one
 * annotated sentence (a weekday, a month without a year in a future clause, "last June") against
 * the publication date. The sentence is the project's own, annotated by hand (no CoreNLP).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TimeNormalisationBench {
  static final String TEXT = "The ministers met on Tuesday and will meet again in March, after talks last June.";
  static final String[][] TOKENS = {
      {"The", "DT"}, {"ministers", "NNS"}, {"met", "VBD"}, {"on", "IN"}, {"Tuesday", "NNP"},
      {"and", "CC"}, {"will", "MD"}, {"meet", "VB"}, {"again", "RB"}, {"in", "IN"}, {"March", "NNP"},
      {",", ","}, {"after", "IN"}, {"talks", "NNS"}, {"last", "JJ"}, {"June", "NNP"}, {".", "."}};
  static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 3);

  private final TimeTagger tagger = new TimeTagger();
  private Sentence sentence;

  @org.openjdk.jmh.annotations.Setup
  public void setUp() {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String[] t : TOKENS) {
      int start = TEXT.indexOf(t[0], at);
      at = start + t[0].length();
      tokens.add(new Token(tokens.size(), start, at, t[0], t[0].toLowerCase(java.util.Locale.ROOT), t[1],
          t[1].equals("NNP") ? "DATE" : "O"));
    }
    List<TimeExpression> timexes = List.of(
        timex("Tuesday", "XXXX-WXX-2"), timex("March", "XXXX-03"), timex("last June", "XXXX-06"));
    sentence = new Sentence(0, 0, TEXT.length(), tokens, List.of(), List.of(), timexes);
  }

  private static TimeExpression timex(String words, String value) {
    int start = TEXT.indexOf(words);
    return new TimeExpression(start, start + words.length(), words, "DATE", value, "sutime");
  }

  @Benchmark
  public List<TimeMention> normaliseSentence() {
    return tagger.mentions(sentence, TEXT, PUBLISHED);
  }
}
