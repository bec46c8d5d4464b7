package org.annals.verify;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.annals.kb.Entity;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.Role;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;

/**
 * Office-holder claims ("the Biden administration" on 2025-07-01): the knowledge base's dated
 * roles of the person for that office. Held on the date supports; not held contradicts, naming
 * when the person held it and who held it then; a person or office the KB does not know is not
 * checkable. Pure and thread-safe (the KB is).
 */
final class OfficeholderCheck {
  private OfficeholderCheck() {}

  static Verdict check(Claim claim, KnowledgeBase kb) {
    if (kb == null) {
      return Verdict.notCheckable("no knowledge base to check office-holders against");
    }
    Optional<LocalDate> at = ClaimSubject.date(claim, ClaimSubject.AT);
    String office = ClaimSubject.string(claim, ClaimSubject.OFFICE).orElse(null);
    String country = ClaimSubject.string(claim, ClaimSubject.COUNTRY).orElse(null);
    Optional<Entity> person = person(claim, kb);
    if (at.isEmpty() || office == null || country == null) {
      return Verdict.notCheckable("the claim names no date, office or country");
    }
    if (person.isEmpty()) {
      return Verdict.notCheckable("the knowledge base does not know "
          + ClaimSubject.string(claim, ClaimSubject.PERSON).orElse("the person"));
    }
    String name = person.get().name();
    List<Role> roles = kb.roles(person.get().id()).stream()
        .filter(r -> office.equals(r.office()) && country.equals(r.country())).toList();
    if (roles.isEmpty()) {
      return Verdict.notCheckable("the knowledge base has no " + office + " role of " + name
          + " in " + country);
    }
    String title = roles.get(0).title();
    Optional<Role> held = roles.stream().filter(r -> r.heldOn(at.get())).findFirst();
    if (held.isPresent()) {
      return Verdict.supported(name + " was " + title + " on " + at.get() + " (" + term(held.get())
          + "; " + held.get().source() + ")", List.of());
    }
    Role nearest = roles.stream().min(Comparator.comparingLong(r -> distance(r, at.get()))).orElseThrow();
    String when = nearest.from().isAfter(at.get()) ? name + " took office only on " + nearest.from()
        : name + " left office on " + nearest.to();
    String holder = kb.holder(country, office, at.get()).map(e -> "; " + e.name() + " was "
        + title + " on " + at.get()).orElse("");
    return Verdict.contradicted(when + " (" + title + " " + term(nearest) + ")" + holder + "; source: "
        + nearest.source(), List.of());
  }

  private static Optional<Entity> person(Claim claim, KnowledgeBase kb) {
    Optional<Entity> byId = ClaimSubject.string(claim, ClaimSubject.PERSON_ID).flatMap(kb::entity);
    if (byId.isPresent()) {
      return byId;
    }
    List<Entity> byName = ClaimSubject.string(claim, ClaimSubject.PERSON).map(kb::persons)
        .orElse(List.of());
    return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
  }

  private static String term(Role r) {
    return r.from() + " to " + (r.to() == null ? "present" : r.to().toString());
  }

  private static long distance(Role r, LocalDate at) {
    if (r.from().isAfter(at)) {
      return r.from().toEpochDay() - at.toEpochDay();
    }
    return r.to() == null ? 0 : at.toEpochDay() - r.to().toEpochDay();
  }
}
