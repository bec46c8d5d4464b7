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
      if (!java.nio.file.Files.isRegularFile(f)) {
        throw new BadInputException("dictionary file not found: " + f);
      }
      String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (name.contains("agents")) {
        read.add(new PhoenixAgentReader().read(f));
      } else if (name.contains("actors")) {
        read.add(new PhoenixDictionaryReader().readActors(f));
      } else {
        throw new BadInputException("cannot tell whether " + f + " is an actor or an agents "
            + "dictionary: its name should contain 'actors' or 'agents'");
      }
    }
    KbBuilder b = base.toBuilder();
    PhoenixImport imp = new PhoenixImport(b);
    read.forEach(imp::add);
    PhoenixReport report = imp.report(read);
    b.part(report.summary());
    return new Imported(b.build(), report);
  }
}
