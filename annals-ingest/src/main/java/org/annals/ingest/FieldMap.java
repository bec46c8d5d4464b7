package org.annals.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.model.BadInputException;

/**
 * Which JSON field or CSV column holds each article attribute. Defaults accept common names
 * ({@code text}, {@code body}, {@code content}; {@code published}, {@code date}, ...); a user
 * mapping such as {@code text=body} replaces the candidates for that attribute. A JSON name may be
 * a dotted path ({@code meta.date}). Immutable.
 */
public record FieldMap(Map<Attribute, List<String>> names) {
  /** The article attributes a record can supply. */
  public enum Attribute {
    TEXT("text", "body", "content", "article", "maintext"),
    PUBLISHED("published", "date", "pubdate", "published_at", "datePublished", "date_publish", "publish_date"),
    URL("url", "link", "uri"),
    TITLE("title", "headline"),
    OUTLET("outlet", "source", "site_name", "publisher", "site"),
    ID("id"),
    LANGUAGE("language", "lang");

    private final List<String> defaults;

    Attribute(String... defaults) {
      this.defaults = List.of(defaults);
    }

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public FieldMap {
    EnumMap<Attribute, List<String>> copy = new EnumMap<>(Attribute.class);
    names.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    names = Map.copyOf(copy);
  }

  public static FieldMap defaults() {
    return parse(List.of());
  }

  /**
   * Parses {@code attribute=name} pairs such as {@code text=body}.
   *
   * @throws BadInputException naming the bad pair and the valid attributes
   */
  public static FieldMap parse(List<String> pairs) {
    EnumMap<Attribute, List<String>> m = new EnumMap<>(Attribute.class);
    for (Attribute a : Attribute.values()) {
      m.put(a, a.defaults);
    }
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new BadInputException("--field '" + pair + "': expected ATTRIBUTE=NAME, e.g. text=body");
      }
      m.put(attribute(pair.substring(0, eq).strip()), List.of(pair.substring(eq + 1).strip()));
    }
    return new FieldMap(m);
  }

  private static Attribute attribute(String key) {
    for (Attribute a : Attribute.values()) {
      if (a.key().equalsIgnoreCase(key)) {
        return a;
      }
    }
    throw new BadInputException("--field: unknown attribute '" + key + "'; use one of "
        + java.util.Arrays.stream(Attribute.values()).map(Attribute::key).toList());
  }

  /** The candidate field names for {@code a}, in order of preference. */
  public List<String> candidates(Attribute a) {
    return names.get(a);
  }
}
