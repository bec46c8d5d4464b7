package org.annals.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The project's own test articles (written for these tests) and helpers to read sources. */
final class Fixtures {
  static final String NORWAY = "The foreign ministers of Norway and Chile met in Oslo to discuss cooperation "
      + "on fisheries and ocean research. Both ministers said the talks were productive and agreed to meet "
      + "again in Santiago next spring.\n\nOfficials from both countries will prepare a joint statement.";
  static final String KENYA = "Kenya's president received a delegation of Ethiopian officials in Nairobi on "
      + "Monday. The two sides signed an agreement on a new road link between the two countries and pledged "
      + "to expand trade along the border.";
  static final String CANADA = "Canada announced new sanctions on Tuesday against several companies accused of "
      + "supplying military equipment. The government said the measures would take effect immediately and "
      + "urged its allies to follow.";
  static final String GERMAN = "Die Außenminister Deutschlands und Frankreichs trafen sich am Dienstag in Berlin, "
      + "um über die gemeinsame Energiepolitik zu sprechen. Beide Seiten erklärten, die Gespräche seien "
      + "konstruktiv gewesen, und vereinbarten ein weiteres Treffen im Herbst.";
  static final String FRENCH = "Le président a reçu mardi à Paris une délégation de responsables marocains. Les "
      + "deux pays ont signé un accord sur la coopération universitaire et se sont engagés à renforcer leurs "
      + "échanges commerciaux au cours des prochaines années.";

  private Fixtures() {}

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.write(p, content);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<SourceItem> read(String arg) {
    return read(arg, ReadOptions.defaults());
  }

  static List<SourceItem> read(String arg, ReadOptions options) {
    List<SourceItem> out = new ArrayList<>();
    new SourceFactory(options).open(arg).read(out::add);
    return out;
  }

  static List<SourceItem> readStdin(byte[] bytes, ReadOptions options) {
    List<SourceItem> out = new ArrayList<>();
    new SourceFactory(options, new HttpFetcher(options.httpTimeout(), 1 << 20), new ByteArrayInputStream(bytes))
        .open("-").read(out::add);
    return out;
  }

  static List<SourceItem.Parsed> parsed(List<SourceItem> items) {
    return items.stream().filter(i -> i instanceof SourceItem.Parsed).map(i -> (SourceItem.Parsed) i).toList();
  }

  static List<SourceItem.Failure> failures(List<SourceItem> items) {
    return items.stream().filter(i -> i instanceof SourceItem.Failure).map(i -> (SourceItem.Failure) i).toList();
  }

  static String html(String title, String date, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + " | Example News</title>"
        + "<meta property=\"og:title\" content=\"" + title + "\">"
        + "<meta property=\"og:site_name\" content=\"Example News\">"
        + "<link rel=\"canonical\" href=\"https://news.example.org/story/1\">"
        + (date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "\">")
        + "<script>var tracking = 'Subscribe now to read more';</script></head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World news menu</a></nav></header>"
        + "<div class=\"share-bar\">Share this story on social media</div>"
        + "<article><h1>" + title + "</h1>" + paragraphs(body) + "</article>"
        + "<aside>Most read: an unrelated story about football</aside>"
        + "<footer>Copyright Example News. All rights reserved.</footer></body></html>";
  }

  static String paragraphs(String body) {
    StringBuilder sb = new StringBuilder();
    for (String p : body.split("\n\n")) {
      sb.append("<p>").append(p).append("</p>");
    }
    return sb.toString();
  }
}
