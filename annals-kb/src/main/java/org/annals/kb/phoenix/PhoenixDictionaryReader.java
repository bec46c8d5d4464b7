package org.annals.kb.phoenix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.BadInputException;

/**
 * Reads Phoenix/PETRARCH (TABARI-style) actor dictionaries: records of a primary phrase with an
 * optional default code, {@code +synonym} lines, and tab-indented date restrictions such as
 * {@code [RUSGOV 991231-080507]}, {@code [RUSGOV >080508]} or {@code [RUSELI <990809]}. Phrases
 * are words joined by blanks or underscores. Lines that do not fit the format are never dropped
 * silently: each one becomes a {@link PhoenixDictionary.Problem} naming file and line, and the
 * reader recovers where the intent is unambiguous (a blank after {@code >}, two synonyms on one
 * line). Agents are read by {@link PhoenixAgentReader}. Stateless and thread-safe.
 */
public final class PhoenixDictionaryReader {

  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]\\[]*)[\\]}]");
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,}");
  private static final Pattern RESTRICTION =
      Pattern.compile("(?:([<>])\\s*(\\d+)|(\\d+)\\s*-\\s*(\\d+))");

  private final int pivot;

  /** A reader reading two-digit years below 30 as 20xx and others as 19xx. */
  public PhoenixDictionaryReader() {
    this(30);
  }

  /** @param twoDigitYearPivot two-digit years below this are 20xx, the others 19xx */
  public PhoenixDictionaryReader(int twoDigitYearPivot) {
    if (twoDigitYearPivot < 0 || twoDigitYearPivot > 99) {
      throw new IllegalArgumentException("twoDigitYearPivot must be 0-99: " + twoDigitYearPivot);
    }
    this.pivot = twoDigitYearPivot;
  }

  /** Reads an actor dictionary file. */
  public PhoenixDictionary readActors(Path file) {
    return readActors(file.getFileName().toString(), bytes(file));
  }

  /** Reads an actor dictionary from its bytes; {@code name} names it in problems. */
  public PhoenixDictionary readActors(String name, byte[] content) {
    List<PhoenixDictionary.Problem> problems = new ArrayList<>();
    List<String> lines = lines(name, content, problems);
    List<PhoenixDictionary.Actor> actors = new ArrayList<>();
    RecordBuilder current = null;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String raw = lines.get(i);
      String text = stripComment(raw);
      if (text.isBlank()) {
        continue;
      }
      Ctx ctx = new Ctx(name, lineNo, problems);
      if (Character.isWhitespace(text.charAt(0)) && text.trim().startsWith("[")) {
        if (current == null) {
          ctx.problem("date restriction before any actor", false);
        } else {
          codes(text.trim(), ctx, current.codes);
        }
      } else if (text.startsWith("+")) {
        if (current == null) {
          ctx.problem("synonym before any actor", false);
        } else {
          synonyms(text, ctx, current.synonyms);
        }
      } else if (text.trim().startsWith("[")) {
        ctx.problem("codes without a phrase: '" + text.trim() + "'", false);
      } else {
        if (current != null) {
          actors.add(current.build());
        }
        current = primary(text, ctx);
      }
    }
    if (current != null) {
      actors.add(current.build());
    }
    return new PhoenixDictionary(name, actors, List.of(), problems);
  }

  private static final class RecordBuilder {
    final String file;
    final int line;
    final String phrase;
    final List<String> synonyms = new ArrayList<>();
    final List<PhoenixDictionary.DatedCode> codes = new ArrayList<>();

    RecordBuilder(String file, int line, String phrase) {
      this.file = file;
      this.line = line;
      this.phrase = phrase;
    }

    PhoenixDictionary.Actor build() {
      return new PhoenixDictionary.Actor(file, line, phrase, synonyms, codes);
    }
  }

  /** Where a line is, and where its problems go. */
  record Ctx(String file, int line, List<PhoenixDictionary.Problem> problems) {
    void problem(String message, boolean recovered) {
      problems.add(new PhoenixDictionary.Problem(file, line, message, recovered));
    }
  }

  private RecordBuilder primary(String text, Ctx ctx) {
    int bracket = text.indexOf('[');
    String phrase = phrase(bracket < 0 ? text : text.substring(0, bracket));
    RecordBuilder r = new RecordBuilder(ctx.file(), ctx.line(), phrase);
    if (phrase.isEmpty()) {
      ctx.problem("actor line without a phrase", false);
    }
    if (bracket >= 0) {
      codes(text.substring(bracket), ctx, r.codes);
    }
    return r;
  }

  private static void synonyms(String text, Ctx ctx, List<String> out) {
    String body = text.substring(1);
    int bracket = body.indexOf('[');
    if (bracket >= 0) {
      ctx.problem("codes on a synonym line are ignored: '" + body.substring(bracket).trim() + "'", true);
      body = body.substring(0, bracket);
    }
    String[] parts = body.split("\\+");
    if (parts.length > 1) {
      ctx.problem("several synonyms on one line, read as " + parts.length + " synonyms", true);
    }
    for (String p : parts) {
      String s = phrase(p);
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
  }

  /** Parses every {@code [CODE restriction]} group of a line. */
  void codes(String text, Ctx ctx, List<PhoenixDictionary.DatedCode> out) {
    Matcher m = BRACKET.matcher(text);
    int found = 0;
    while (m.find()) {
      found++;
      if (text.charAt(m.end() - 1) == '}') {
        ctx.problem("code group closed by '}': " + m.group(), true);
      }
      PhoenixDictionary.DatedCode c = code(m.group(1).trim(), ctx);
      if (c != null) {
        out.add(c);
      }
    }
    if (found == 0) {
      ctx.problem("unreadable code group: '" + text + "'", false);
    }
  }

  private PhoenixDictionary.DatedCode code(String body, Ctx ctx) {
    String[] parts = BLANKS.split(body, 2);
    if (!CODE.matcher(parts[0]).matches()) {
      ctx.problem("malformed code '" + body + "'", false);
      return null;
    }
    if (parts.length == 1) {
      return new PhoenixDictionary.DatedCode(parts[0], null, null);
    }
    String restriction = parts[1].trim();
    Matcher r = RESTRICTION.matcher(restriction);
    if (!r.matches()) {
      ctx.problem("malformed date restriction '" + restriction + "' of " + parts[0], false);
      return null;
    }
    if (r.group(1) != null && BLANKS.matcher(restriction).find()) {
      ctx.problem("blank inside date restriction '" + restriction + "'", true);
    }
    try {
      if (r.group(1) != null) {
        LocalDate d = date(r.group(2));
        return r.group(1).equals("<") ? new PhoenixDictionary.DatedCode(parts[0], null, d)
            : new PhoenixDictionary.DatedCode(parts[0], d, null);
      }
      LocalDate from = date(r.group(3));
      LocalDate to = date(r.group(4));
      if (to.isBefore(from)) {
        ctx.problem("date range ends before it starts: '" + restriction + "'", false);
        return null;
      }
      return new PhoenixDictionary.DatedCode(parts[0], from, to);
    } catch (DateTimeException | NumberFormatException e) {
      ctx.problem("malformed date in '" + restriction + "' of " + parts[0], false);
      return null;
    }
  }

  /** YYMMDD or YYYYMMDD. */
  LocalDate date(String digits) {
    if (digits.length() == 6) {
      int yy = Integer.parseInt(digits.substring(0, 2));
      int year = yy < pivot ? 2000 + yy : 1900 + yy;
      return LocalDate.of(year, Integer.parseInt(digits.substring(2, 4)),
          Integer.parseInt(digits.substring(4, 6)));
    }
    if (digits.length() == 8) {
      return LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
          Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
    }
    throw new DateTimeException("date must have 6 or 8 digits: " + digits);
  }

  /** "VLADIMIR_PUTIN_  ; CountryInfo.txt" → "VLADIMIR PUTIN". */
  static String phrase(String raw) {
    String s = raw;
    int semi = s.indexOf(';');
    if (semi >= 0) {
      s = s.substring(0, semi);
    }
    return BLANKS.matcher(s.replace('_', ' ').trim()).replaceAll(" ");
  }

  static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** The bytes of a dictionary file; a file that cannot be read is bad input naming it. */
  public static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException("cannot read dictionary " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A dictionary's lines, decoded as UTF-8; a line that is not valid UTF-8 is decoded as Windows-1252
   * and reported.
   */
  static List<String> lines(String name, byte[] bytes, List<PhoenixDictionary.Problem> problems) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        out.add(decode(bytes, start, end, name, out.size() + 1, problems));
        start = i + 1;
      }
    }
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\n') {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static String decode(byte[] b, int from, int to, String file, int line,
      List<PhoenixDictionary.Problem> problems) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, from, to - from)).toString();
      if (s.indexOf('\uFFFD') >= 0) {
        problems.add(new PhoenixDictionary.Problem(file, line,
            "contains U+FFFD (a character lost before this file was written)", true));
      }
      return s;
    } catch (CharacterCodingException e) {
      problems.add(new PhoenixDictionary.Problem(file, line,
          "not valid UTF-8, read as Windows-1252", true));
      return new String(b, from, to - from, java.nio.charset.Charset.forName("windows-1252"));
    }
  }
}
