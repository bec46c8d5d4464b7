package org.annals.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Ontology;
import org.annals.model.ontology.TsvTable;

/**
 * The knowledge base bundled with Annals, compiled from the TSV files under
 * {@code org/annals/kb/} (formats and sources in docs/KB.md) and the Phoenix dictionaries compiled
 * into {@code org/annals/kb/phoenix/dictionaries.tsv.gz}. {@link #load()} returns one shared
 * instance, built on first use (thread-safe lazy holder); {@link #builder()} gives a builder holding
 * the bundled data, to extend it. Errors in the data name file and line.
 */
public final class BundledKnowledgeBase {

  private static final String DIR = "/org/annals/kb/";
  private static final Set<String> ORG_SECTORS = Set.of("IGO", "NGO");
  private static final Set<String> ROLE_SOURCES = Set.of("PLAD", "REIGN", "FACTS", "PUB", "APPROX");
  /** Territories whose status names a controlling state ("Territory of GB", "Part of CN"). */
  private static final Pattern DEPENDENCY = Pattern.compile(
      "(?:Part of|Territory of|Territories of|Commonwealth of|Crown dependency of|Associated with) ([A-Z]{2})");
  /** Dependencies PLOVER codes as countries of their own (manual: Antarctica, Hong Kong, Palestine). */
  private static final Set<String> PLOVER_OWN_CODE = Set.of("HKG", "ATA", "PSE");

  private BundledKnowledgeBase() {}

  private static final class Curated {
    static final DictionaryKnowledgeBase KB = compile();
  }

  private static final class Holder {
    static final DictionaryKnowledgeBase KB = KnowledgeBases.withBundledPhoenix(Curated.KB).kb();
  }

  /**
   * The default knowledge base, compiled once per JVM: the curated tables plus the bundled
   * Phoenix/PETRARCH actor and agent dictionaries (the curated entries win where both know a
   * person; a few seconds on first use).
   */
  public static DictionaryKnowledgeBase load() {
    return Holder.KB;
  }

  /** The curated tables alone, without the Phoenix dictionaries. */
  public static DictionaryKnowledgeBase curated() {
    return Curated.KB;
  }

  /** A builder holding the bundled data, for extension. */
  public static KbBuilder builder() {
    return load().toBuilder();
  }

  static DictionaryKnowledgeBase compile() {
    return compile(BundledKnowledgeBase::table);
  }

  /** Compiles the tables that {@code tables} gives for each file name (tests swap one in). */
  static DictionaryKnowledgeBase compile(java.util.function.Function<String, TsvTable> tables) {
    Loader l = new Loader();
    l.countries(tables.apply("countries.tsv"));
    l.regions(tables.apply("regions.tsv"));
    l.organisations(tables.apply("organisations.tsv"));
    l.groups(tables.apply("groups.tsv"));
    l.offices(tables.apply("offices.tsv"));
    l.metonyms(tables.apply("metonyms.tsv"));
    l.roleNouns(tables.apply("role-nouns.tsv"));
    l.agents(tables.apply("agents.tsv"));
    l.places(tables.apply("places.tsv"));
    l.people(tables.apply("people.tsv"), tables.apply("roles.tsv"),
        tables.apply("leaders-plad.tsv"));
    return l.b.build();
  }

  private static TsvTable table(String file) {
    return TsvTable.resource(BundledKnowledgeBase.class, DIR + file);
  }

  /** Reads the tables into a builder, validating references. */
  private static final class Loader {
    final KbBuilder b = new KbBuilder();
    final Set<String> sectors = new HashSet<>(Ontology.standard().sectors());
    final Map<String, String> officeSectors = new HashMap<>();
    final Map<String, String> countryName = new HashMap<>();
    final Map<String, String> countryCameo = new HashMap<>();

    void countries(TsvTable t) {
      Map<String, String> byIso2 = new HashMap<>();
      for (TsvTable.Row r : t.rows()) {
        byIso2.put(r.get("iso2"), r.get("iso3"));
      }
      for (TsvTable.Row r : t.rows()) {
        String iso3 = r.get("iso3");
        if (!iso3.matches("[A-Z]{3}")) {
          throw r.fail("iso3 must be three capital letters: " + iso3);
        }
        String id = "country/" + iso3;
        String name = r.get("name");
        List<String> aliases = r.list("aliases");
        b.entity(new Entity(id, Entity.Kind.COUNTRY, name, controllingState(r, iso3, byIso2), null,
            r.get("cameo"), aliases, t.name()));
        b.code(iso3, id).code(r.get("iso2"), id).code(r.get("cameo"), id);
        b.leaderOffice(iso3, r.get("leader_office"));
        countryName.put(iso3, name);
        countryCameo.put(iso3, r.get("cameo"));
        names(id, name, aliases, "country:" + iso3);
        for (String adj : r.list("adjectives")) {
          b.name(adj, NameMatch.Kind.ADJECTIVE, id, null, null, "kb:adjective:" + Names.slug(adj));
        }
        for (String cap : r.list("capitals")) {
          b.name(cap, NameMatch.Kind.METONYM, id, null, "GOV", "kb:capital:" + Names.slug(cap));
        }
      }
      b.part("ontology " + Ontology.standard().version());
    }

    /**
     * The country a territory's actors and events belong to (PLOVER manual, "Non-independent
     * territories with a separate ISO code"): a dependency whose {@code status} names its
     * controlling state ("Commonwealth of US", "Part of DK") is folded into that state (Puerto
     * Rico → USA, Greenland → DNK); the manual's exceptions keep their own code. The CAMEO code
     * stays the territory's.
     */
    private static String controllingState(TsvTable.Row r, String iso3, Map<String, String> byIso2) {
      Matcher m = DEPENDENCY.matcher(r.get("status"));
      if (PLOVER_OWN_CODE.contains(iso3) || !m.matches()) {
        return iso3;
      }
      String state = byIso2.get(m.group(1));
      if (state == null) {
        throw r.fail("status names an unknown controlling state: " + r.get("status"));
      }
      return state;
    }

    private void names(String id, String name, List<String> aliases, String rule) {
      b.name(name, NameMatch.Kind.NAME, id, null, null, "kb:" + rule);
      for (String a : aliases) {
        b.name(a, NameMatch.Kind.NAME, id, null, null, "kb:" + rule + ":" + Names.slug(a));
      }
    }

    void regions(TsvTable t) {
      for (TsvTable.Row r : t.rows()) {
        String code = r.get("cameo");
        String id = "region/" + code;
        List<String> aliases = r.list("aliases");
        String country = r.opt("country") == null ? code : known(r, r.get("country"));
        b.entity(new Entity(id, Entity.Kind.REGION, r.get("name"), country, null, code, aliases,
            t.name()));
        b.code(code, id);
        names(id, r.get("name"), aliases, "region:" + code);
        for (String adj : r.list("adjectives")) {
          b.name(adj, NameMatch.Kind.ADJECTIVE, id, null, null, "kb:adjective:" + Names.slug(adj));
        }
      }
    }

    void organisations(TsvTable t) {
      for (TsvTable.Row r : t.rows()) {
        String id = "org/" + r.get("id");
        String sector = sector(r, "sector");
        List<String> aliases = r.list("aliases");
        b.entity(new Entity(id, Entity.Kind.ORGANIZATION, r.get("name"), r.get("country"), sector,
            r.get("cameo"), aliases, t.name()));
        names(id, r.get("name"), aliases, "org:" + r.get("id"));
      }
    }

    void groups(TsvTable t) {
      for (TsvTable.Row r : t.rows()) {
        String id = "group/" + r.get("id");
        String iso3 = known(r, r.get("country"));
        String sector = sector(r, "sector");
        List<String> aliases = r.list("aliases");
        b.entity(new Entity(id, Entity.Kind.GROUP, r.get("name"), iso3, sector,
            countryCameo.get(iso3) + sector, aliases, t.name()));
        names(id, r.get("name"), aliases, "group:" + r.get("id"));
      }
    }

    void offices(TsvTable t) {
      for (TsvTable.Row r : t.rows()) {
        officeSectors.put(r.get("office"), sector(r, "sector"));
      }
    }

    void metonyms(TsvTable t) {
      for (TsvTable.Row r : t.rows()) {
        String entity = r.get("entity");
        if (!b.has(entity)) {
          throw r.fail("unknown entity " + entity);
        }
        String sector = sector(r, "sector");
        for (String n : r.list("names")) {
          b.name(n, NameMatch.Kind.METONYM, entity, null, sector, "kb:metonym:" + Names.slug(n));
        }
      }
    }

    void places(TsvTable t) {
      for (TsvTable.Row r : t.rows()) {
        String id = "country/" + known(r, r.get("country"));
        for (String n : r.list("names")) {
          b.place(n, id, "kb:place:" + Names.slug(n));
        }
      }
    }

    void roleNouns(TsvTable t) {
      for (TsvTable.Row r : t.rows()) {
        String office = office(r);
        String sector = sector(r, "sector");
        for (String n : r.list("names")) {
          b.name(n, NameMatch.Kind.ROLE, null, office, sector, "kb:role:" + Names.slug(n));
        }
      }
    }

    void agents(TsvTable t) {
      for (TsvTable.Row r : t.rows()) {
        String sector = sector(r, "sector");
        for (String n : r.list("names")) {
          b.name(n, NameMatch.Kind.AGENT, null, null, sector, "kb:agent:" + Names.slug(n));
        }
      }
    }

    void people(TsvTable peopleFile, TsvTable rolesFile, TsvTable leadersFile) {
      Map<String, TsvTable.Row> extra = new LinkedHashMap<>();
      for (TsvTable.Row r : peopleFile.rows()) {
        if (extra.put(r.get("name"), r) != null) {
          throw r.fail("duplicate person " + r.get("name"));
        }
      }
      Map<String, List<Role>> roles = new LinkedHashMap<>();
      Map<String, String> pladSurname = new HashMap<>();
      for (TsvTable.Row r : rolesFile.rows()) {
        roles.computeIfAbsent(r.get("person"), k -> new ArrayList<>()).add(role(r, r.get("person")));
      }
      Map<String, String> bySlug = new HashMap<>();
      roles.keySet().forEach(n -> bySlug.put(Names.slug(n), n));
      for (TsvTable.Row r : leadersFile.rows()) {
        String name = r.get("person");
        String same = bySlug.putIfAbsent(Names.slug(name), name);
        if (same != null && !same.equals(name)) {
          throw r.fail("person '" + name + "' has the id of '" + same + "': write the name the same way");
        }
        roles.computeIfAbsent(name, k -> new ArrayList<>()).add(leaderRole(r, name));
        pladSurname.putIfAbsent(name, r.cells().getOrDefault("surname", ""));
      }
      for (String name : extra.keySet()) {
        if (!roles.containsKey(name)) {
          throw extra.get(name).fail("person " + name + " has no role in roles.tsv");
        }
      }
      roles.forEach((name, list) -> person(name, list, extra.get(name), pladSurname.get(name)));
    }

    /** A PLAD leader spell: office LEADER. */
    private Role leaderRole(TsvTable.Row r, String name) {
      String iso3 = known(r, r.get("country"));
      LocalDate from = date(r, "from");
      LocalDate to = r.opt("to") == null ? null : date(r, "to");
      if (to != null && !to.isAfter(from)) {
        throw r.fail("'to' " + to + " is not after 'from' " + from);
      }
      if (!ROLE_SOURCES.contains(r.get("source"))) {
        throw r.fail("unknown source '" + r.get("source") + "'");
      }
      return new Role("person/" + Names.slug(name), "LEADER", iso3,
          "Leader of " + countryName.get(iso3), "GOV", from, to, "leaders-plad.tsv " + r.get("source"));
    }

    private Role role(TsvTable.Row r, String name) {
      String country = r.get("country");
      String place = country.startsWith("org/") ? orgName(r, country) : countryName.get(known(r, country));
      String office = office(r);
      String sector = r.opt("sector") != null ? sector(r, "sector") : officeSectors.get(office);
      String title = r.get("title");
      String fullTitle = title.contains(" of ") ? title : title + " of " + place;
      if (!ROLE_SOURCES.contains(r.get("source"))) {
        throw r.fail("unknown source '" + r.get("source") + "' (expected one of " + ROLE_SOURCES + ")");
      }
      LocalDate from = date(r, "from");
      LocalDate to = r.opt("to") == null ? null : date(r, "to");
      if (to != null && !to.isAfter(from)) {
        throw r.fail("'to' " + to + " is not after 'from' " + from);
      }
      return new Role("person/" + Names.slug(name), office, country, fullTitle, sector, from, to,
          rolesFile(r) + " " + r.get("source"));
    }

    private static String rolesFile(TsvTable.Row r) {
      return r.file().substring(r.file().lastIndexOf('/') + 1);
    }

    /**
     * A person entity from its roles. {@code plad} is the surname flag of leaders-plad.tsv: "-" no
     * surname alias, "no-name" no dictionary name at all (a bare surname that is a common word).
     */
    private void person(String name, List<Role> roles, TsvTable.Row extra, String plad) {
      String id = "person/" + Names.slug(name);
      Role latest = roles.stream().max(java.util.Comparator.comparing(Role::from)).orElseThrow();
      List<String> aliases = new ArrayList<>(extra == null ? List.of() : extra.list("aliases"));
      String surname = extra == null ? null : extra.opt("surname");
      boolean noSurname = extra != null ? "-".equals(extra.cells().get("surname"))
          : "-".equals(plad) || "no-name".equals(plad);
      boolean inDictionary = extra != null || !"no-name".equals(plad);
      if (!noSurname) {
        List<String> w = Names.words(name);
        aliases.add(surname != null ? surname : w.get(w.size() - 1));
      }
      String country = latest.country();
      String cameo;
      if (country.startsWith("org/")) {
        Entity org = b.get(country);
        cameo = org.cameo();
        country = org.country();
      } else {
        cameo = countryCameo.get(country) + latest.sector();
      }
      b.entity(new Entity(id, Entity.Kind.PERSON, name, country, latest.sector(), cameo,
          aliases.stream().distinct().filter(a -> !a.equals(name)).toList(), "roles.tsv"));
      if (inDictionary) {
        String rule = "kb:person:" + Names.slug(name);
        b.name(name, NameMatch.Kind.NAME, id, null, latest.sector(), rule);
        for (String a : aliases) {
          b.name(a, NameMatch.Kind.NAME, id, null, latest.sector(), rule);
        }
      }
      roles.forEach(b::role);
    }

    private String orgName(TsvTable.Row r, String id) {
      Entity org = b.get(id);
      if (org == null) {
        throw r.fail("unknown organisation " + id);
      }
      return "the " + org.name();
    }

    private String known(TsvTable.Row r, String iso3) {
      if (!countryName.containsKey(iso3)) {
        throw r.fail("unknown country " + iso3);
      }
      return iso3;
    }

    private String office(TsvTable.Row r) {
      String office = r.get("office");
      if (!officeSectors.containsKey(office)) {
        throw r.fail("unknown office " + office + " (offices.tsv)");
      }
      return office;
    }

    private String sector(TsvTable.Row r, String column) {
      String s = r.get(column);
      if (!sectors.contains(s) && !ORG_SECTORS.contains(s)) {
        throw r.fail("unknown sector " + s + " (PLOVER 2.0 sectors, IGO, NGO)");
      }
      return s;
    }

    private static LocalDate date(TsvTable.Row r, String column) {
      try {
        return LocalDate.parse(r.get(column));
      } catch (DateTimeParseException e) {
        throw r.fail("'" + column + "' is not a date YYYY-MM-DD: " + r.get(column));
      }
    }
  }
}
