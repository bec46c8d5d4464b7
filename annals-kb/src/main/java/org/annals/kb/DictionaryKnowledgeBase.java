package org.annals.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.kb.dict.NameTrie;

/**
 * A knowledge base compiled from a {@link KbBuilder}: entities by id, dated roles by person and by
 * (country, office), a token trie of all names. Every method is a lookup; immutable and
 * thread-safe.
 */
public final class DictionaryKnowledgeBase implements KnowledgeBase {

  final Map<String, Entity> entities;
  final Map<String, List<Role>> rolesByPerson;
  final List<KbBuilder.NameEntry> names;
  final List<KbBuilder.NameEntry> places;
  final Map<String, String> codes;
  final Map<String, String> leaderOffices;
  final List<String> parts;
  private final Map<String, List<Role>> rolesByOffice;
  private final Map<String, List<String>> personsByName;
  private final NameTrie trie;
  private final NameTrie placeTrie;
  private final String version;

  DictionaryKnowledgeBase(KbBuilder b) {
    entities = Map.copyOf(b.entities);
    names = List.copyOf(b.names);
    places = List.copyOf(b.places);
    codes = Map.copyOf(b.codes);
    leaderOffices = Map.copyOf(b.leaderOffices);
    parts = List.copyOf(b.parts);
    List<Role> sorted = new ArrayList<>(b.roles);
    sorted.sort(Comparator.comparing(Role::from));
    Map<String, List<Role>> byPerson = new LinkedHashMap<>();
    Map<String, List<Role>> byOffice = new LinkedHashMap<>();
    for (Role r : sorted) {
      byPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
      byOffice.computeIfAbsent(r.country() + "|" + r.office(), k -> new ArrayList<>()).add(r);
    }
    rolesByPerson = freeze(byPerson);
    rolesByOffice = freeze(byOffice);
    personsByName = indexPersons(b.entities.values());
    trie = trie(names);
    placeTrie = trie(places);
    version = versionString();
  }

  private static NameTrie trie(List<KbBuilder.NameEntry> entries) {
    NameTrie.Builder tb = new NameTrie.Builder();
    for (KbBuilder.NameEntry n : entries) {
      tb.add(n.phrase(), n.kind(), n.entityId(), n.office(), n.sector(), n.rule());
    }
    return tb.build();
  }

  private static <T> Map<String, List<T>> freeze(Map<String, List<T>> m) {
    Map<String, List<T>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  private static Map<String, List<String>> indexPersons(Iterable<Entity> all) {
    Map<String, Set<String>> idx = new LinkedHashMap<>();
    for (Entity e : all) {
      if (e.kind() != Entity.Kind.PERSON) {
        continue;
      }
      idx.computeIfAbsent(Names.key(e.name()), k -> new LinkedHashSet<>()).add(e.id());
      for (String a : e.aliases()) {
        idx.computeIfAbsent(Names.key(a), k -> new LinkedHashSet<>()).add(e.id());
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    idx.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  private String versionString() {
    Map<Entity.Kind, Integer> counts = new LinkedHashMap<>();
    for (Entity e : entities.values()) {
      counts.merge(e.kind(), 1, Integer::sum);
    }
    StringBuilder s = new StringBuilder("kb-2025.11 (");
    s.append("countries ").append(counts.getOrDefault(Entity.Kind.COUNTRY, 0))
        .append(", organisations ").append(counts.getOrDefault(Entity.Kind.ORGANIZATION, 0))
        .append(", persons ").append(counts.getOrDefault(Entity.Kind.PERSON, 0))
        .append(", roles ").append(rolesByPerson.values().stream().mapToInt(List::size).sum())
        .append(", names ").append(trie.size()).append(", places ").append(placeTrie.size());
    for (String p : parts) {
      s.append("; ").append(p);
    }
    return s.append(')').toString();
  }

  @Override
  public List<NameMatch> matchAt(List<String> words, int start) {
    if (start < 0 || start >= words.size()) {
      return List.of();
    }
    return trie.matchAt(words, start);
  }

  @Override
  public List<NameMatch> placesAt(List<String> words, int start) {
    if (start < 0 || start >= words.size()) {
      return List.of();
    }
    return placeTrie.matchAt(words, start);
  }

  @Override
  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(id == null ? null : entities.get(id));
  }

  @Override
  public Optional<Entity> country(String code) {
    if (code == null) {
      return Optional.empty();
    }
    if (entities.containsKey(code)) {
      return entity(code).filter(e -> e.kind() == Entity.Kind.COUNTRY || e.kind() == Entity.Kind.REGION);
    }
    return entity(codes.get(code.trim().toUpperCase(Locale.ROOT)));
  }

  @Override
  public List<Role> roles(String personId) {
    return rolesByPerson.getOrDefault(personId, List.of());
  }

  @Override
  public Optional<Entity> holder(String country, String office, LocalDate date) {
    String key = roleCountry(country);
    if (key == null || office == null || date == null) {
      return Optional.empty();
    }
    Optional<Role> r = Optional.empty();
    String wanted = office;
    if ("LEADER".equals(office)) {
      r = heldOn(key, "LEADER", date);
      wanted = leaderOffices.getOrDefault(key, "HEAD_OF_STATE");
    }
    r = r.isPresent() ? r : heldOn(key, wanted, date);
    if (r.isEmpty() && "HEAD_OF_GOVERNMENT".equals(wanted)) {
      r = heldOn(key, "HEAD_OF_STATE", date);
    }
    return r.flatMap(x -> entity(x.personId()));
  }

  /** The most recently started role of that office held on the date. */
  private Optional<Role> heldOn(String country, String office, LocalDate date) {
    List<Role> list = rolesByOffice.getOrDefault(country + "|" + office, List.of());
    Role best = null;
    for (Role r : list) {
      if (r.heldOn(date)) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  /** ISO alpha-3 of a country code, or an organisation id ({@code org/NATO}, or {@code NATO}). */
  private String roleCountry(String code) {
    if (code == null) {
      return null;
    }
    if (code.startsWith("org/")) {
      return code;
    }
    Optional<Entity> c = country(code);
    if (c.isPresent()) {
      return c.get().id().substring(c.get().id().indexOf('/') + 1);
    }
    return entities.containsKey("org/" + code) ? "org/" + code : null;
  }

  @Override
  public List<Entity> persons(String name) {
    if (name == null) {
      return List.of();
    }
    return personsByName.getOrDefault(Names.key(name.trim()), List.of()).stream()
        .map(entities::get).toList();
  }

  @Override
  public String version() {
    return version;
  }

  /** A builder holding everything in this knowledge base, to extend it. */
  public KbBuilder toBuilder() {
    return new KbBuilder(this);
  }

  /** All entities (for tools and tests). */
  public List<Entity> entities() {
    return List.copyOf(entities.values());
  }
}
