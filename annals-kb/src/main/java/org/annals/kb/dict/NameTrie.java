package org.annals.kb.dict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.kb.NameMatch;
import org.annals.kb.Names;

/**
 * A token trie keyed by normalised words ({@link Names#key}). Each phrase ends in one or more
 * entries. Matching is case-insensitive except that a dictionary word written with a capital needs
 * a text word that is not all lower case ("Turkey" does not match "turkey"), and an all-capital
 * dictionary word that is also a common English word ("US", "WHO", "IS") needs the text word in
 * capitals. Built once by {@link Builder}; immutable and thread-safe afterwards.
 */
public final class NameTrie {

  private static final Set<String> COMMON_WORDS = Set.of("us", "who", "is", "it", "am", "an", "as",
      "at", "be", "by", "do", "go", "he", "if", "in", "me", "my", "no", "of", "on", "or", "so", "to",
      "up", "we", "car", "may", "pm");

  /** One dictionary entry at the end of a phrase. */
  public record Entry(NameMatch.Kind kind, String entityId, String office, String sector,
      String rule, List<String> written) {
    public Entry {
      written = List.copyOf(written);
    }

    NameMatch toMatch() {
      return new NameMatch(written.size(), kind, entityId, office, sector, rule);
    }

    boolean sameTarget(Entry o) {
      return kind == o.kind && java.util.Objects.equals(entityId, o.entityId)
          && java.util.Objects.equals(office, o.office) && java.util.Objects.equals(sector, o.sector);
    }
  }

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Entry> entries = new ArrayList<>();
  }

  private final Node root;
  private final int size;

  private NameTrie(Node root, int size) {
    this.root = root;
    this.size = size;
  }

  /** Number of phrase entries. */
  public int size() {
    return size;
  }

  /** All entries matching the words from {@code start}, longest first. */
  public List<NameMatch> matchAt(List<String> words, int start) {
    Node node = root.next.get(Names.key(words.get(start)));
    if (node == null) {
      return List.of();
    }
    List<NameMatch> out = null;
    for (int i = start; node != null; ) {
      for (Entry e : node.entries) {
        if (caseFits(e.written(), words, start)) {
          out = out == null ? new ArrayList<>(2) : out;
          out.add(e.toMatch());
        }
      }
      i++;
      node = i < words.size() && !node.next.isEmpty() ? node.next.get(Names.key(words.get(i))) : null;
    }
    if (out == null) {
      return List.of();
    }
    if (out.size() > 1) {
      out.sort(Comparator.comparingInt(NameMatch::length).reversed());
    }
    return List.copyOf(out);
  }

  private static boolean caseFits(List<String> written, List<String> words, int start) {
    for (int i = 0; i < written.size(); i++) {
      String d = written.get(i);
      String t = words.get(start + i);
      if (!Character.isUpperCase(d.codePointAt(0))) {
        continue;
      }
      if (t.equals(t.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
      if (isAllCaps(d) && COMMON_WORDS.contains(Names.key(d)) && !isAllCaps(t)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAllCaps(String w) {
    return w.chars().anyMatch(Character::isLetter)
        && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** Collects phrases; not thread-safe. */
  public static final class Builder {
    private final Node root = new Node();
    private int size;
    private boolean built;

    /** Adds {@code phrase} (all its tokenisation variants) with the given target. */
    public Builder add(String phrase, NameMatch.Kind kind, String entityId, String office,
        String sector, String rule) {
      for (List<String> written : Names.variants(phrase)) {
        Node node = root;
        for (String w : written) {
          node = node.next.computeIfAbsent(Names.key(w), k -> new Node());
        }
        Entry e = new Entry(kind, entityId, office, sector, rule, written);
        if (built) {
          throw new IllegalStateException("NameTrie.Builder used after build()");
        }
        if (node.entries.stream().noneMatch(x -> x.sameTarget(e))) {
          node.entries.add(e);
          size++;
        }
      }
      return this;
    }

    public NameTrie build() {
      built = true;
      return new NameTrie(root, size);
    }
  }
}
