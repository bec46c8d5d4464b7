package org.annals.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.model.AnnalsException;

/**
 * Collects entities, dated roles, dictionary phrases and country codes, then builds an immutable
 * {@link DictionaryKnowledgeBase}. Start from {@link BundledKnowledgeBase#builder()} to extend the
 * bundled data (e.g. with an imported Phoenix dictionary, see {@code KnowledgeBases}). Not
 * thread-safe; the built knowledge base is.
 */
public final class KbBuilder {

  /** A dictionary phrase and what it names. */
  public record NameEntry(String phrase, NameMatch.Kind kind, String entityId, String office,
      String sector, String rule) {}

  final Map<String, Entity> entities = new LinkedHashMap<>();
  final List<Role> roles = new ArrayList<>();
  final List<NameEntry> names = new ArrayList<>();
  final List<NameEntry> places = new ArrayList<>();
  final Map<String, String> codes = new LinkedHashMap<>();
  final Map<String, String> leaderOffices = new LinkedHashMap<>();
  final List<String> parts = new ArrayList<>();

  KbBuilder() {}

  KbBuilder(DictionaryKnowledgeBase base) {
    entities.putAll(base.entities);
    base.rolesByPerson.values().forEach(roles::addAll);
    names.addAll(base.names);
    places.addAll(base.places);
    codes.putAll(base.codes);
    leaderOffices.putAll(base.leaderOffices);
    parts.addAll(base.parts);
  }

  /** Adds an entity; an entity with the same id must not exist yet. */
  public KbBuilder entity(Entity e) {
    if (entities.putIfAbsent(e.id(), e) != null) {
      throw new AnnalsException("duplicate knowledge-base entity id " + e.id());
    }
    return this;
  }

  /** Whether an entity with this id exists. */
  public boolean has(String entityId) {
    return entities.containsKey(entityId);
  }

  /** The entity with this id, or null. */
  public Entity get(String entityId) {
    return entities.get(entityId);
  }

  public KbBuilder role(Role r) {
    if (!entities.containsKey(r.personId())) {
      throw new AnnalsException("role of unknown person " + r.personId());
    }
    if (r.to() != null && !r.to().isAfter(r.from())) {
      throw new AnnalsException("role of " + r.personId() + " ends before it starts: " + r);
    }
    roles.add(r);
    return this;
  }

  public KbBuilder name(String phrase, NameMatch.Kind kind, String entityId, String office,
      String sector, String rule) {
    if (entityId != null && !entities.containsKey(entityId)) {
      throw new AnnalsException("name '" + phrase + "' refers to unknown entity " + entityId);
    }
    names.add(new NameEntry(phrase, kind, entityId, office, sector, rule));
    return this;
  }

  /** Adds a place (a city or region that is not a capital) in the country entity {@code countryId}. */
  public KbBuilder place(String phrase, String countryId, String rule) {
    if (!entities.containsKey(countryId)) {
      throw new AnnalsException("place '" + phrase + "' refers to unknown entity " + countryId);
    }
    places.add(new NameEntry(phrase, NameMatch.Kind.NAME, countryId, null, null, rule));
    return this;
  }

  /** The keys ({@link #phraseKey}) of every name and place phrase added so far. */
  public java.util.Set<String> phraseKeys() {
    java.util.Set<String> keys = new java.util.HashSet<>();
    names.forEach(n -> keys.add(phraseKey(n.phrase())));
    places.forEach(n -> keys.add(phraseKey(n.phrase())));
    return keys;
  }

  /** A phrase's words as lookup keys ({@link Names#key}), joined by single spaces. */
  public static String phraseKey(String phrase) {
    return String.join(" ", Names.words(phrase).stream().map(Names::key).toList());
  }

  /** All entities added so far. */
  public java.util.Collection<Entity> entities() {
    return java.util.Collections.unmodifiableCollection(entities.values());
  }

  /** The entity id a country or region code (ISO, CAMEO) maps to, or null. */
  public String entityForCode(String code) {
    return codes.get(code.toUpperCase(Locale.ROOT));
  }

  /** Maps a country or region code (ISO alpha-3, alpha-2, CAMEO) to an entity id. */
  public KbBuilder code(String code, String entityId) {
    codes.putIfAbsent(code.toUpperCase(Locale.ROOT), entityId);
    return this;
  }

  /** The office that names a country's leader ("the Russian leader"). */
  public KbBuilder leaderOffice(String iso3, String office) {
    leaderOffices.put(iso3, office);
    return this;
  }

  /** Adds a part to the version string, e.g. {@code phoenix 27000}. */
  public KbBuilder part(String description) {
    parts.add(description);
    return this;
  }

  public DictionaryKnowledgeBase build() {
    return new DictionaryKnowledgeBase(this);
  }
}
