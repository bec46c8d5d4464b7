package org.annals.eval.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.eval.common.GoldFiles;
import org.annals.eval.common.Problem;
import org.annals.model.BadInputException;
import org.annals.model.Span;

/**
 * Reads an article reference coding. A file that is not a JSON object is an error naming the file;
 * an item (event, forbidden entry, claim) with a missing or malformed field becomes a
 * {@link Problem} naming the file and the item, and the other items are read. Stateless.
 */
public final class ArticleGoldReader {
  /** The gold and what was wrong with the items that could not be read. */
  public record Result(ArticleGold gold, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /** A malformed item field; caught per item. */
  private static final class ItemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ItemException(String message) {
      super(message, null, false, false);
    }
  }

  private ArticleGoldReader() {}

  public static Result read(Path file) {
    return parse(GoldFiles.read(file), file.toString());
  }

  public static Result parse(String json, String name) {
    JsonNode root = GoldFiles.parse(json, name);
    if (root == null || !root.isObject()) {
      throw new BadInputException(name + ": expected a JSON object with events, forbidden and claims");
    }
    List<Problem> problems = new ArrayList<>();
    LocalDate published = null;
    if (root.hasNonNull("published")) {
      try {
        published = LocalDate.parse(root.get("published").asText());
      } catch (DateTimeParseException e) {
        problems.add(new Problem(name, "(article)", "published is not a date: " + root.get("published")));
      }
    }
    List<ArticleGold.Event> events = items(root, "events", name, problems, ArticleGoldReader::event);
    List<ArticleGold.Forbidden> forbidden = items(root, "forbidden", name, problems, ArticleGoldReader::forbidden);
    List<ArticleGold.ClaimGold> claims = items(root, "claims", name, problems, ArticleGoldReader::claim);
    String article = root.path("article").isTextual() ? root.get("article").asText() : null;
    return new Result(new ArticleGold(article, published, events, forbidden, claims), problems);
  }

  private interface ItemParser<T> {
    T parse(JsonNode node, String id);
  }

  private static <T> List<T> items(JsonNode root, String field, String file, List<Problem> problems,
      ItemParser<T> parser) {
    List<T> out = new ArrayList<>();
    JsonNode arr = root.path(field);
    if (arr.isMissingNode() || arr.isNull()) {
      return out;
    }
    if (!arr.isArray()) {
      problems.add(new Problem(file, field, "is not a list; section skipped"));
      return out;
    }
    for (int i = 0; i < arr.size(); i++) {
      JsonNode n = arr.get(i);
      String id = n.path("id").isTextual() ? n.get("id").asText() : field + "#" + (i + 1);
      try {
        out.add(parser.parse(n, id));
      } catch (ItemException e) {
        problems.add(new Problem(file, id, e.getMessage() + "; skipped"));
      }
    }
    return out;
  }

  private static ArticleGold.Event event(JsonNode n, String id) {
    String required = text(n, "required", true);
    if (!"must".equals(required) && !"should".equals(required)) {
      throw new ItemException("required is " + n.get("required") + ", expected \"must\" or \"should\"");
    }
    JsonNode d = n.path("date");
    ArticleGold.DateGold date = d.isObject()
        ? new ArticleGold.DateGold(text(d, "value", true), text(d, "precision", true)) : null;
    JsonNode a = n.path("attribution");
    ArticleGold.AttributionGold attribution = a.isObject()
        ? new ArticleGold.AttributionGold(a.path("required").asBoolean(false), text(a, "name_should", false))
        : null;
    Map<String, String> attributes = new LinkedHashMap<>();
    n.path("attributes").fields().forEachRemaining(f -> attributes.put(f.getKey(), f.getValue().asText()));
    return new ArticleGold.Event(id, required, text(n, "event", true), text(n, "mode", false),
        n.path("symmetric").asBoolean(false), participants(n, "actors"), participants(n, "recipients"),
        date, attributes, text(n, "modality", false), attribution, span(n));
  }

  private static ArticleGold.Forbidden forbidden(JsonNode n, String id) {
    List<String> events = strings(n, "event");
    if (events.isEmpty()) {
      throw new ItemException("missing field event (a list of event types)");
    }
    return new ArticleGold.Forbidden(id, events, text(n, "mode_not", false), strings(n, "countries"),
        span(n), text(n, "why", false));
  }

  private static ArticleGold.ClaimGold claim(JsonNode n, String id) {
    return new ArticleGold.ClaimGold(id, text(n, "kind", true), span(n), text(n, "text", false),
        text(n, "truth", false));
  }

  private static String text(JsonNode n, String field, boolean required) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new ItemException("missing field " + field);
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new ItemException("field " + field + " is " + v + ", expected text");
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode n, String field) {
    JsonNode v = n.path(field);
    List<String> out = new ArrayList<>();
    if (v.isTextual()) {
      out.add(v.asText());
    } else if (v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  private static List<ArticleGold.Participant> participants(JsonNode n, String field) {
    List<ArticleGold.Participant> out = new ArrayList<>();
    for (JsonNode p : n.path(field)) {
      out.add(new ArticleGold.Participant(text(p, "country", false), text(p, "sector", false),
          text(p, "name", false)));
    }
    return out;
  }

  private static Span span(JsonNode n) {
    JsonNode s = n.get("span");
    if (s == null || !s.isArray() || s.size() != 2 || !s.get(0).isInt() || !s.get(1).isInt()
        || s.get(0).asInt() < 0 || s.get(1).asInt() < s.get(0).asInt()) {
      throw new ItemException(s == null ? "missing field span" : "span is " + s + ", expected [start, end]");
    }
    return new Span(s.get(0).asInt(), s.get(1).asInt());
  }
}
