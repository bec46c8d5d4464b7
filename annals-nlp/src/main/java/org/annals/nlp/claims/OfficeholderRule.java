package org.annals.nlp.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.kb.Entity;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.Role;
import org.annals.model.Claim;
import org.annals.model.ClaimSubject;
import org.annals.model.CodedEvent;
import org.annals.model.Precision;

/**
 * Office-holder claims: "the Biden administration", "the Starmer government" (the head of the
 * executive) or a title before a name ("President Joe Biden") on a date when the knowledge base
 * says the person did not hold that office. The date is that of the first day-dated event coded in
 * the sentence, else of its first day-precise time expression, else the publication date. A person who took the office only later is always a
 * claim; one who had left it only when the sentence is dated (event or time expression) within the last 60 days (so
 * that historical mentions such as "the impeachment of President Bill Clinton" are not claims).
 * Names must resolve to exactly one knowledge-base person with a matching role; "former",
 * "then-", "Vice", "a" and the like before the phrase skip it. Patterns compiled at
 * construction; thread-safe (the KB is).
 */
final class OfficeholderRule implements ClaimRule {
  private static final String NAME = "\\p{Lu}[\\p{L}'\\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\\u2019-]+){0,2}";
  private static final Set<String> EXECUTIVE = Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT");
  private static final Map<String, String> TITLES = titles();
  /** How far before publication an event still makes a sentence about the present. */
  private static final int RECENT_DAYS = 60;

  private static final List<String> KEYWORDS = List.of("administration", "government",
      "president", "minister", "premier", "chancellor", "secretary", "spokes");

  private final KnowledgeBase kb;
  private final Pattern administration = Pattern.compile("\\b(?:[Tt]he\\s+)?(?<name>"
      + "\\p{Lu}[\\p{L}'\\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\\u2019-]+)?)\\s+(?:administration|government)\\b");
  private final Pattern title = Pattern.compile("\\b(?<title>President|Prime\\s+Minister|Premier"
      + "|Chancellor|Foreign\\s+Minister|Secretary\\s+of\\s+State|Defen[cs]e\\s+Minister"
      + "|Defen[cs]e\\s+Secretary|[Ss]pokes(?:man|woman|person))\\s+(?<name>" + NAME + ")");
  private final Pattern hedge = Pattern.compile("(?i)(?:\\b(?:former|ex|then|late|outgoing"
      + "|incoming|future|would-be|acting|vice|deputy)\\b[\\s.-]*(?:[\\p{L}.]+[\\s-]+){0,2}"
      + "|\\ban?\\s+)$");

  OfficeholderRule(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public boolean mayMatch(String lowerCased) {
    return ClaimRule.containsAny(lowerCased, KEYWORDS);
  }

  @Override
  public List<Claim> find(SentenceView s) {
    List<Claim> out = new ArrayList<>();
    Optional<LocalDate> eventDay = eventDay(s);
    LocalDate at = eventDay.orElse(s.published());
    if (at == null) {
      return out;
    }
    boolean recent = eventDay.isPresent() && s.published() != null
        && !eventDay.get().isBefore(s.published().minusDays(RECENT_DAYS))
        && !eventDay.get().isAfter(s.published());
    scan(s, administration.matcher(s.text()), null, at, recent, "claim:officeholder:administration", out);
    scan(s, title.matcher(s.text()), TITLES, at, recent, "claim:officeholder:title", out);
    return out;
  }

  /**
   * Adds a claim for each phrase naming a person in an office not held on {@code at}: one taken
   * only later, or (when the sentence reports a recent dated event) one already left.
   *
   * @param titles office by title word, or null for the executive ("administration")
   */
  private void scan(SentenceView s, Matcher m, Map<String, String> titles, LocalDate at,
      boolean recent, String rule, List<Claim> out) {
    while (m.find()) {
      Set<String> offices = titles == null ? EXECUTIVE
          : Set.of(titles.get(m.group("title").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
      if (hedged(s, m.start())) {
        continue;
      }
      Optional<Resolved> r = person(m.group("name"), offices, at);
      if (r.isPresent() && !r.get().role().heldOn(at) && (recent || r.get().onlyLater(at))) {
        out.add(claim(s, m, r.get(), at, rule));
      }
    }
  }

  /**
   * A resolved person with the role the phrase names (the one held on the date, else the
   * nearest) and all their roles of that kind.
   */
  private record Resolved(Entity person, Role role, List<Role> roles) {
    /** Whether the person first took such an office after {@code at}. */
    boolean onlyLater(LocalDate at) {
      return roles.stream().allMatch(r -> r.from().isAfter(at));
    }
  }

  private Optional<Resolved> person(String name, Set<String> offices, LocalDate at) {
    List<Entity> candidates = kb.persons(name);
    if (candidates.isEmpty() && name.contains(" ")) {
      candidates = kb.persons(name.substring(name.lastIndexOf(' ') + 1));
    }
    List<Resolved> matching = new ArrayList<>();
    for (Entity p : candidates) {
      List<Role> roles = kb.roles(p.id()).stream().filter(r -> offices.contains(r.office())).toList();
      roles.stream().min(Comparator.comparing((Role r) -> !r.heldOn(at))
              .thenComparing(r -> Math.abs(r.from().toEpochDay() - at.toEpochDay())))
          .ifPresent(r -> matching.add(new Resolved(p, r, roles)));
    }
    return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
  }

  private Claim claim(SentenceView s, Matcher m, Resolved r, LocalDate at, String rule) {
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put(ClaimSubject.PERSON, r.person().name());
    subject.put(ClaimSubject.PERSON_ID, r.person().id());
    subject.put(ClaimSubject.ROLE, r.role().title());
    subject.put(ClaimSubject.OFFICE, r.role().office());
    subject.put(ClaimSubject.COUNTRY, r.role().country());
    subject.put(ClaimSubject.AT, at.toString());
    return ClaimRule.claim(s, ClaimSubject.KIND_OFFICEHOLDER, m.start(), m.end(), subject, rule);
  }

  private boolean hedged(SentenceView s, int start) {
    return hedge.matcher(s.text().substring(Math.max(0, start - 30), start)).find();
  }

  /** The day of the first day-dated event coded in the sentence, else of its first dated time expression. */
  private static Optional<LocalDate> eventDay(SentenceView s) {
    Optional<LocalDate> event = s.events().stream().map(CodedEvent::date)
        .filter(d -> d.precision() == Precision.DAY && d.value() != null)
        .map(d -> Subjects.parse(d.value())).filter(d -> d != null).findFirst();
    if (event.isPresent()) {
      return event;
    }
    return s.timexes().stream().filter(t -> "DATE".equals(t.type()) && t.value() != null)
        .map(t -> Subjects.parse(t.value())).filter(d -> d != null).findFirst();
  }

  private static Map<String, String> titles() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("president", "HEAD_OF_STATE");
    t.put("prime minister", "HEAD_OF_GOVERNMENT");
    t.put("premier", "HEAD_OF_GOVERNMENT");
    t.put("chancellor", "HEAD_OF_GOVERNMENT");
    t.put("foreign minister", "FOREIGN_MINISTER");
    t.put("secretary of state", "FOREIGN_MINISTER");
    t.put("defence minister", "DEFENCE_MINISTER");
    t.put("defense minister", "DEFENCE_MINISTER");
    t.put("defence secretary", "DEFENCE_MINISTER");
    t.put("defense secretary", "DEFENCE_MINISTER");
    t.put("spokesman", "SPOKESPERSON");
    t.put("spokeswoman", "SPOKESPERSON");
    t.put("spokesperson", "SPOKESPERSON");
    return Map.copyOf(t);
  }
}
