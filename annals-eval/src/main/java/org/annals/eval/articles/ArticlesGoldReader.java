package org.annals.eval.articles;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.annals.eval.common.CountryCodes;
import org.annals.eval.common.GoldFiles;
import org.annals.eval.common.Problem;
import org.annals.model.BadInputException;
import org.annals.model.IsoWeek;
import org.annals.model.Modality;
import org.annals.model.Span;

/**
 * Reads the article gold ({@code gold/articles/*.json}: a JSON array of articles, each with
 * {@code article}, {@code url}, {@code published} and {@code events}). A file that is not such an
 * array is an error naming the file; an article or event with a missing or malformed field is
 * reported as a {@link Problem} and left out. Stateless and thread-safe.
 */
public final class ArticlesGoldReader {
  private static final List<String> PRECISIONS = List.of("day", "week", "month", "year", "before");

  private ArticlesGoldReader() {}

  /** The gold articles and what was wrong with some of them. */
  public record Result(List<ArticlesGold> articles, List<Problem> problems) {
    public Result {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
    }
  }

  public static Result read(Path file) {
    return parse(GoldFiles.read(file), file.toString());
  }

  /** Parses {@code json}; {@code name} is the file name used in errors and problems. */
  public static Result parse(String json, String name) {
    JsonNode root = GoldFiles.parse(json, name);
    if (!root.isArray()) {
      throw new BadInputException(name + ": not a JSON array of gold articles");
    }
    List<ArticlesGold> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int i = 0;
    for (JsonNode a : root) {
      String where = "#" + i++;
      try {
        out.add(article(a, name, problems));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(name, where, e.getMessage() + "; article left out"));
      }
    }
    return new Result(out, problems);
  }

  private static ArticlesGold article(JsonNode a, String name, List<Problem> problems) {
    String url = text(a, "url");
    LocalDate published = date(text(a, "published"), "published");
    if (!a.path("article").canConvertToInt()) {
      throw new IllegalArgumentException("no article number");
    }
    if (!a.path("events").isArray()) {
      throw new IllegalArgumentException("events is not a list");
    }
    List<ArticlesGold.Event> events = new ArrayList<>();
    for (JsonNode e : a.get("events")) {
      String where = "article " + a.get("article").asInt() + " " + e.path("id").asText("#?");
      try {
        events.add(event(e));
      } catch (IllegalArgumentException ex) {
        problems.add(new Problem(name, where, ex.getMessage() + "; event left out"));
      }
    }
    return new ArticlesGold(a.get("article").asInt(), url, published, events);
  }

  private static ArticlesGold.Event event(JsonNode e) {
    JsonNode span = e.path("span");
    if (!span.isArray() || span.size() != 2 || span.get(0).asInt() >= span.get(1).asInt()) {
      throw new IllegalArgumentException("span is not [start, end]");
    }
    boolean symmetric = e.path("symmetric").asBoolean(false);
    List<String> sources = codes(e.path("actors"), "actors");
    List<String> targets = codes(e.path("recipients"), "recipients");
    if (symmetric) {
      sources = new ArrayList<>(sources);
      sources.addAll(targets);
      targets = List.of();
    }
    return new ArticlesGold.Event(text(e, "id"), text(e, "event"), sources, targets, symmetric,
        dateKey(e.path("date")), modality(text(e, "modality")), e.path("trigger").asText(""),
        new Span(span.get(0).asInt(), span.get(1).asInt()));
  }

  /** The codes of a gold actor list; an actor whose country the text does not say is left out. */
  private static List<String> codes(JsonNode actors, String field) {
    if (!actors.isArray()) {
      throw new IllegalArgumentException(field + " is not a list");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode actor : actors) {
      String code = actor.path("country").asText("").strip();
      if (!code.isEmpty()) {
        out.add(CountryCodes.resolve(code).orElse(code.toUpperCase(java.util.Locale.ROOT)));
      }
    }
    return out;
  }

  /**
   * {@code 2019-01-03}, {@code 2019-W03}, {@code 2019-01}, {@code 2019} or {@code before 2019-01-06};
   * null when absent. A week is written as its ISO week or as any day of it (a coder who knows
   * only "last week" may write that week's Monday).
   */
  static String dateKey(JsonNode date) {
    if (date.isMissingNode() || date.isNull() || date.path("value").asText("").isEmpty()) {
      return null;
    }
    String value = date.get("value").asText();
    String precision = date.path("precision").asText("");
    if (!PRECISIONS.contains(precision)) {
      throw new IllegalArgumentException("date precision '" + precision + "' is not one of " + PRECISIONS);
    }
    if (precision.equals("week")) {
      return week(value);
    }
    return precision.equals("before") ? "before " + value : value;
  }

  private static String week(String value) {
    if (IsoWeek.monday(value).isPresent()) {
      return value.strip();
    }
    try {
      return IsoWeek.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("week '" + value + "' is neither an ISO week (2019-W03) nor a day");
    }
  }

  private static String modality(String label) {
    for (Modality m : Modality.values()) {
      if (m.label().equals(label)) {
        return label;
      }
    }
    throw new IllegalArgumentException("modality '" + label + "' is not one of "
        + java.util.Arrays.stream(Modality.values()).map(Modality::label).toList());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException("no " + field);
    }
    return v.asText();
  }

  private static LocalDate date(String s, String field) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " '" + s + "' is not an ISO date");
    }
  }
}
