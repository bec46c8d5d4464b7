package org.annals.kb.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.annals.kb.Names;
import org.annals.model.AnnalsException;
import org.annals.model.ontology.TsvTable;

/**
 * Place names to places: the compiled gazetteer ({@code gazetteer.tsv.gz}, built by
 * {@code annals-kb/tools/gen_gazetteer.py} from GeoNames cities1000, CC BY 4.0) with a stoplist
 * of place names that are common words or people's names ({@code place-stoplist.txt}). Names
 * are matched over words, case- and diacritic-insensitively, longest first. Loaded once per
 * JVM ({@link #standard()}); immutable; thread-safe.
 */
public final class Gazetteer {
  private static final String BASE = "/org/annals/kb/";
  private static final int MAX_WORDS = 6;

  /** A place a name may denote; {@code primary} when it is the place's main name. */
  public record Candidate(Place place, boolean primary) {}

  /** The candidates of the name of {@code length} words starting at a word. */
  public record Match(int length, String key, List<Candidate> candidates) {}

  private static volatile Gazetteer standard;
  private final Map<String, List<Candidate>> byName;
  private final Set<String> stoplist;
  private final Map<String, Place> countries;

  private Gazetteer(Map<String, List<Candidate>> byName, Set<String> stoplist,
      Map<String, Place> countries) {
    this.byName = byName;
    this.stoplist = stoplist;
    this.countries = countries;
  }

  /** The bundled gazetteer (loaded on first use: about a second). */
  public static Gazetteer standard() {
    Gazetteer g = standard;
    if (g == null) {
      synchronized (Gazetteer.class) {
        if (standard == null) {
          standard = load();
        }
        g = standard;
      }
    }
    return g;
  }

  private static Gazetteer load() {
    Map<String, List<Candidate>> byName = new HashMap<>();
    Map<String, Place> countries = new HashMap<>();
    for (TsvTable.Row r : read("gazetteer.tsv.gz").rows()) {
      Place p = place(r);
      if (p.isCountry() && p.geonamesId() != null) {
        countries.put(p.country(), p);
      }
      add(byName, r.get("name"), new Candidate(p, true));
      for (String n : r.list("names")) {
        add(byName, n, new Candidate(p, false));
      }
    }
    Set<String> stop = new HashSet<>();
    for (TsvTable.Row r : TsvTable.resource(Gazetteer.class, BASE + "place-stoplist.tsv")
        .rows()) {
      stop.add(key(r.get("name")));
    }
    byName.replaceAll((k, v) -> List.copyOf(v));
    return new Gazetteer(Map.copyOf(byName), Set.copyOf(stop), Map.copyOf(countries));
  }

  private static Place place(TsvTable.Row r) {
    String id = r.opt("id");
    String pop = r.opt("population");
    return new Place(id == null ? null : Long.parseLong(id), r.get("name"), r.get("country"),
        orEmpty(r.opt("fips")), orEmpty(r.opt("admin1")), r.number("lat"),
        r.number("lon"), pop == null ? 0 : Long.parseLong(pop), r.get("kind"));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static TsvTable read(String name) {
    InputStream in = Gazetteer.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new AnnalsException("missing data resource " + BASE + name);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
        StandardCharsets.UTF_8))) {
      return TsvTable.parse(BASE + name, r);
    } catch (IOException e) {
      throw new AnnalsException("cannot read " + BASE + name + ": " + e.getMessage(), e);
    }
  }

  private static void add(Map<String, List<Candidate>> m, String name, Candidate c) {
    m.computeIfAbsent(key(name), k -> new ArrayList<>()).add(c);
  }

  /** The lookup key of a name: its words' keys joined by one space. */
  static String key(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.strip().split("\\s+")) {
      words.add(Names.key(w));
    }
    return String.join(" ", words);
  }

  /** The places a whole name may denote (empty when none). */
  public List<Candidate> lookup(String name) {
    return byName.getOrDefault(key(name), List.of());
  }

  /** The country of an ISO alpha-3 code, when it is one. */
  public java.util.Optional<Place> country(String iso3) {
    return java.util.Optional.ofNullable(iso3 == null ? null : countries.get(iso3));
  }

  /** Whether the name is on the stoplist (a common word or a person's name). */
  public boolean stopped(String name) {
    return stoplist.contains(key(name));
  }

  /** The longest name starting at word {@code i}, or null. */
  public Match longestAt(List<String> words, int i) {
    StringBuilder k = new StringBuilder();
    Match best = null;
    for (int n = 0; n < MAX_WORDS && i + n < words.size(); n++) {
      k.append(n == 0 ? "" : " ").append(Names.key(words.get(i + n)));
      List<Candidate> c = byName.get(k.toString());
      if (c != null) {
        best = new Match(n + 1, k.toString(), c);
      }
    }
    return best;
  }
}
