package org.annals.ingest;

import java.io.IOException;
import java.util.function.Consumer;
import org.annals.model.Article;
import org.annals.model.TextInput;

/**
 * An HTML file holding one news page ({@link HtmlExtractor}). Metadata from a sidecar {@code
 * NAME.meta.json} wins over the page's own; the date falls back to {@code --published}. Not
 * thread-safe (read once).
 */
final class HtmlSource extends AbstractSource {
  private final ReadOptions options;

  HtmlSource(ByteInput input, ReadOptions options) {
    super(input);
    this.options = options;
  }

  @Override
  protected void readItems(Consumer<SourceItem> out) throws IOException {
    byte[] bytes = input.readAll(TextInput.MAX_BYTES);
    Article a = HtmlExtractor.extract(bytes, "", name());
    Sidecar meta = Sidecar.find(input.path());
    a = new Article(null, name(), first(meta.url(), a.url()), first(meta.title(), a.title()),
        first(meta.outlet(), a.outlet()), meta.published() != null ? meta.published()
        : a.published() != null ? a.published() : options.published(), a.language(), a.text());
    out.accept(new SourceItem.Parsed(name(), "", a));
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
