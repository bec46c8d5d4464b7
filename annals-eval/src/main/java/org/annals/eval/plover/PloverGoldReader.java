package org.annals.eval.plover;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.eval.common.CountryCodes;
import org.annals.eval.common.GoldFiles;
import org.annals.eval.common.Problem;
import org.annals.model.BadInputException;

/**
 * Reads PLOVER gold standard records (a JSON array of records as in the PLOVER repository's
 * {@code PLOVER_GSR_CAMEO.txt}). A file that is not a JSON array is an error naming the file; a
 * bad record (missing {@code text} or {@code event}, a {@code source}/{@code target} that is not a
 * list) becomes a {@link Problem} naming the file and record, and the other records are read. The
 * DOCUMENT header record is skipped. Gold codes that resolve to no country are reported as
 * problems too. Stateless and thread-safe.
 */
public final class PloverGoldReader {
  /** The usable records and what was wrong with the others. */
  public record GoldSet(List<PloverGold> records, List<Problem> problems) {
    public GoldSet {
      records = List.copyOf(records);
      problems = List.copyOf(problems);
    }
  }

  private PloverGoldReader() {}

  public static GoldSet read(Path file) {
    return parse(GoldFiles.read(file), file.toString());
  }

  /**
   * Reads gold records that give their sentence as {@code url}, {@code start}, {@code end} (character
   * offsets into that article of {@code corpus}) instead of {@code text}, as the project's own
   * Wikinews gold does (the sentences are not copied into the project).
   */
  public static GoldSet read(Path file, CorpusTexts corpus) {
    return parse(GoldFiles.read(file), file.toString(), corpus);
  }

  public static GoldSet parse(String json, String name) {
    return parse(json, name, null);
  }

  static GoldSet parse(String json, String name, CorpusTexts corpus) {
    JsonNode root = GoldFiles.parse(json, name);
    if (root == null || !root.isArray()) {
      throw new BadInputException(name + ": expected a JSON array of PLOVER records");
    }
    List<PloverGold> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode r = root.get(i);
      String id = r.hasNonNull("id") && r.get("id").isTextual() ? r.get("id").asText() : "#" + (i + 1);
      if (r.isObject() && "DOCUMENT".equals(r.path("event").asText())) {
        continue;
      }
      List<Problem> mine = new ArrayList<>();
      PloverGold g = record(withText(r, id, name, corpus), id, name, mine);
      if (g != null && corpus != null && r.has("url") && r.has("start") && !r.has("text")) {
        org.annals.model.Article a = corpus.article(r.path("url").asText(), name + ": record " + id);
        g = new PloverGold(g.id(), g.text(), g.event(), g.mode(), g.originalEvent(), g.sources(),
            g.targets(), g.triggers(), new PloverGold.InArticle(a.url(), a.text(), a.published(),
                r.path("start").asInt()));
      }
      problems.addAll(mine);
      if (g != null) {
        records.add(g);
      }
    }
    return new GoldSet(records, problems);
  }

  /** A record whose sentence is given by corpus offsets, with its text filled in. */
  private static JsonNode withText(JsonNode r, String id, String file, CorpusTexts corpus) {
    if (!r.isObject() || r.has("text") || !r.has("url") || !r.has("start")) {
      return r;
    }
    if (corpus == null) {
      throw new BadInputException(file + ": record " + id + " gives its sentence by url and offsets;"
          + " name the corpus that holds it (--corpus DIR)");
    }
    String text = corpus.sentence(r.path("url").asText(), r.path("start").asInt(-1),
        r.path("end").asInt(-1), file + ": record " + id);
    com.fasterxml.jackson.databind.node.ObjectNode copy =
        ((com.fasterxml.jackson.databind.node.ObjectNode) r).deepCopy();
    copy.put("text", text);
    return copy;
  }

  private static PloverGold record(JsonNode r, String id, String file, List<Problem> problems) {
    if (!r.isObject()) {
      problems.add(new Problem(file, id, "not a JSON object; skipped"));
      return null;
    }
    String text = textField(r, "text");
    String event = textField(r, "event");
    if (text == null || event == null) {
      problems.add(new Problem(file, id, "missing or non-text field "
          + (text == null ? "text" : "event") + "; skipped"));
      return null;
    }
    PloverMapping.Mapped mapped = PloverMapping.map(event, textField(r, "mode"));
    List<GoldActor> sources = actors(r, "source", false, id, file, problems);
    List<GoldActor> targets = actors(r, "target", true, id, file, problems);
    String markup = r.path("textInfo").path("markup").isTextual()
        ? r.path("textInfo").path("markup").asText() : null;
    List<org.annals.model.Span> triggers = markup != null ? GoldMarkup.triggers(markup, text)
        : GoldMarkup.words(textField(r, "trigger"), text);
    return new PloverGold(id, text, mapped.event(), mapped.mode(), event, sources, targets,
        triggers, null);
  }

  private static String textField(JsonNode r, String field) {
    JsonNode n = r.get(field);
    return n != null && n.isTextual() ? n.asText() : null;
  }

  /** The actors of one side, or null (with a problem) when the field is unusable. */
  private static List<GoldActor> actors(
      JsonNode r, String field, boolean optional, String id, String file, List<Problem> problems) {
    JsonNode n = r.get(field);
    if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
      if (optional) {
        return List.of();
      }
      problems.add(new Problem(file, id, "missing field " + field + "; excluded from " + field + " scores"));
      return null;
    }
    if (!n.isArray()) {
      problems.add(new Problem(file, id, "field " + field + " is " + n + ", not a list of actors; excluded from "
          + field + " scores"));
      return null;
    }
    List<GoldActor> out = new ArrayList<>();
    for (JsonNode a : n) {
      String code = a.path("code").isTextual() ? a.path("code").asText() : null;
      String country = CountryCodes.resolve(code).orElse(null);
      if (country == null) {
        problems.add(new Problem(file, id, field + " code " + (code == null ? "(missing)" : code)
            + " (" + a.path("actorText").asText("?") + ") does not resolve to a country; excluded from "
            + field + "-country scores"));
      } else if (CountryCodes.isAlias(code)) {
        problems.add(new Problem(file, id, field + " code " + code + " read as " + country));
      }
      out.add(new GoldActor(a.path("actorText").asText(null), code, country,
          PloverMapping.sector(a.path("sector").isTextual() ? a.path("sector").asText() : null)));
    }
    return out;
  }
}
