package org.annals.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.model.AnnalsException;

/**
 * The TITLE part of CoreNLP's fine-grained NER without the rest of it: the job titles of CoreNLP's
 * caseless KBP gazetteer ({@value #GAZETTEER}, lines of type TITLE), compiled at construction into
 * a trie of lower-cased words, tag the longest run of nouns and adjectives (as the fine-grained
 * rules' POS filter) whose tokens the CRF left {@code O} ("spokesman", "foreign minister",
 * "lawmaker"). The actor stage reads a TITLE noun as an unnamed role, as in the accurate profile.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class TitleTagger {
  static final String GAZETTEER = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  static final String TITLE = "TITLE";

  /** A trie node: the next words, and whether a title ends here. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    boolean end;
  }

  private final Node root = new Node();

  TitleTagger() {
    InputStream in = TitleTagger.class.getClassLoader().getResourceAsStream(GAZETTEER);
    if (in == null) {
      throw new AnnalsException(GAZETTEER + " is missing from the classpath (CoreNLP's models jar)");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab > 0 && line.startsWith(TITLE + "\t", tab + 1)) {
          add(line.substring(0, tab).toLowerCase(Locale.ROOT).split(" "));
        }
      }
    } catch (IOException e) {
      throw new AnnalsException("cannot read " + GAZETTEER + ": " + e.getMessage(), e);
    }
  }

  private void add(String[] words) {
    Node n = root;
    for (String w : words) {
      n = n.next.computeIfAbsent(w, k -> new Node());
    }
    n.end = true;
  }

  /** Tags the titles among one sentence's tokens (with POS and NER tags) in place. */
  void tag(List<CoreLabel> tokens) {
    int i = 0;
    while (i < tokens.size()) {
      int len = longest(tokens, i);
      for (int k = i; k < i + len; k++) {
        tokens.get(k).setNER(TITLE);
      }
      i += Math.max(1, len);
    }
  }

  private int longest(List<CoreLabel> tokens, int from) {
    Node n = root;
    int best = 0;
    for (int j = from; j < tokens.size(); j++) {
      CoreLabel t = tokens.get(j);
      if (!free(t)) {
        break;
      }
      n = n.next.get(t.word().toLowerCase(Locale.ROOT));
      if (n == null) {
        break;
      }
      if (n.end) {
        best = j - from + 1;
      }
    }
    return best;
  }

  private static boolean free(CoreLabel t) {
    String tag = t.tag() == null ? "" : t.tag();
    return (t.ner() == null || t.ner().equals("O")) && (tag.startsWith("NN") || tag.startsWith("JJ"));
  }
}
