package org.annals.eval.plover;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annals.eval.bench.CorpusReader;
import org.annals.eval.timeml.TimemlDocument;
import org.annals.eval.timeml.TimemlReader;
import org.annals.model.Article;
import org.annals.model.BadInputException;

/**
 * The article texts of a corpus by URL, for gold records that point into them with character
 * offsets: a CSV corpus ({@code url,date,title,text}, as {@code ../shared/corpora/wikinews}), or a
 * TimeML corpus ({@code *.tml} files in any sub-folder, as TimeBank and AQUAINT), whose articles are
 * named by their path under the corpus folder ({@code AQUAINT/APW19980807.0261.tml}) and dated by
 * their DCT. Immutable; thread-safe.
 */
public final class CorpusTexts {
  private final Path dir;
  private final Map<String, Article> byUrl = new HashMap<>();

  private CorpusTexts(Path dir, List<Article> articles) {
    this.dir = dir;
    for (Article a : articles) {
      byUrl.putIfAbsent(a.url(), a);
    }
  }

  /** Reads every {@code *.csv} file of {@code dir} and every {@code *.tml} file under it. */
  public static CorpusTexts read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException("corpus " + dir + ": not a directory (the gold records point into"
          + " its articles; e.g. ../shared/corpora/wikinews)");
    }
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir); Stream<Path> all = Files.walk(dir)) {
      articles.addAll(CorpusReader.read(files.filter(f -> f.toString().endsWith(".csv")).sorted().toList(), 0));
      TimemlReader timeml = new TimemlReader();
      for (Path f : all.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
        articles.add(timemlArticle(dir, f, timeml.read(f)));
      }
    } catch (java.io.IOException e) {
      throw new BadInputException("corpus " + dir + ": cannot list: " + e.getMessage(), e);
    }
    return new CorpusTexts(dir, articles);
  }

  private static Article timemlArticle(Path dir, Path file, TimemlDocument doc) {
    String url = dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    return new Article(null, file.toString(), url, null, null, doc.dct(), "en", doc.text());
  }

  /** The article at {@code url}; errors name {@code where}. */
  public Article article(String url, String where) {
    Article a = byUrl.get(url);
    if (a == null) {
      throw new BadInputException(where + ": article " + url + " is not in the corpus " + dir);
    }
    return a;
  }

  /** The text {@code [start, end)} of the article at {@code url}; errors name {@code where}. */
  String sentence(String url, int start, int end, String where) {
    String text = article(url, where).text();
    if (start < 0 || end <= start || end > text.length()) {
      throw new BadInputException(where + ": offsets [" + start + ", " + end + ") are outside the "
          + text.length() + " characters of " + url);
    }
    return text.substring(start, end);
  }
}
