package org.annals.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.annals.kb.BundledKnowledgeBase;
import org.annals.kb.Entity;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.NameMatch;
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
 * Lexicon matching and actor look-up in the bundled knowledge base: {@link KnowledgeBase#matchAt}
 * at every token of a sentence (what actor resolution does), a dated office-holder look-up, and a
 * surname look-up. The sentence is the project's own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ActorLookupBench {
  static final List<String> WORDS = List.of(("The French foreign minister told the Kremlin on Monday that "
      + "President Vladimir Putin and the United Nations Security Council should meet in Geneva .").split(" "));

  private final KnowledgeBase kb = BundledKnowledgeBase.load();
  private final LocalDate date = LocalDate.of(2025, 7, 3);

  @Benchmark
  public List<NameMatch> matchEveryTokenOfASentence() {
    List<NameMatch> out = new ArrayList<>();
    for (int i = 0; i < WORDS.size(); i++) {
      out.addAll(kb.matchAt(WORDS, i));
    }
    return out;
  }

  @Benchmark
  public Optional<Entity> officeHolderOnADate() {
    return kb.holder("USA", "HEAD_OF_STATE", date);
  }

  @Benchmark
  public List<Entity> personsBySurname() {
    return kb.persons("Putin");
  }
}
