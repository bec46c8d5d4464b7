package org.annals.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.annals.model.Article;

/**
 * An RSS or Atom feed, from a file or an http(s) URL (parsed with Rome; DOCTYPEs are refused). Each
 * entry's text is its content or summary with HTML removed; with {@code --fetch-links} the linked
 * page is fetched and extracted instead, with the entry's title and date as fallbacks. Entry dates
 * are taken in UTC. Not thread-safe (read once).
 */
final class FeedSource extends AbstractSource {
  /** Feeds are parsed whole; larger ones are refused. */
  static final int MAX_FEED_BYTES = 64 * 1024 * 1024;
  private final ReadOptions options;
  private final HttpFetcher fetcher;
  private final String url;

  /** A feed file or stream. */
  FeedSource(ByteInput input, ReadOptions options, HttpFetcher fetcher) {
    super(input);
    this.options = options;
    this.fetcher = fetcher;
    this.url = null;
  }

  /** A feed at an http(s) URL. */
  FeedSource(String url, ReadOptions options, HttpFetcher fetcher) {
    super(new ByteInput(url, null, false, () -> {
      throw new IllegalStateException("URL feeds are fetched, not opened");
    }));
    this.options = options;
    this.fetcher = fetcher;
    this.url = url;
  }

  @Override
  protected void readItems(Consumer<SourceItem> out) throws IOException {
    byte[] bytes = url != null ? fetcher.get(url).body() : input.readAll(MAX_FEED_BYTES);
    SyndFeed feed = parse(bytes);
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      String loc = "entry " + (i + 1) + (e.getLink() == null ? "" : " (" + e.getLink() + ")");
      try {
        out.accept(new SourceItem.Parsed(name(), loc, article(feed, e)));
      } catch (SkipException ex) {
        out.accept(fail(loc, ex));
      }
    }
  }

  private static SyndFeed parse(byte[] bytes) throws IOException {
    try {
      SyndFeedInput in = new SyndFeedInput();
      in.setAllowDoctypes(false);
      return in.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new SkipException(FailureCode.NOT_PARSABLE, "not an RSS or Atom feed (" + e.getMessage() + ")", e);
    }
  }

  private Article article(SyndFeed feed, SyndEntry e) {
    String outlet = blankToNull(feed.getTitle());
    LocalDate published = date(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
    if (published == null) {
      published = options.published();
    }
    if (options.fetchLinks() && e.getLink() != null && HttpFetcher.isHttp(e.getLink())) {
      HttpFetcher.Page page = fetcher.get(e.getLink());
      Article a = HtmlExtractor.extract(page.body(), page.uri().toString(), name());
      return new Article(null, name(), a.url() != null ? a.url() : e.getLink(),
          a.title() != null ? a.title() : blankToNull(e.getTitle()), a.outlet() != null ? a.outlet() : outlet,
          a.published() != null ? a.published() : published, a.language(), a.text());
    }
    String text = HtmlExtractor.fragmentText(html(e));
    if (text.codePoints().noneMatch(Character::isLetter)) {
      throw new SkipException(FailureCode.NO_TEXT, "entry has no text"
          + (options.fetchLinks() ? "" : " (--fetch-links fetches the linked page)"));
    }
    return new Article(null, name(), blankToNull(e.getLink()), blankToNull(e.getTitle()), outlet, published, null, text);
  }

  private static String html(SyndEntry e) {
    String content = e.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
        .collect(Collectors.joining("\n"));
    if (!content.isBlank()) {
      return content;
    }
    return e.getDescription() == null || e.getDescription().getValue() == null ? "" : e.getDescription().getValue();
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
