package org.annals.kb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.kb.phoenix.PhoenixDictionary;
import org.annals.kb.phoenix.PhoenixTsv;
import org.annals.model.CompiledResource;

/**
 * Generates the bundled Phoenix dictionaries {@code org/annals/kb/phoenix/dictionaries.tsv.gz}
 * (format in {@link PhoenixTsv}) from the Phoenix/PETRARCH actor and agent dictionaries in the
 * shared folder, read by the same readers {@link KnowledgeBases#withPhoenix} uses. Run from the
 * project root by {@code annals-kb/tools/gen_phoenix.sh [SHARED_DIR]}; {@code BundledPhoenixTest}
 * checks that the bundled file still equals what the readers make of the sources.
 */
public final class CompilePhoenix {
  /** The sources under the shared folder, in import order. */
  static final List<String> SOURCES = List.of("kb/phoenix/Phoenix.Countries.actors.txt",
      "kb/phoenix/Phoenix.International.actors.txt", "kb/phoenix/Phoenix.MilNonState.actors.txt",
      "kb/phoenix/Phoenix.agents.txt");
  /** Where the compiled file goes, from the project root. */
  static final String OUT = "annals-kb/src/main/resources" + KnowledgeBases.BUNDLED_PHOENIX;

  private CompilePhoenix() {}

  /** Reads the sources as {@link KnowledgeBases#withPhoenix} reads them. */
  static List<PhoenixDictionary> readSources(List<Path> files) {
    List<PhoenixDictionary> out = new ArrayList<>();
    files.forEach(f -> out.add(KnowledgeBases.read(f)));
    return out;
  }

  /** {@code [SHARED_DIR [OUT]]}: SHARED_DIR defaults to ../shared. */
  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    Path out = Path.of(args.length > 1 ? args[1] : OUT);
    List<Path> sources = SOURCES.stream().map(shared::resolve).toList();
    List<PhoenixDictionary> read = readSources(sources);
    List<String> header = CompiledResource.header("annals-kb/tools/gen_phoenix.sh",
        "The Phoenix/PETRARCH actor and agent dictionaries as read by Annals' PhoenixDictionaryReader"
            + " and PhoenixAgentReader (actors with synonyms and dated CAMEO codes, agents, with"
            + " their source lines).", sources, sources.get(0).resolveSibling("LICENSE"));
    CompiledResource.writeGzip(out, w -> PhoenixTsv.write(read, header, w));
    for (PhoenixDictionary d : read) {
      System.out.println(d.file() + ": " + d.actors().size() + " actors, " + d.agents().size()
          + " agents, " + d.problems().size() + " problems");
    }
    System.out.println("wrote " + out);
  }
}
