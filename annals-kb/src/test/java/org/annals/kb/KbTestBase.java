package org.annals.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shared helper for knowledge-base tests: resolves a short phrase ("the Kremlin", "the US
 * president", "Russian troops") the way a simple actor resolver would, so that a new dictionary
 * entry is tested in one line: {@code assertResolves("the Kremlin", date, "RUS", "GOV")}.
 *
 * <p>Resolution: the phrase is split on blanks (and "'s" split off); at each position the longest
 * dictionary match is taken. NAME/ADJECTIVE/METONYM matches give the country (and the entity);
 * METONYM, ROLE and AGENT matches give the sector; a ROLE with an office resolves to the office
 * holder on the date in the country (or organisation) found so far.
 */
abstract class KbTestBase {

  /** What a phrase resolved to. */
  record Resolution(String country, String sector, String entityId, List<NameMatch> matches) {}

  protected KnowledgeBase kb() {
    return BundledKnowledgeBase.load();
  }

  protected Resolution resolve(String phrase, LocalDate date) {
    List<String> words = tokens(phrase);
    String country = null;
    String sector = null;
    String entity = null;
    String scope = null;
    List<NameMatch> used = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      List<NameMatch> ms = kb().matchAt(words, i);
      if (ms.isEmpty()) {
        i++;
        continue;
      }
      NameMatch m = ms.get(0);
      used.add(m);
      i += m.length();
      if (m.entityId() != null) {
        Entity e = kb().entity(m.entityId()).orElseThrow();
        country = e.country();
        entity = e.id();
        scope = e.kind() == Entity.Kind.ORGANIZATION ? e.id() : e.country();
        sector = m.sector() != null ? m.sector() : e.sector();
      } else {
        sector = m.sector();
        if (m.kind() == NameMatch.Kind.ROLE && scope != null) {
          Optional<Entity> h = kb().holder(scope, m.office(), date);
          if (h.isPresent()) {
            entity = h.get().id();
          }
        }
      }
    }
    return new Resolution(country, sector, entity, used);
  }

  static List<String> tokens(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.split("\\s+")) {
      if (w.endsWith("'s") && w.length() > 2) {
        out.add(w.substring(0, w.length() - 2));
        out.add("'s");
      } else {
        out.add(w);
      }
    }
    return out;
  }

  protected void assertResolves(String phrase, LocalDate date, String country, String sector) {
    Resolution r = resolve(phrase, date);
    assertThat(r.country()).as("country of '%s' (%s)", phrase, r).isEqualTo(country);
    assertThat(r.sector()).as("sector of '%s' (%s)", phrase, r).isEqualTo(sector);
  }

  protected void assertResolvesTo(String phrase, LocalDate date, String personName) {
    Resolution r = resolve(phrase, date);
    assertThat(r.entityId()).as("entity of '%s' on %s (%s)", phrase, date, r).isNotNull();
    assertThat(kb().entity(r.entityId()).orElseThrow().name()).as(phrase).isEqualTo(personName);
  }

  protected static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }
}
