package org.annals.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The named word lists the coding rules consult ({@code org/annals/nlp/lexicon/word-lists.tsv}):
 * one {@code list<TAB>lemma} per line, {@code #} comments. Lists are compiled once at
 * construction; asking for a list the file does not define is a programming error and fails at
 * construction of the rule that asks, not while coding.
 *
 * <p>Immutable; thread-safe.
 */
public final class WordLists {
  public static final String BUNDLED = "org/annals/nlp/lexicon/word-lists.tsv";
  private static final WordLists SHARED = load(BUNDLED);

  private final String resource;
  private final Map<String, Set<String>> lists;

  private WordLists(String resource, Map<String, Set<String>> lists) {
    this.resource = resource;
    this.lists = Map.copyOf(lists);
  }

  /** The bundled lists (read once per class loader). */
  public static WordLists bundled() {
    return SHARED;
  }

  /** The lists of another resource of the same format (a stage's own word lists). */
  public static WordLists of(String resource) {
    return load(resource);
  }

  /** The lemmas of list {@code name}. */
  public Set<String> get(String name) {
    Set<String> list = lists.get(name);
    if (list == null) {
      throw new IllegalStateException(resource + " defines no list '" + name + "' (defined: "
          + new java.util.TreeSet<>(lists.keySet()) + ")");
    }
    return list;
  }

  private static WordLists load(String resource) {
    Map<String, Set<String>> lists = new HashMap<>();
    try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word lists " + resource + " are missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] cols = t.split("\t");
        if (cols.length != 2 || cols[1].isBlank()) {
          throw new IllegalStateException(resource + ":" + n + ": expected 'list<TAB>lemma'");
        }
        lists.computeIfAbsent(cols[0], k -> new HashSet<>()).add(cols[1].strip().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read word lists " + resource, e);
    }
    lists.replaceAll((k, v) -> Set.copyOf(v));
    return new WordLists(resource, lists);
  }
}
