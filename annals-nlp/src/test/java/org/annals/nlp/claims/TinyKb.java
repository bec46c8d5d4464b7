package org.annals.nlp.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.kb.Entity;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.NameMatch;
import org.annals.kb.Role;

/**
 * A knowledge base of three presidents with their dated terms (facts from
 * ../shared/facts/diplomacy-2025-timeline.md), enough for office-holder extraction tests.
 */
final class TinyKb implements KnowledgeBase {
  private static final List<Entity> PERSONS = List.of(
      person("joe-biden", "Joe Biden", "USA"), person("donald-trump", "Donald Trump", "USA"),
      person("emmanuel-macron", "Emmanuel Macron", "FRA"));
  private static final List<Role> ROLES = List.of(
      president("joe-biden", "USA", "2021-01-20", "2025-01-20"),
      president("donald-trump", "USA", "2017-01-20", "2021-01-20"),
      president("donald-trump", "USA", "2025-01-20", null),
      president("emmanuel-macron", "FRA", "2017-05-14", null));

  @Override
  public List<NameMatch> matchAt(List<String> words, int start) {
    return List.of();
  }

  @Override
  public Optional<Entity> entity(String id) {
    return PERSONS.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  @Override
  public Optional<Entity> country(String code) {
    return Optional.empty();
  }

  @Override
  public List<Role> roles(String personId) {
    return ROLES.stream().filter(r -> r.personId().equals(personId)).toList();
  }

  @Override
  public Optional<Entity> holder(String country, String office, LocalDate date) {
    return ROLES.stream().filter(r -> r.country().equals(country) && r.office().equals(office)
        && r.heldOn(date)).findFirst().flatMap(r -> entity(r.personId()));
  }

  @Override
  public List<Entity> persons(String name) {
    return PERSONS.stream().filter(p -> p.name().equals(name) || p.name().endsWith(" " + name))
        .toList();
  }

  @Override
  public String version() {
    return "tiny";
  }

  private static Entity person(String id, String name, String country) {
    return new Entity("person/" + id, Entity.Kind.PERSON, name, country, "GOV", country + "GOV",
        List.of(), "test");
  }

  private static Role president(String id, String country, String from, String to) {
    return new Role("person/" + id, "HEAD_OF_STATE", country,
        country.equals("USA") ? "President of the United States" : "President of France", "GOV",
        LocalDate.parse(from), to == null ? null : LocalDate.parse(to), "test");
  }
}
