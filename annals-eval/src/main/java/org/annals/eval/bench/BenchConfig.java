package org.annals.eval.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.model.BadInputException;

/**
 * Typed settings of {@code annals bench}, validated here; errors name the option.
 *
 * @param corpus CSV files (url,date,title,text)
 * @param threads the thread counts to run, each in turn (e.g. 1 and 2 to show scaling)
 * @param repeat measured passes over the corpus per thread count and workload
 * @param warmup articles processed (not measured) before the first measured pass of each thread
 *     count, by each workload
 * @param limit use only the first {@code limit} articles (0: all)
 */
public record BenchConfig(List<Path> corpus, List<Integer> threads, int repeat, int warmup, int limit) {
  public BenchConfig {
    corpus = List.copyOf(corpus);
    threads = List.copyOf(threads);
    if (corpus.isEmpty()) {
      throw new BadInputException("bench: no corpus files given");
    }
    for (Path p : corpus) {
      if (!Files.isReadable(p)) {
        throw new BadInputException("bench: corpus " + p + " is not a readable file");
      }
    }
    if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1 || t > 256)) {
      throw new BadInputException("bench: --threads must be between 1 and 256, got " + threads);
    }
    if (repeat < 1) {
      throw new BadInputException("bench: --repeat must be at least 1, got " + repeat);
    }
    if (warmup < 0 || limit < 0) {
      throw new BadInputException("bench: --warmup and --limit must not be negative");
    }
  }
}
