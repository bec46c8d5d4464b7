package org.annals.kb.phoenix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Phoenix/PETRARCH agents dictionary: lines {@code PHRASE {PLURAL} [~CODE]} (or
 * {@code [CODE~]}), with substitution sets {@code !PERSON! = MAN, MEN, ...}. Regular plurals are
 * generated as PETRARCH does (+S; Y → IES; SS → ES) unless braces give the plural ({@code {}}: none).
 * Phrases with a substitution marker get no plural. Malformed lines become problems naming file and
 * line. Stateless and thread-safe.
 */
public final class PhoenixAgentReader {

  private static final Pattern SUBST = Pattern.compile("\\s*(![A-Z]+!)\\s*=\\s*(.+)");
  private static final Pattern ENTRY =
      Pattern.compile("([^\\[{]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[([^\\]}]*)([\\]}])\\s*");
  private static final Pattern MARKER = Pattern.compile("![A-Z]+!");

  /** Reads an agents file. */
  public PhoenixDictionary read(Path file) {
    return read(file.getFileName().toString(), PhoenixDictionaryReader.bytes(file));
  }

  /** Reads an agents dictionary from its bytes; {@code name} names it in problems. */
  public PhoenixDictionary read(String name, byte[] content) {
    List<PhoenixDictionary.Problem> problems = new ArrayList<>();
    List<String> lines = PhoenixDictionaryReader.lines(name, content, problems);
    Map<String, List<String>> sets = new LinkedHashMap<>();
    List<PhoenixDictionary.Agent> agents = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = PhoenixDictionaryReader.stripComment(lines.get(i));
      if (text.isBlank() || text.trim().startsWith("<!--")) {
        continue;
      }
      PhoenixDictionaryReader.Ctx ctx = new PhoenixDictionaryReader.Ctx(name, i + 1, problems);
      Matcher s = SUBST.matcher(text);
      if (s.matches()) {
        List<String> items = new ArrayList<>();
        for (String it : s.group(2).split(",")) {
          if (!it.isBlank()) {
            items.add(it.trim());
          }
        }
        sets.put(s.group(1), items);
        continue;
      }
      entry(text.trim(), ctx, sets, agents);
    }
    return new PhoenixDictionary(name, List.of(), agents, problems);
  }

  private static void entry(String text, PhoenixDictionaryReader.Ctx ctx,
      Map<String, List<String>> sets, List<PhoenixDictionary.Agent> out) {
    Matcher m = ENTRY.matcher(text);
    if (!m.matches()) {
      ctx.problem("not an agent entry 'PHRASE {PLURAL} [~CODE]': '" + text + "'", false);
      return;
    }
    if (m.group(4).equals("}")) {
      ctx.problem("code closed by '}': '" + text + "'", true);
    }
    String code = m.group(3).trim();
    if (!code.matches("~[A-Z0-9]{2,}|[A-Z0-9]{2,}~")) {
      ctx.problem("malformed agent code '" + code + "' (expected ~CODE or CODE~)", false);
      return;
    }
    String bare = code.replace("~", "");
    String root = PhoenixDictionaryReader.phrase(m.group(1));
    Matcher marker = MARKER.matcher(root);
    if (marker.find()) {
      List<String> items = sets.get(marker.group());
      if (items == null) {
        ctx.problem("unknown substitution set " + marker.group(), false);
        return;
      }
      for (String it : items) {
        out.add(new PhoenixDictionary.Agent(ctx.file(), ctx.line(),
            PhoenixDictionaryReader.phrase(root.replace(marker.group(), it)), bare));
      }
      return;
    }
    out.add(new PhoenixDictionary.Agent(ctx.file(), ctx.line(), root, bare));
    String plural = m.group(2) == null ? regularPlural(root) : PhoenixDictionaryReader.phrase(m.group(2));
    if (!plural.isEmpty() && !plural.equals(root)) {
      out.add(new PhoenixDictionary.Agent(ctx.file(), ctx.line(), plural, bare));
    }
  }

  /** PETRARCH's regular plural of the last word. */
  static String regularPlural(String phrase) {
    if (phrase.endsWith("SS")) {
      return phrase + "ES";
    }
    if (phrase.endsWith("Y")) {
      return phrase.substring(0, phrase.length() - 1) + "IES";
    }
    return phrase + "S";
  }
}
