package org.annals.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as it enters the pipeline. {@code text} is the exact text that every offset in
 * the system refers to. {@code published} may be null (then events dated by the publication date
 * get basis {@code unknown}).
 *
 * @param id content id: {@link #contentId(String)} of the text unless the source supplies one
 * @param file the input path as given by the user, or null
 */
public record Article(
    String id,
    String file,
    String url,
    String title,
    String outlet,
    LocalDate published,
    String language,
    String text) {

  public Article {
    Objects.requireNonNull(text, "text");
    if (id == null || id.isBlank()) {
      id = contentId(text);
    }
    if (language == null) {
      language = "en";
    }
  }

  /** An article with only text and a publication date (the id derives from the text). */
  public static Article of(String text, LocalDate published) {
    return new Article(null, null, null, null, null, published, "en", text);
  }

  public Article withFile(String newFile) {
    return new Article(id, newFile, url, title, outlet, published, language, text);
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, file, url, title, outlet, date, language, text);
  }

  /**
   * Content id: the first 16 hex digits of SHA-256 over the text with white space folded and case
   * kept, so that re-wrapped copies of one text get the same id.
   */
  public static String contentId(String text) {
    return "a" + sha256Hex(foldWhiteSpace(text)).substring(0, 16);
  }

  /**
   * The text stripped, with every run of ASCII white space ({@code \s}: space, tab, line feed,
   * vertical tab, form feed, carriage return) folded to one space.
   */
  static String foldWhiteSpace(String text) {
    String t = text.strip();
    StringBuilder out = new StringBuilder(t.length());
    boolean inRun = false;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      boolean ws = ch == ' ' || ch == '\t' || ch == '\n' || ch == 0x0B || ch == '\f' || ch == '\r';
      if (!ws) {
        out.append(ch);
      } else if (!inRun) {
        out.append(' ');
      }
      inRun = ws;
    }
    return out.toString();
  }

  public static String sha256Hex(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
