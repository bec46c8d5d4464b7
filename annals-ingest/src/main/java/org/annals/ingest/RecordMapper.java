package org.annals.ingest;

import java.time.LocalDate;
import java.util.function.Function;
import org.annals.ingest.FieldMap.Attribute;
import org.annals.model.Article;
import org.annals.model.TextInput;

/**
 * Builds an article from one structured record (a JSON object, a CSV row) through a {@link
 * FieldMap}. Text is used as given (no HTML stripping). Pure and thread-safe.
 */
final class RecordMapper {
  private final FieldMap fields;
  private final ReadOptions options;

  RecordMapper(ReadOptions options) {
    this.fields = options.fields();
    this.options = options;
  }

  /**
   * @param get the value of a field name, or null when absent
   * @throws SkipException MISSING_FIELD, NO_TEXT or BAD_DATE
   */
  Article toArticle(Function<String, String> get, String file) {
    String text = value(get, Attribute.TEXT);
    if (text == null) {
      throw new SkipException(FailureCode.MISSING_FIELD, "no text field (looked for any of "
          + fields.candidates(Attribute.TEXT) + "; name it with --field text=NAME)");
    }
    if (text.length() > TextInput.MAX_BYTES) {
      throw new SkipException(FailureCode.TOO_LARGE, "text of " + text.length() + " characters is too large for one article");
    }
    if (text.codePoints().noneMatch(Character::isLetter)) {
      throw new SkipException(FailureCode.NO_TEXT, "the text field is empty or has no letters");
    }
    String date = value(get, Attribute.PUBLISHED);
    LocalDate published = Dates.parse(date);
    if (date != null && published == null) {
      throw new SkipException(FailureCode.BAD_DATE, "not a date: '" + abbreviate(date) + "'");
    }
    if (published == null) {
      published = options.published();
    }
    return new Article(value(get, Attribute.ID), file, value(get, Attribute.URL), value(get, Attribute.TITLE),
        value(get, Attribute.OUTLET), published, value(get, Attribute.LANGUAGE), text);
  }

  /** The first non-blank value among the attribute's candidate names. */
  String value(Function<String, String> get, Attribute a) {
    for (String name : fields.candidates(a)) {
      String v = get.apply(name);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  java.util.List<String> candidates(Attribute a) {
    return fields.candidates(a);
  }

  /** Whether any candidate name of {@code a} is among {@code names} (case-insensitive). */
  boolean covers(Attribute a, java.util.Collection<String> names) {
    return fields.candidates(a).stream().anyMatch(c -> names.stream().anyMatch(c::equalsIgnoreCase));
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
