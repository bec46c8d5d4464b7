package org.annals.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.kb.phoenix.PhoenixAgentReader;
import org.annals.kb.phoenix.PhoenixDictionary;
import org.annals.kb.phoenix.PhoenixDictionaryReader;
import org.annals.kb.phoenix.PhoenixImport;
import org.annals.kb.phoenix.PhoenixReport;
import org.annals.model.BadInputException;

/** Ways to extend a knowledge base. Stateless and thread-safe. */
public final class KnowledgeBases {

  private KnowledgeBases() {}

  /** A knowledge base extended by an import, and the import's report. */
  public record Imported(DictionaryKnowledgeBase kb, PhoenixReport report) {}

  /**
   * {@code base} plus Phoenix/PETRARCH dictionaries. A file whose name contains "agents" is read
   * as an agents dictionary, one whose name contains "actors" as an actor dictionary.
   *
   * @throws BadInputException when a file is missing or of unknown kind
   */
  public static Imported withPhoenix(DictionaryKnowledgeBase base, List<Path> files) {
    List<PhoenixDictionary> read = new ArrayList<>();
    for (Path f : files) {
      read.add(read(f));
    }
    return imported(base, read);
  }

  /** The Phoenix dictionaries bundled with Annals (see {@code annals-kb/tools/gen_phoenix.py}). */
  static final List<String> BUNDLED_PHOENIX = List.of("Phoenix.Countries.actors.txt",
      "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt");

  /** {@code base} plus the Phoenix dictionaries bundled as resources. */
  static Imported withBundledPhoenix(DictionaryKnowledgeBase base) {
    List<PhoenixDictionary> read = new ArrayList<>();
    for (String name : BUNDLED_PHOENIX) {
      read.add(read(name, resource("/org/annals/kb/phoenix/" + name + ".gz")));
    }
    return imported(base, read);
  }

  private static byte[] resource(String path) {
    try (java.io.InputStream in = KnowledgeBases.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new org.annals.model.AnnalsException("bundled dictionary missing: " + path);
      }
      try (java.io.InputStream gz = new java.util.zip.GZIPInputStream(in)) {
        return gz.readAllBytes();
      }
    } catch (java.io.IOException e) {
      throw new org.annals.model.AnnalsException("cannot read bundled dictionary " + path, e);
    }
  }

  private static PhoenixDictionary read(Path f) {
    if (!java.nio.file.Files.isRegularFile(f)) {
      throw new BadInputException("dictionary file not found: " + f);
    }
    String kind = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!kind.contains("agents") && !kind.contains("actors")) {
      throw new BadInputException("cannot tell whether " + f + " is an actor or an agents "
          + "dictionary: its name should contain 'actors' or 'agents'");
    }
    return read(f.getFileName().toString(), PhoenixDictionaryReader.bytes(f));
  }

  /** An agents dictionary when its name says "agents", else an actor dictionary. */
  private static PhoenixDictionary read(String name, byte[] bytes) {
    return name.toLowerCase(java.util.Locale.ROOT).contains("agents")
        ? new PhoenixAgentReader().read(name, bytes)
        : new PhoenixDictionaryReader().readActors(name, bytes);
  }

  private static Imported imported(DictionaryKnowledgeBase base, List<PhoenixDictionary> read) {
    KbBuilder b = base.toBuilder();
    PhoenixImport imp = new PhoenixImport(b);
    read.forEach(imp::add);
    PhoenixReport report = imp.report(read);
    b.part(report.summary());
    return new Imported(b.build(), report);
  }
}
