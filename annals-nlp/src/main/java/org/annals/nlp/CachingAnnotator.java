package org.annals.nlp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.annals.model.AnnalsException;
import org.annals.model.AnnotatedDoc;
import org.annals.model.Article;
import org.annals.model.Json;

/**
 * An annotator that keeps what another one produced in a directory and gives it back for the same
 * input, so that re-coding the same articles after a lexicon or rule change (an {@code eval}, a
 * {@code code} run) costs the coding stages only. CoreNLP annotation is over 99 % of coding time.
 *
 * <p>An entry is keyed by SHA-256 over the annotator's description, the publication date (SUTime
 * resolves relative dates against it) and the exact text; it holds the annotation as gzipped JSON
 * ({@code KEY[0..2]/KEY.json.gz}). The cached document is returned with the caller's article
 * (id, file, title may differ for the same text). The delegate is built on the first miss only, so
 * a run whose every article is cached loads no models. An entry that cannot be read (truncated by
 * a crash, another version's format) counts as a miss and is rewritten; entries are written to a
 * temporary file and moved into place, so a crash never leaves a partial entry under its key.
 * Only annotators whose output depends on nothing but the article may be cached (not the
 * {@code fast} profile, whose gate depends on the lexicon).
 *
 * <p>Thread-safe: the delegate is built once under a lock; entries are immutable files written
 * atomically (two threads annotating the same text write the same entry).
 */
public final class CachingAnnotator implements Annotator {
  /** Derived properties the records also write ({@code Token.isVerb()} as "verb") are skipped on reading. */
  private static final ObjectReader READER = Json.MAPPER.readerFor(AnnotatedDoc.class)
      .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Supplier<Annotator> factory;
  private final String description;
  private final Path dir;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private volatile Annotator delegate;

  /**
   * @param factory builds the real annotator (called at most once, on the first miss)
   * @param description the real annotator's {@link Annotator#describe()}, part of every key
   * @param dir the cache directory (created if absent)
   */
  public CachingAnnotator(Supplier<Annotator> factory, String description, Path dir) {
    this.factory = factory;
    this.description = description;
    this.dir = dir;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new AnnalsException("annotation cache: cannot create directory " + dir + ": " + e.getMessage(), e);
    }
    if (!Files.isWritable(dir)) {
      throw new AnnalsException("annotation cache: directory " + dir + " is not writable");
    }
  }

  @Override
  public AnnotatedDoc annotate(Article article) {
    Path entry = entry(article);
    AnnotatedDoc cached = read(entry);
    if (cached != null) {
      hits.increment();
      return new AnnotatedDoc(article, cached.sentences(), cached.annotator());
    }
    misses.increment();
    AnnotatedDoc doc = delegate().annotate(article);
    write(entry, doc);
    return doc;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public Map<String, Long> timings() {
    Annotator d = delegate;
    return d == null ? Map.of() : d.timings();
  }

  /** {@code cache-hit} and {@code cache-miss} since the last reset, plus the delegate's counts. */
  @Override
  public Map<String, Long> counts() {
    Annotator d = delegate;
    Map<String, Long> out = new java.util.LinkedHashMap<>(d == null ? Map.of() : d.counts());
    out.put("cache-hit", hits.sum());
    out.put("cache-miss", misses.sum());
    return out;
  }

  @Override
  public void resetTimings() {
    hits.reset();
    misses.reset();
    Annotator d = delegate;
    if (d != null) {
      d.resetTimings();
    }
  }

  /** The file that holds (or will hold) the annotation of {@code article}. */
  Path entry(Article article) {
    String key = Article.sha256Hex(description + "\n" + article.published() + "\n" + article.text());
    return dir.resolve(key.substring(0, 2)).resolve(key + ".json.gz");
  }

  private Annotator delegate() {
    Annotator d = delegate;
    if (d == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = factory.get();
        }
        d = delegate;
      }
    }
    return d;
  }

  private static AnnotatedDoc read(Path entry) {
    if (!Files.isRegularFile(entry)) {
      return null;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(entry))) {
      return READER.readValue(in);
    } catch (IOException | RuntimeException e) {
      return null; // unreadable: a miss, rewritten below
    }
  }

  private static void write(Path entry, AnnotatedDoc doc) {
    Path tmp = null;
    try {
      Files.createDirectories(entry.getParent());
      tmp = Files.createTempFile(entry.getParent(), "entry", ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
        Json.MAPPER.writeValue(out, doc);
      }
      try {
        Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new AnnalsException("annotation cache: cannot write " + entry + ": " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp != null) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the entry was never moved into place; a stray temporary file is harmless
      }
    }
  }
}
