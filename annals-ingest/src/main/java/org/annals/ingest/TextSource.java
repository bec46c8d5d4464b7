package org.annals.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.annals.model.Article;
import org.annals.model.BadInputException;
import org.annals.model.TextInput;

/**
 * A plain-text file holding one article. The publication date comes from a sidecar {@code
 * NAME.meta.json} (fields published/url/title/outlet; {@code a.txt.meta.json} or {@code
 * a.meta.json}), else from {@code --published}, else from a dateline ("MOSCOW, July 3, 2025 —").
 * Not thread-safe (read once).
 */
final class TextSource extends AbstractSource {
  private final ReadOptions options;

  TextSource(ByteInput input, ReadOptions options) {
    super(input);
    this.options = options;
  }

  @Override
  protected void readItems(Consumer<SourceItem> out) throws IOException {
    String text;
    try {
      text = TextInput.decode(input.readAll(TextInput.MAX_BYTES), name());
    } catch (SkipException e) {
      throw e;
    } catch (BadInputException e) {
      throw new SkipException(FailureCode.NO_TEXT, stripName(e.getMessage()));
    }
    Sidecar meta = Sidecar.find(input.path());
    LocalDate published = meta.published() != null ? meta.published()
        : options.published() != null ? options.published() : Dates.dateline(text);
    out.accept(new SourceItem.Parsed(name(), "", new Article(null, name(), meta.url(), meta.title(),
        meta.outlet(), published, null, text)));
  }

  private String stripName(String message) {
    return message.startsWith(name() + ": ") ? message.substring(name().length() + 2) : message;
  }
}
