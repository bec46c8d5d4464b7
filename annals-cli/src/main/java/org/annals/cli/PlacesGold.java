package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.BadInputException;
import org.annals.model.Json;

/**
 * The place fixtures ({@code gold/places/places.json}): articles with, for some of their events,
 * the trigger and the hand-checked place. Immutable.
 */
record PlacesGold(List<Doc> articles) {
  /** One article. */
  record Doc(String id, String published, String text, List<Expected> events) {}

  /**
   * One event's expected place: {@code geonamesId} for a city, else {@code admin1} or a
   * {@code country} with {@code precision} country; all null when it has no place.
   *
   * @param start where its trigger starts in the text
   */
  record Expected(String trigger, int start, Long geonamesId, String admin1, String country,
      String precision) {
    boolean located() {
      return country != null;
    }
  }

  static PlacesGold read(Path file) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getMessage());
    }
    List<Doc> docs = new ArrayList<>();
    for (JsonNode a : root.path("articles")) {
      String text = a.path("text").asText();
      List<Expected> events = new ArrayList<>();
      for (JsonNode e : a.path("events")) {
        events.add(expected(file, a.path("id").asText(), text, e));
      }
      docs.add(new Doc(a.path("id").asText(), a.path("published").asText(), text, events));
    }
    return new PlacesGold(List.copyOf(docs));
  }

  private static Expected expected(Path file, String id, String text, JsonNode e) {
    String trigger = e.path("trigger").asText();
    int at = -1;
    for (int n = 0; n < e.path("occurrence").asInt(1); n++) {
      at = text.indexOf(trigger, at + 1);
    }
    if (at < 0) {
      throw new BadInputException(file + ": " + id + ": trigger '" + trigger + "' not in text");
    }
    return new Expected(trigger, at, e.hasNonNull("geonames_id") ? e.get("geonames_id").asLong()
        : null, e.path("admin1").asText(null), e.path("country").asText(null),
        e.path("precision").asText(null));
  }
}
