package org.annals.nlp.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The grammatical gender of a person's first name, from the name list that ships with the
 * CoreNLP models ({@code namegender.combine.txt}, about 14,600 first names, each MALE or FEMALE),
 * so that "she" does not refer back to a man or "he" to a woman. A name the list lacks, or a list
 * that is missing from the classpath, has no known gender, and pronouns then resolve as before;
 * so has a name of the {@code ungendered-name} list ({@code reference-words.tsv}: "Kim Jong Un").
 *
 * <p>Immutable after class loading; thread-safe.
 */
final class FirstNames {
  static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final Map<String, Gender> NAMES = load();

  enum Gender { MALE, FEMALE }

  private FirstNames() {}

  /** The gender of the first word of {@code name} that is a known first name, or null. */
  static Gender of(String name) {
    if (name == null) {
      return null;
    }
    for (String w : name.split("[\\s.]+")) {
      String word = w.toLowerCase(Locale.ROOT);
      if (ReferenceWords.bundled().ungendered(word)) {
        return null;
      }
      Gender g = NAMES.get(word);
      if (g != null) {
        return g;
      }
    }
    return null;
  }

  /** The gender a pronoun refers to ("she", "her" → FEMALE; "he", "him", "his" → MALE), else null. */
  static Gender ofPronoun(String pronoun) {
    return switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his", "himself" -> Gender.MALE;
      case "she", "her", "hers", "herself" -> Gender.FEMALE;
      default -> null;
    };
  }

  private static Map<String, Gender> load() {
    Map<String, Gender> out = new HashMap<>();
    InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      return out;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
          out.put(f[0].toLowerCase(Locale.ROOT), Gender.valueOf(f[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(out);
  }
}
