package org.annals.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Walks a real response against an OpenAPI schema and lists every field the response has but
 * the schema does not declare (objects with declared {@code properties}, arrays' {@code items},
 * {@code $ref}s resolved in the document).
 */
final class OpenApiCheck {
  private OpenApiCheck() {}

  static void undeclared(JsonNode value, JsonNode schema, JsonNode doc, String path,
      List<String> out) {
    if (schema.has("$ref")) {
      undeclared(value, doc.at(schema.get("$ref").asText().substring(1)), doc, path, out);
      return;
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        undeclared(value.get(i), schema.get("items"), doc, path + "[" + i + "]", out);
      }
      return;
    }
    if (!value.isObject() || !schema.has("properties")) {
      return;
    }
    JsonNode props = schema.get("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!props.has(f.getKey())) {
        out.add(path + "." + f.getKey());
      } else {
        undeclared(f.getValue(), props.get(f.getKey()), doc, path + "." + f.getKey(), out);
      }
    }
  }
}
