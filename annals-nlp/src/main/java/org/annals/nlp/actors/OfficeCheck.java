package org.annals.nlp.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.kb.Entity;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.NameMatch;
import org.annals.kb.Role;
import org.annals.model.ActorRef;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Precision;
import org.annals.model.Warning;
import org.annals.nlp.CodingState;
import org.annals.nlp.Stage;

/**
 * Flags office-holder anachronisms, only where the knowledge base is certain: an event actor that
 * names a person together with one of the person's offices ("President Biden", "Foreign Minister
 * Zarif") or the person's government ("the Biden administration"), on an event date the article
 * itself gives to the day (explicit, relative or anchored to another event; never the publication
 * date as a fallback), when the KB records someone else in that office of that country on that
 * day and records the person's own terms in it with exact dates. A term that starts or ends on
 * the event date counts as held that day (a leader who resigns meets visitors that morning). Not
 * flagged: actors after "former", "ex-", "late", "then-"; offices the KB does not track for the
 * person ("Senator Rubio"); a country named next to the person ("the United States Joe Biden");
 * pronouns; persons with an approximately dated term in the office. The actor stays the
 * country's government; the article gets a warning with code {@code officeholder-anachronism}.
 * Runs after the time stage.
 *
 * <p>Thread-safe: only the read-only KB is held.
 */
public final class OfficeCheck implements Stage {
  public static final String CODE = "officeholder-anachronism";
  private static final String APPROXIMATE = "APPROX";
  private static final Set<String> LEADER_OFFICES = Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT");
  private static final Set<String> GENERIC_OFFICES = Set.of("GOVERNMENT", "LEADER");
  private static final Pattern PAST_MARKER = Pattern.compile(
      "(?i)(?:\\bformer|\\bex-|\\blate|\\bthen-|\\bonetime|\\bone-time|\\berstwhile|\\boutgoing)\\b[^.;]*$");
  private static final Set<DateBasis> CERTAIN = Set.of(DateBasis.EXPLICIT, DateBasis.RELATIVE,
      DateBasis.ANCHORED_TO_EVENT);
  private final KnowledgeBase kb;

  public OfficeCheck(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public CodingState apply(CodingState state) {
    List<Warning> warnings = new ArrayList<>();
    String text = state.doc().text();
    for (CodedEvent e : state.events()) {
      Optional<LocalDate> date = certainDay(e.date());
      if (date.isEmpty()) {
        continue;
      }
      List<ActorRef> refs = new ArrayList<>(e.actors());
      refs.addAll(e.recipients());
      for (ActorRef r : refs) {
        namedOffices(r, text).flatMap(offices -> check(r, offices, date.get())).ifPresent(w -> {
          if (warnings.stream().noneMatch(x -> x.start() == w.start())) {
            warnings.add(w);
          }
        });
      }
    }
    return warnings.isEmpty() ? state : state.plusWarnings(warnings);
  }

  /** The event's day when the article gives it (not the publication-date fallback). */
  static Optional<LocalDate> certainDay(EventDate d) {
    if (d == null || d.precision() != Precision.DAY || d.value() == null || d.value().length() != 10
        || !CERTAIN.contains(d.basis())) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(d.value()));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The offices an actor names for its person: the office of its role word ("President",
   * "Foreign Minister") or, for "the Biden administration", the leader's offices. Empty when it
   * names none, names a past holder ("former President"), or is a pronoun.
   */
  private Optional<Set<String>> namedOffices(ActorRef r, String text) {
    if (r.entity() == null || !r.entity().startsWith("person/") || r.rule() == null || r.rule().contains(">")) {
      return Optional.empty();
    }
    String before = text.substring(Math.max(0, r.start() - 40), r.start());
    if (PAST_MARKER.matcher(before).find() || PAST_MARKER.matcher(text.substring(r.start(), r.end())).find()) {
      return Optional.empty();
    }
    if (r.rule().contains("administration-of:")) {
      return Optional.of(LEADER_OFFICES);
    }
    for (String part : r.rule().split("\\+")) {
      if (part.startsWith("kb:role:")) {
        Optional<String> office = office(part.substring("kb:role:".length()));
        if (office.isPresent() && !GENERIC_OFFICES.contains(office.get())) {
          return Optional.of(Set.of(office.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** The office key of a role word's slug ("prime-minister" → HEAD_OF_GOVERNMENT). */
  private Optional<String> office(String slug) {
    List<String> words = Arrays.asList(slug.split("-"));
    return kb.matchAt(words, 0).stream()
        .filter(m -> m.kind() == NameMatch.Kind.ROLE && m.length() == words.size() && m.office() != null)
        .map(NameMatch::office).findFirst();
  }

  private Optional<Warning> check(ActorRef r, Set<String> offices, LocalDate date) {
    List<Role> terms = kb.roles(r.entity()).stream()
        .filter(x -> offices.contains(x.office()) && r.country() != null && r.country().equals(x.country()))
        .toList();
    if (terms.isEmpty() || terms.stream().anyMatch(x -> inOffice(x, date) || (x.source() != null && x.source().endsWith(APPROXIMATE)))) {
      return Optional.empty();
    }
    Role last = terms.get(terms.size() - 1);
    Optional<Entity> holder = kb.holder(last.country(), last.office(), date)
        .filter(h -> !h.id().equals(r.entity()));
    if (holder.isEmpty()) {
      return Optional.empty(); // the KB does not know who held the office that day
    }
    String name = kb.entity(r.entity()).map(Entity::name).orElse(r.name());
    Role nearest = terms.stream().filter(x -> !x.from().isAfter(date)).reduce((a, b) -> b).orElse(terms.get(0));
    String status = nearest.to() != null && !nearest.to().isAfter(date)
        ? name + " left office " + nearest.to() : name + " took office " + nearest.from();
    String msg = "'" + r.text() + "' names an office-holder who was not in office on the event date "
        + date + " (" + status + "; " + holder.get().name() + " held it)";
    return Optional.of(new Warning(CODE, msg, r.start(), r.end()));
  }

  /** Held on {@code date}, counting the day a term ends (the KB's end dates are exclusive). */
  static boolean inOffice(Role role, LocalDate date) {
    return role.heldOn(date) || date.equals(role.to());
  }
}
