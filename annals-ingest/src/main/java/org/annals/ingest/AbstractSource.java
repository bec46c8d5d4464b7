package org.annals.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.annals.model.Article;
import org.annals.model.BadInputException;

/**
 * Turns everything a concrete source throws into a {@link SourceItem.Failure} for the whole source
 * (record-level problems are reported by the subclass with {@link #fail}), and reports a source
 * that yields nothing at all. Not thread-safe.
 */
abstract class AbstractSource implements Source {
  protected final ByteInput input;

  AbstractSource(ByteInput input) {
    this.input = input;
  }

  @Override
  public String name() {
    return input.name();
  }

  @Override
  public final void read(Consumer<SourceItem> sink) {
    int[] emitted = {0};
    Consumer<SourceItem> out = item -> {
      emitted[0]++;
      sink.accept(item instanceof SourceItem.Parsed p ? clean(p) : item);
    };
    try {
      readItems(out);
      if (emitted[0] == 0) {
        out.accept(fail("", FailureCode.NO_TEXT, "no articles found (no records, or none that are news pages)"));
      }
    } catch (IngestCancelledException e) {
      throw e;
    } catch (IOException e) {
      out.accept(fail("", ioCode(e), describe(e)));
    } catch (UncheckedIOException e) {
      out.accept(fail("", ioCode(e.getCause()), describe(e.getCause())));
    } catch (SkipException e) {
      out.accept(fail("", e.code(), e.getMessage()));
    } catch (BadInputException e) {
      out.accept(fail("", FailureCode.NOT_PARSABLE, e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      out.accept(fail("", FailureCode.INTERNAL, "internal error while reading: " + e));
    }
  }

  /** The article without what no store can hold ({@link Texts}); a failure when no text is left. */
  private SourceItem clean(SourceItem.Parsed p) {
    Article a = Texts.clean(p.article());
    if (a == p.article()) {
      return p;
    }
    if (a.text().codePoints().noneMatch(Character::isLetter)) {
      return fail(p.locator(), FailureCode.NO_TEXT, "no text left without NUL characters and lone surrogates");
    }
    return new SourceItem.Parsed(p.source(), p.locator(), a);
  }

  /** Emits the items; may throw for problems that end the whole source. */
  protected abstract void readItems(Consumer<SourceItem> out) throws IOException;

  protected SourceItem.Failure fail(String locator, FailureCode code, String reason) {
    return new SourceItem.Failure(name(), locator, code, reason);
  }

  protected SourceItem.Failure fail(String locator, SkipException e) {
    return fail(locator, e.code(), e.getMessage());
  }

  static FailureCode ioCode(Throwable e) {
    if (e instanceof ZipException || e instanceof EOFException) {
      return FailureCode.CORRUPT;
    }
    return FailureCode.UNREADABLE;
  }

  static String describe(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof ZipException) {
      return "corrupt gzip data (" + e.getMessage() + ")";
    }
    if (e instanceof EOFException) {
      return "truncated: unexpected end of data" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }
    return "cannot read (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
  }
}
