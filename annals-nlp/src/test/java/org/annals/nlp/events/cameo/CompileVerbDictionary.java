package org.annals.nlp.events.cameo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.model.CompiledResource;

/**
 * Generates the bundled verb dictionary {@code lexicon/petrarch/cameo-verbs.tsv.gz} (format in
 * {@link VerbDictionaryTsv}) from the PETRARCH CAMEO verb-pattern dictionary in the shared folder,
 * read by {@link VerbDictionaryReader}. Run from the project root by
 * {@code annals-nlp/tools/gen_cameo_verbs.sh [SHARED_DIR]}; {@code CompiledVerbDictionaryTest}
 * checks that the bundled file still equals what the reader makes of the source.
 */
public final class CompileVerbDictionary {
  /** The source under the shared folder. */
  static final String SOURCE = "kb/petrarch/CAMEO.2.0.txt";
  /** Where the compiled file goes, from the project root. */
  static final String OUT =
      "annals-nlp/src/main/resources/org/annals/nlp/lexicon/petrarch/cameo-verbs.tsv.gz";

  private CompileVerbDictionary() {}

  /** Reads the source dictionary as the lexicon always read it (ISO-8859-1). */
  static VerbDictionary readSource(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      return VerbDictionaryReader.read(file.getFileName().toString(), r);
    }
  }

  /** {@code [SHARED_DIR [OUT]]}: SHARED_DIR defaults to ../shared. */
  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    Path out = Path.of(args.length > 1 ? args[1] : OUT);
    Path source = shared.resolve(SOURCE);
    VerbDictionary d = readSource(source);
    List<String> header = CompiledResource.header("annals-nlp/tools/gen_cameo_verbs.sh",
        "The PETRARCH/TABARI CAMEO verb-pattern dictionary as read by Annals' VerbDictionaryReader"
            + " (synonym sets, verb blocks, verbs, patterns, with their source lines).",
        List.of(source), source.resolveSibling("LICENSE"));
    CompiledResource.writeGzip(out, w -> VerbDictionaryTsv.write(d, header, w));
    System.out.println("wrote " + out + ": " + d.synsets().size() + " synonym sets, "
        + d.blocks().size() + " blocks, " + d.patternCount() + " patterns, " + d.problems().size()
        + " problems");
  }
}
