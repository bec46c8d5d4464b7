package org.annals.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Main text and metadata of a news page. Boilerplate (navigation, headers, footers, asides,
 * scripts, forms, elements whose class or id names a menu, share bar, comments, adverts...) is
 * dropped; the text is the article element ({@code article}, {@code main}, {@code
 * itemprop=articleBody}) or else the element holding most paragraph text, as paragraphs separated
 * by blank lines. Metadata comes from {@link HtmlMetadata}. Pure and thread-safe.
 */
public final class HtmlExtractor {
  private static final String DROP = "script, style, noscript, template, iframe, svg, canvas, form, button, "
      + "select, nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo], "
      + "[role=complementary], [hidden], [aria-hidden=true]";
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)(?:^|[-_\\s])(nav|navbar|menu|footer|sidebar|comments?|share|sharing|social|related|advert|ads?|"
          + "promo|cookies?|breadcrumbs?|newsletter|subscribe|byline-share|masthead|skip-link)(?:$|[-_\\s])");
  private static final Set<String> KEEP = Set.of("html", "body", "article", "main");
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, figcaption, td";

  private HtmlExtractor() {}

  /**
   * Extracts an article from HTML bytes (charset from BOM or meta tag, else UTF-8).
   *
   * @param baseUri the page's URL if known (for relative links and as fallback URL), or ""
   * @throws SkipException NO_TEXT when the page has no article text
   */
  public static Article extract(byte[] html, String baseUri, String file) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(html), null, baseUri == null ? "" : baseUri);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return extract(doc, baseUri, file);
  }

  /** Extracts an article from a parsed document (which is modified: boilerplate is removed). */
  public static Article extract(Document doc, String baseUri, String file) {
    HtmlMetadata meta = HtmlMetadata.of(doc, baseUri);
    String text = mainText(doc);
    if (text.codePoints().noneMatch(Character::isLetter)) {
      throw new SkipException(FailureCode.NO_TEXT, "no article text in the page (empty, or only navigation and boilerplate)");
    }
    LocalDate published = meta.published();
    return new Article(null, file, meta.url(), meta.title(), meta.outlet(), published, meta.language(), text);
  }

  /** The text of an HTML fragment (e.g. a feed entry's content), paragraphs separated by blank lines. */
  public static String fragmentText(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    return blocksText(doc.body());
  }

  static String mainText(Document doc) {
    doc.select(DROP).remove();
    for (Element e : doc.getAllElements()) {
      if (!KEEP.contains(e.normalName()) && e.parent() != null && isBoilerplate(e)) {
        e.remove();
      }
    }
    return blocksText(root(doc));
  }

  private static boolean isBoilerplate(Element e) {
    String cls = e.className();
    String id = e.id();
    return !cls.isEmpty() && BOILERPLATE.matcher(cls).find() || !id.isEmpty() && BOILERPLATE.matcher(id).find();
  }

  private static Element root(Document doc) {
    Element body = doc.body();
    Element best = largest(doc.select("[itemprop=articleBody]"));
    if (best == null) {
      best = largest(doc.select("article"));
    }
    if (best == null) {
      best = largest(doc.select("main, [role=main]"));
    }
    if (best == null || best.text().length() < 200) {
      Element dense = densest(doc);
      if (dense != null && (best == null || dense.text().length() > 2 * best.text().length())) {
        best = dense;
      }
    }
    return best == null ? body : best;
  }

  private static Element largest(Elements els) {
    return els.stream().max(Comparator.comparingInt(e -> e.text().length())).orElse(null);
  }

  /** The parent of the most paragraph text. */
  private static Element densest(Document doc) {
    Map<Element, Integer> score = new IdentityHashMap<>();
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private static String blocksText(Element root) {
    if (root == null) {
      return "";
    }
    Elements blocks = root.select(BLOCKS);
    StringBuilder sb = new StringBuilder();
    for (Element b : blocks) {
      if (!b.select(BLOCKS).stream().allMatch(x -> x == b)) {
        continue; // a container of other blocks: its children are emitted themselves
      }
      String t = b.text().strip();
      if (!t.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : "\n\n").append(t);
      }
    }
    if (sb.length() == 0) {
      return root.text().strip();
    }
    return sb.toString();
  }
}
