package org.annals.kb.phoenix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annals.kb.Entity;
import org.annals.kb.KbBuilder;
import org.annals.kb.NameMatch;
import org.annals.kb.Names;
import org.annals.kb.Role;

/**
 * Adds Phoenix dictionaries to a {@link KbBuilder}:
 * <ul>
 *   <li>an actor whose codes are all a bare country code ({@code AFGHANISTAN_ [AFG]}) adds its
 *       phrases as names of that country;
 *   <li>phrases the curated tables already know (with or without a leading "the") are left to
 *       them;
 *   <li>an actor with dated codes is a person; when the knowledge base already has a person of
 *       that full name its other phrases are added to that person (whose curated roles stay its
 *       only offices), else the phrases and dated codes go to a new entity
 *       {@code phoenix/<slug>}; each dated code becomes a {@link Role} with office
 *       {@value #CAMEO_OFFICE}, the code as title and PETRARCH's inclusive end made exclusive
 *       (an open start is {@link LocalDate#MIN});
 *   <li>any other coded actor is a group (an organisation for IGO/NGO codes);
 *   <li>agents become AGENT names with the PLOVER sector of their code.
 * </ul>
 * Codes that cannot be mapped are counted in the report, never dropped silently. Not thread-safe
 * (one import at a time into one builder).
 */
public final class PhoenixImport {

  /** Office key of roles imported from dated CAMEO codes. */
  public static final String CAMEO_OFFICE = "CAMEO_CODE";

  private static final Set<String> SMALL = Set.of("of", "the", "and", "for", "in", "on", "al",
      "bin", "ibn", "de", "del", "la", "le", "van", "von", "der", "da", "dos", "das", "du", "el");

  private final KbBuilder b;
  private final Map<String, String> personsByName = new HashMap<>();
  private final Set<String> curatedPhrases;
  private final Set<String> curatedPersons = new java.util.HashSet<>();
  private final Counts n = new Counts();

  private static final class Counts {
    int actors;
    int persons;
    int merged;
    int groups;
    int countryNames;
    int agents;
    int roles;
    int withoutCode;
    final Map<String, Integer> unmapped = new TreeMap<>();
  }

  public PhoenixImport(KbBuilder builder) {
    this.b = builder;
    this.curatedPhrases = builder.phraseKeys();
    for (Entity e : builder.entities()) {
      if (e.kind() == Entity.Kind.PERSON) {
        personsByName.putIfAbsent(Names.key(e.name()), e.id());
        curatedPersons.add(e.id());
      }
    }
  }

  /** Adds one read dictionary. */
  public PhoenixImport add(PhoenixDictionary d) {
    d.actors().forEach(this::actor);
    d.agents().forEach(this::agent);
    return this;
  }

  /** The report over everything added so far, with the problems of the given dictionaries. */
  public PhoenixReport report(List<PhoenixDictionary> read) {
    List<PhoenixDictionary.Problem> problems = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (PhoenixDictionary d : read) {
      problems.addAll(d.problems());
      files.add(d.file());
    }
    return new PhoenixReport(files, n.actors, n.persons, n.merged, n.groups, n.countryNames,
        n.agents, n.roles, n.withoutCode, n.unmapped, problems);
  }

  private void actor(PhoenixDictionary.Actor a) {
    n.actors++;
    if (a.codes().isEmpty()) {
      n.withoutCode++;
      return;
    }
    String rule = "phoenix:" + a.file() + ":" + a.line();
    boolean dated = a.codes().stream().anyMatch(c -> !c.isDefault());
    boolean bareCountry = !dated && a.codes().stream().allMatch(c -> c.code().length() == 3
        && b.entityForCode(c.code()) != null);
    if (bareCountry) {
      String id = b.entityForCode(a.codes().get(0).code());
      countryPhrases(a, id, rule);
      n.countryNames++;
    } else if (dated) {
      person(a, rule);
    } else {
      group(a, rule);
    }
  }

  /**
   * A country's phrases that the curated tables do not know are places in it, not names of its
   * government: PETRARCH lists cities ("ISTANBUL_") and misspellings as synonyms of the country,
   * where the curated tables name only the country, its adjectives and capital.
   */
  private void countryPhrases(PhoenixDictionary.Actor a, String countryId, String rule) {
    for (String p : a.phrases()) {
      String t = title(p);
      if (!known(t)) {
        b.place(t, countryId, rule);
      }
    }
  }

  private void person(PhoenixDictionary.Actor a, String rule) {
    String id = null;
    for (String p : a.phrases()) {
      id = id != null ? id : personsByName.get(Names.key(title(p)));
    }
    PhoenixDictionary.DatedCode latest = a.codes().stream().filter(c -> !c.isDefault())
        .max(Comparator.comparing(c -> c.from() == null ? LocalDate.MIN : c.from())).orElseThrow();
    String sector = sector(latest.code());
    if (id != null) {
      n.merged++;
    } else {
      id = "phoenix/" + Names.slug(a.phrase());
      if (!b.has(id)) {
        b.entity(new Entity(id, Entity.Kind.PERSON, title(a.phrase()), country(latest.code()),
            sector, latest.code(), aliases(a), rule));
        personsByName.put(Names.key(title(a.phrase())), id);
      }
      n.persons++;
    }
    boolean curated = curatedPersons.contains(id);
    for (String p : a.phrases()) {
      if (!known(title(p))) {
        b.name(title(p), NameMatch.Kind.NAME, id, null, curated ? null : sector, rule);
      }
    }
    if (curated) {
      return; // the curated roles are the person's offices
    }
    for (PhoenixDictionary.DatedCode c : a.codes()) {
      if (!c.isDefault()) {
        b.role(new Role(id, CAMEO_OFFICE, country(c.code()), c.code(), sector(c.code()),
            c.from() == null ? LocalDate.MIN : c.from(), c.to() == null ? null : c.to().plusDays(1),
            rule));
        n.roles++;
      }
    }
  }

  private void group(PhoenixDictionary.Actor a, String rule) {
    String code = a.codes().get(0).code();
    String sector = sector(code);
    String id = "phoenix/" + Names.slug(a.phrase());
    if (!b.has(id)) {
      String prefix = code.substring(0, 3);
      Entity.Kind kind = prefix.equals("IGO") || prefix.equals("NGO")
          ? Entity.Kind.ORGANIZATION : Entity.Kind.GROUP;
      b.entity(new Entity(id, kind, title(a.phrase()), country(code), sector, code, aliases(a), rule));
      n.groups++;
    }
    for (String p : a.phrases()) {
      if (!known(title(p))) {
        b.name(title(p), NameMatch.Kind.NAME, id, null, sector, rule);
      }
    }
  }

  /** Whether the curated tables know the phrase, with or without a leading "the". */
  private boolean known(String phrase) {
    String key = KbBuilder.phraseKey(phrase);
    return curatedPhrases.contains(key)
        || key.startsWith("the ") && curatedPhrases.contains(key.substring(4));
  }

  private void agent(PhoenixDictionary.Agent a) {
    String sector = PhoenixCodes.sector(a.code().substring(0, Math.min(3, a.code().length())));
    if (sector == null) {
      n.unmapped.merge("agent " + a.code(), 1, Integer::sum);
      return;
    }
    b.name(a.phrase().toLowerCase(Locale.ROOT), NameMatch.Kind.AGENT, null, null, sector,
        "phoenix:" + a.file() + ":" + a.line());
    n.agents++;
  }

  /** ISO alpha-3 of the code's country, or its prefix (IGO, NGO, ...) when it is not a country. */
  private String country(String code) {
    String prefix = code.substring(0, Math.min(3, code.length()));
    String id = b.entityForCode(prefix);
    if (id == null) {
      if (!PhoenixCodes.NON_STATE.contains(prefix)) {
        n.unmapped.merge("country " + prefix, 1, Integer::sum);
      }
      return prefix;
    }
    return b.get(id).country();
  }

  private String sector(String code) {
    String s = PhoenixCodes.sectorOf(code);
    if (s == null && code.length() > 3) {
      n.unmapped.merge("sector " + code.substring(3, Math.min(6, code.length())), 1, Integer::sum);
    }
    return s;
  }

  private static List<String> aliases(PhoenixDictionary.Actor a) {
    return a.synonyms().stream().map(PhoenixImport::title).distinct().toList();
  }

  /** "VLADIMIR V. PUTIN" → "Vladimir V. Putin"; small words stay lower case. */
  static String title(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : Names.words(phrase)) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!out.isEmpty() && SMALL.contains(lower)) {
        out.add(lower);
      } else {
        out.add(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
      }
    }
    return String.join(" ", out);
  }
}
