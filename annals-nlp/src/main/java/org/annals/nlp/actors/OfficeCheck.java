package org.annals.nlp.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.annals.kb.Entity;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.Role;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.Warning;
import org.annals.nlp.CodingState;
import org.annals.nlp.Stage;

/**
 * Flags office-holder anachronisms: an actor that names a person's office or government ("the
 * Biden administration", "President Biden") on an event date when the KB says the person did not
 * hold that office. The actor stays the country's government; the article gets a warning with
 * code {@code officeholder-anachronism}. Uses the event's day-precision date, else the
 * publication date. Runs after the time stage.
 *
 * <p>Thread-safe: only the read-only KB is held.
 */
public final class OfficeCheck implements Stage {
  public static final String CODE = "officeholder-anachronism";
  private final KnowledgeBase kb;

  public OfficeCheck(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public CodingState apply(CodingState state) {
    LocalDate published = state.doc().article().published();
    List<Warning> warnings = new ArrayList<>();
    String text = state.doc().text();
    for (CodedEvent e : state.events()) {
      LocalDate date = eventDay(e, published);
      if (date == null) {
        continue;
      }
      List<ActorRef> refs = new ArrayList<>(e.actors());
      refs.addAll(e.recipients());
      for (ActorRef r : refs) {
        if (namesOffice(r, text)) {
          check(r, date).ifPresent(warnings::add);
        }
      }
    }
    for (org.annals.nlp.ActorMention m : state.actors()) {
      if (published != null && namesOffice(m.ref(), text)) {
        check(m.ref(), published).ifPresent(w -> {
          if (warnings.stream().noneMatch(x -> x.start() == w.start())) {
            warnings.add(w);
          }
        });
      }
    }
    return warnings.isEmpty() ? state : state.plusWarnings(warnings);
  }

  private static LocalDate eventDay(CodedEvent e, LocalDate published) {
    String v = e.date() == null ? null : e.date().value();
    if (v != null && v.length() == 10) {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException ignored) {
        // not a day: fall back to the publication date
      }
    }
    return published;
  }

  /** A person named together with an office or government, not marked "former". */
  private static boolean namesOffice(ActorRef r, String text) {
    if (r.entity() == null || !r.entity().startsWith("person/") || r.rule() == null) {
      return false;
    }
    boolean office = r.rule().contains("administration-of:") || r.rule().contains("+");
    String before = text.substring(Math.max(0, r.start() - 12), r.start()).toLowerCase();
    return office && !before.contains("former") && !before.contains("ex-") && !before.contains("late ");
  }

  private Optional<Warning> check(ActorRef r, LocalDate date) {
    List<Role> roles = kb.roles(r.entity());
    if (roles.isEmpty() || roles.stream().anyMatch(x -> x.heldOn(date))) {
      return Optional.empty();
    }
    Optional<Role> last = roles.stream().filter(x -> x.country() != null && x.country().equals(r.country()))
        .max(Comparator.comparing(Role::from));
    if (last.isEmpty()) {
      return Optional.empty();
    }
    Role role = last.get();
    String name = kb.entity(r.entity()).map(Entity::name).orElse(r.name());
    String status = role.to() != null && role.to().isBefore(date.plusDays(1))
        ? name + " left office " + role.to() : name + " took office " + role.from();
    String holder = kb.holder(role.country(), role.office(), date).map(Entity::name)
        .map(h -> "; " + h + " held it").orElse("");
    String msg = "'" + r.text() + "' names an office-holder who was not in office on the event date "
        + date + " (" + status + holder + ")";
    return Optional.of(new Warning(CODE, msg, r.start(), r.end()));
  }
}
