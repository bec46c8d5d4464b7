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
 * Office-holder claims. "the Biden administration" / "the Starmer government" always make a
 * claim (the person led the executive on the date the sentence speaks of); a title before a name
 * ("President Joe Biden") makes one only when the knowledge base says the person did not hold
 * that office on that date, so that ordinary correct titles do not flood the claims. Names must
 * resolve to exactly one knowledge-base person with a matching role; "former", "then-" and the
 * like skip the phrase. The date is that of the event coded in the sentence, else the
 * publication date. Patterns compiled at construction; thread-safe (the KB is).
 */
final class OfficeholderRule implements ClaimRule {
  private static final String NAME = "\\p{Lu}[\\p{L}'\\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\\u2019-]+){0,2}";
  private static final Set<String> EXECUTIVE = Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT");
  private static final Map<String, String> TITLES = titles();

  private final KnowledgeBase kb;
  private final Pattern administration = Pattern.compile("\\b(?:[Tt]he\\s+)?(?<name>"
      + "\\p{Lu}[\\p{L}'\\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\\u2019-]+)?)\\s+(?:administration|government)\\b");
  private final Pattern title = Pattern.compile("\\b(?<title>President|Prime\\s+Minister|Premier"
      + "|Chancellor|Foreign\\s+Minister|Secretary\\s+of\\s+State|Defen[cs]e\\s+Minister"
      + "|Defen[cs]e\\s+Secretary|[Ss]pokes(?:man|woman|person))\\s+(?<name>" + NAME + ")");
  private final Pattern hedge = Pattern.compile("(?i)(?:former|ex-|then-|late|outgoing|incoming"
      + "|future|would-be|acting|elected|elect)\\s*$");

  OfficeholderRule(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public List<Claim> find(SentenceView s) {
    List<Claim> out = new ArrayList<>();
    LocalDate at = date(s);
    if (at == null) {
      return out;
    }
    Matcher a = administration.matcher(s.text());
    while (a.find()) {
      Optional<Resolved> r = hedged(s, a.start()) ? Optional.empty()
          : person(a.group("name"), EXECUTIVE, at);
      if (r.isPresent()) {
        out.add(claim(s, a, r.get(), at, "claim:officeholder:administration"));
      }
    }
    Matcher t = title.matcher(s.text());
    while (t.find()) {
      String office = TITLES.get(t.group("title").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      Optional<Resolved> r = hedged(s, t.start()) ? Optional.empty()
          : person(t.group("name"), Set.of(office), at).filter(x -> !x.role().heldOn(at));
      if (r.isPresent()) {
        out.add(claim(s, t, r.get(), at, "claim:officeholder:title"));
      }
    }
    return out;
  }

  /** A resolved person with the role the phrase names (the one held on the date, else the nearest). */
  private record Resolved(Entity person, Role role) {}

  private Optional<Resolved> person(String name, Set<String> offices, LocalDate at) {
    List<Entity> candidates = kb.persons(name);
    if (candidates.isEmpty() && name.contains(" ")) {
      candidates = kb.persons(name.substring(name.lastIndexOf(' ') + 1));
    }
    List<Resolved> matching = new ArrayList<>();
    for (Entity p : candidates) {
      kb.roles(p.id()).stream().filter(r -> offices.contains(r.office()))
          .min(Comparator.comparing((Role r) -> !r.heldOn(at))
              .thenComparing(r -> Math.abs(r.from().toEpochDay() - at.toEpochDay())))
          .ifPresent(r -> matching.add(new Resolved(p, r)));
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
    return hedge.matcher(s.text().substring(Math.max(0, start - 12), start)).find();
  }

  /** The day the sentence speaks of: a day-dated event in it, else the publication date. */
  private static LocalDate date(SentenceView s) {
    return s.events().stream().map(CodedEvent::date)
        .filter(d -> d.precision() == Precision.DAY && d.value() != null)
        .map(d -> Subjects.parse(d.value())).filter(d -> d != null).findFirst()
        .orElse(s.published());
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
