package org.annals.eval.timeml;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.nlp.Annotator;
import org.annals.nlp.time.TimeTagger;

/**
 * Scores Annals' temporal tagger and the plain SUTime baseline against TimeML gold in one run:
 * each document is annotated once (with its DCT as the document date); the baseline is SUTime's
 * timexes from that annotation, Annals' result is {@link TimeTagger} over the same annotation.
 *
 * <p>Thread-safety: thread-safe if the annotator is (the run keeps its state on the stack).
 */
public final class TimemlEvaluation {
  private final Supplier<Annotator> annotator;
  private final TimeTagger tagger;
  private final TimemlReader reader = new TimemlReader();

  /**
   * @param annotator makes the annotator when the first well-formed document needs it (so a folder
   *     of malformed files is reported without loading models); called at most once per run
   */
  public TimemlEvaluation(Supplier<Annotator> annotator, TimeTagger tagger) {
    this.annotator = Objects.requireNonNull(annotator);
    this.tagger = Objects.requireNonNull(tagger);
  }

  public TimemlEvaluation(Annotator annotator, TimeTagger tagger) {
    this(() -> annotator, tagger);
  }

  /** All {@code .tml} files under {@code dir}, sorted; a plain file is returned as is. */
  public static List<Path> files(Path dir) {
    if (Files.isRegularFile(dir)) {
      return List.of(dir);
    }
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir + ": no such directory");
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".tml") && Files.isRegularFile(p))
          .sorted(Comparator.comparing(Path::toString)).toList();
    } catch (IOException e) {
      throw new BadInputException(dir + ": cannot list: " + e.getMessage(), e);
    }
  }

  /** Runs over every TimeML file under {@code dir}; progress (may be null) gets one line per file. */
  public TimemlReport run(Path dir, PrintStream progress) {
    long t0 = System.nanoTime();
    List<Path> files = files(dir);
    if (files.isEmpty()) {
      throw new BadInputException(dir + ": no .tml files");
    }
    List<String> skipped = new ArrayList<>();
    List<TimexMiss> errors = new ArrayList<>();
    TimexCounts annals = TimexCounts.ZERO;
    TimexCounts baseline = TimexCounts.ZERO;
    int done = 0;
    Annotator ann = null;
    for (Path f : files) {
      if (progress != null) {
        progress.printf("[%d/%d] %s%n", done + skipped.size() + 1, files.size(), f.getFileName());
      }
      TimemlDocument doc;
      try {
        doc = reader.read(f);
      } catch (BadInputException e) {
        skipped.add(e.getMessage());
        continue;
      }
      if (ann == null) {
        ann = annotator.get();
      }
      AnnotatedDoc annotated = ann.annotate(Article.of(doc.text(), doc.dct()).withFile(doc.file()));
      List<TimeExpression> mine = tagger.tag(annotated);
      annals = annals.plus(TimexCounts.of(doc.gold(), mine));
      baseline = baseline.plus(TimexCounts.of(doc.gold(), sutime(annotated)));
      errors.addAll(misses(doc, mine));
      done++;
    }
    return new TimemlReport(done, skipped, annals, baseline, errors, (System.nanoTime() - t0) / 1e9);
  }

  static List<TimeExpression> sutime(AnnotatedDoc doc) {
    return doc.sentences().stream().map(Sentence::timexes).flatMap(List::stream).toList();
  }

  /** Errors of {@code system} against the document's gold, in text order. */
  public static List<TimexMiss> misses(TimemlDocument doc, List<TimeExpression> system) {
    List<TimexMiss> out = new ArrayList<>();
    for (TimeExpression g : doc.gold()) {
      TimeExpression s = TimexCounts.match(g, system).orElse(null);
      String kind = s == null ? "missed"
          : !Objects.equals(g.value(), s.value()) ? "value"
          : !Objects.equals(g.type(), s.type()) ? "type"
          : !TimexCounts.sameSpan(g, s) ? "span" : null;
      if (kind != null) {
        out.add(new TimexMiss(doc.file(), kind, g, s, context(doc.text(), g.start(), g.end())));
      }
    }
    for (TimeExpression s : system) {
      if (doc.gold().stream().noneMatch(g -> TimexCounts.overlap(g, s) > 0)) {
        out.add(new TimexMiss(doc.file(), "spurious", null, s, context(doc.text(), s.start(), s.end())));
      }
    }
    out.sort(Comparator.comparingInt(m -> m.gold() != null ? m.gold().start() : m.system().start()));
    return out;
  }

  static String context(String text, int start, int end) {
    int b = Math.max(0, start - 60);
    int e = Math.min(text.length(), end + 60);
    return (text.substring(b, start) + "[" + text.substring(start, end) + "]" + text.substring(end, e))
        .replaceAll("\\s+", " ").strip();
  }
}
