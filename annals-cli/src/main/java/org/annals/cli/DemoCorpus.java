package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.AnnalsException;
import org.annals.model.Article;
import org.annals.model.Json;

/**
 * The demo corpus bundled under {@code org/annals/demo/}: short fictional news reports written by
 * the project from public facts, listed in {@code manifest.json}. Stateless.
 */
final class DemoCorpus {
  private static final String DIR = "/org/annals/demo/";

  private DemoCorpus() {}

  /** All demo articles with outlet, title, URL and publication date; ids derive from the text. */
  static List<Article> load() {
    JsonNode manifest;
    try {
      manifest = Json.MAPPER.readTree(read("manifest.json")).path("articles");
    } catch (IOException e) {
      throw new AnnalsException("demo corpus: manifest.json is not valid JSON: " + e.getMessage(), e);
    }
    List<Article> out = new ArrayList<>();
    for (JsonNode a : manifest) {
      String text = read(a.path("file").asText());
      out.add(new Article(null, "demo/" + a.path("file").asText(), a.path("url").asText(), a.path("title").asText(),
          a.path("outlet").asText(), LocalDate.parse(a.path("published").asText()), "en", text));
    }
    return out;
  }

  /** The articles as a temporary JSON Lines file (text, published, url, title, outlet). */
  static Path writeJsonLines(List<Article> articles) {
    try {
      Path file = Files.createTempFile("annals-demo-", ".jsonl");
      StringBuilder b = new StringBuilder();
      for (Article a : articles) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("text", a.text());
        row.put("published", a.published().toString());
        row.put("url", a.url());
        row.put("title", a.title());
        row.put("outlet", a.outlet());
        b.append(Json.write(row)).append('\n');
      }
      Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new AnnalsException("demo corpus: cannot write a temporary file: " + e.getMessage(), e);
    }
  }

  private static String read(String name) {
    try (InputStream in = DemoCorpus.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new AnnalsException("demo corpus: missing resource " + DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AnnalsException("demo corpus: cannot read " + DIR + name, e);
    }
  }
}
