package org.annals.nlp.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.annals.kb.places.Gazetteer;
import org.annals.kb.places.Place;
import org.annals.model.ActorRef;
import org.annals.model.AnnotatedDoc;
import org.annals.model.CodedEvent;
import org.annals.model.Evidence;
import org.annals.model.Location;
import org.annals.model.Sentence;
import org.annals.nlp.CodingState;
import org.annals.nlp.Stage;
import org.annals.nlp.text.SentenceGraph;
import org.annals.nlp.text.WordLists;

/**
 * Where each event happened (docs/PLACES.md): a place named in the event's own clause ("in",
 * "at", "near", "outside", "from"; or the object of an attack, "shelled Kharkiv"); else the
 * dateline's or the article's main place when the event is local to it (all its participants
 * are of that country, or none has a country); else
 * the one country of a domestic event's participants ({@link #actorsCountry}); else none —
 * never a country guessed from an actor who may be acting abroad. Place names are resolved
 * against the gazetteer in the article's context ({@link Disambiguator}); the rule and the
 * reasons are the location's provenance. Also records each event's sentence number in its
 * evidence. Thread-safe (read-only gazetteer).
 */
public final class Geolocator implements Stage {
  static final String WORDS = "org/annals/nlp/places/place-words.tsv";
  private static final int MATERIAL_CONFLICT = 4;
  private final Set<String> hostVerbs;
  private final Set<String> meetingEvents;
  private final Set<String> remoteModes;
  private final Set<String> objectModes;
  /** PLOVER sectors whose actions are domestic unless a place says otherwise. */
  private final Set<String> domestic;
  private final PlaceMentions mentions;
  private final Disambiguator disambiguator = new Disambiguator();
  private final Gazetteer gazetteer;

  public Geolocator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.mentions = new PlaceMentions(gazetteer);
    WordLists words = WordLists.of(WORDS);
    this.hostVerbs = words.get("host-verb");
    this.meetingEvents = words.get("meeting-event");
    this.remoteModes = words.get("remote-mode");
    this.objectModes = words.get("object-mode");
    this.domestic = words.get("domestic-sector");
  }

  @Override
  public CodingState apply(CodingState state) {
    if (state.events().isEmpty()) {
      return state;
    }
    AnnotatedDoc doc = state.doc();
    List<PlaceMention> found = mentions.find(doc);
    Set<String> actorCountries = new LinkedHashSet<>();
    state.actors().forEach(a -> addCountry(actorCountries, a.ref()));
    state.events().forEach(e -> actorCountries.addAll(participantCountries(e)));
    Resolved dateline = Dateline.find(found, doc.text());
    List<Resolved> places = disambiguator.resolve(found, new Disambiguator.Context(
        actorCountries, dateline == null ? null : dateline.place().country()), doc.text());
    Article ctx = new Article(doc, places, dateline == null ? null : resolvedAt(places, dateline),
        mains(places));
    List<CodedEvent> out = new ArrayList<>();
    for (CodedEvent e : state.events()) {
      out.add(own(e, ctx));
    }
    Location meeting = meetingPlace(out);
    out.replaceAll(e -> e.location() != null ? e : e.withLocation(elsewhere(e, ctx, meeting)));
    return state.withEvents(out);
  }

  /** The article as this stage sees it; {@code mains} are its main places (see {@link #mains}). */
  private record Article(AnnotatedDoc doc, List<Resolved> places, Resolved dateline,
      List<Resolved> mains) {}

  private static Resolved resolvedAt(List<Resolved> places, Resolved dateline) {
    return places.stream().filter(r -> r.mention().start() == dateline.mention().start())
        .findFirst().orElse(dateline);
  }

  /**
   * The article's main places: the cities or divisions it names most often (at least twice), in
   * the order the article first names them; more than one when several tie ("officials in Kyiv
   * and Moscow ..." twice), and each event takes the one it is local to ({@link #local}).
   */
  private static List<Resolved> mains(List<Resolved> places) {
    Map<Place, Integer> counts = new HashMap<>();
    Map<Place, Resolved> first = new LinkedHashMap<>();
    for (Resolved r : places) {
      if (!r.place().isCountry()) {
        counts.merge(r.place(), 1, Integer::sum);
        first.putIfAbsent(r.place(), r);
      }
    }
    int most = counts.values().stream().max(Integer::compare).orElse(0);
    return most < 2 ? List.of() : first.values().stream()
        .filter(r -> counts.get(r.place()) == most).toList();
  }

  /** The event with its sentence number and the place of its own clause, if any. */
  private CodedEvent own(CodedEvent e, Article a) {
    Sentence s = sentenceOf(a.doc(), e);
    CodedEvent out = e;
    if (s != null && e.evidence() != null) {
      out = e.withEvidence(e.evidence().withSentence(a.doc().sentences().indexOf(s) + 1));
    }
    Location loc = s == null ? null : inClause(a, s, e);
    return out.withLocation(loc != null ? loc : coders(e.location()));
  }

  /**
   * For an event with no place in its own clause: the article's one meeting place for a meeting,
   * else the dateline's or the article's main place when the event is local, else the country of
   * a domestic event's participants, else none.
   */
  private Location elsewhere(CodedEvent e, Article a, Location meeting) {
    Location loc = meeting != null && isMeeting(e) ? meeting : null;
    if (loc == null) {
      loc = local(a, e);
    }
    return loc != null ? loc : actorsCountry(e);
  }

  private boolean isMeeting(CodedEvent e) {
    return e.event() != null && meetingEvents.contains(e.event().toLowerCase(Locale.ROOT))
        && (e.mode() == null || !remoteModes.contains(e.mode().toLowerCase(Locale.ROOT)));
  }

  /**
   * The one city or division where the article's meetings happened by their own clauses ("met
   * in Ankara"), for its other mentions of a meeting ("did not attend the summit"); null when
   * the article places its meetings in no city or in several.
   */
  private Location meetingPlace(List<CodedEvent> events) {
    Location found = null;
    for (CodedEvent e : events) {
      Location l = e.location();
      boolean own = l != null && l.rule() != null && l.rule().startsWith("place:clause:") && l.geonamesId() != null
          && !Location.COUNTRY.equals(l.precision());
      if (own && isMeeting(e)) {
        if (found != null && !found.geonamesId().equals(l.geonamesId())) {
          return null;
        }
        found = found != null ? found : l;
      }
    }
    return found == null ? null : new Location(found.text(), found.name(), found.geonamesId(),
        found.country(), found.fips(), found.admin1(), found.lat(), found.lon(),
        found.precision(), "place:article-meeting;" + found.rule().substring(
            found.rule().indexOf(';') + 1), found.start(), found.end());
  }

  private static Sentence sentenceOf(AnnotatedDoc doc, CodedEvent e) {
    Evidence ev = e.evidence();
    if (ev == null) {
      return null;
    }
    int at = ev.trigger() != null ? ev.trigger().start() : ev.start();
    for (Sentence s : doc.sentences()) {
      if (s.start() <= at && at < s.end()) {
        return s;
      }
    }
    return null;
  }

  /**
   * The most precise place of the event's own clause: hanging from the trigger (or its object,
   * or right after it), else from the verb that holds a trigger noun or the verb a trigger verb
   * is coordinated with ({@link Clause#extensions}). Each name is read with the event's
   * participants' countries first ({@link Disambiguator#forEvent}).
   */
  private Location inClause(Article a, Sentence s, CodedEvent e) {
    List<Integer> trigger = Triggers.tokens(s, e.evidence().trigger());
    if (trigger.isEmpty()) {
      return null;
    }
    SentenceGraph g = new SentenceGraph(s);
    List<Resolved> here = new ArrayList<>();
    int index = a.doc().sentences().indexOf(s);
    Set<String> countries = participantCountries(e);
    for (Resolved r : a.places()) {
      PlaceMention m = r.mention();
      if (m.sentence() == index || m.start() >= s.start() && m.end() <= s.end()) {
        here.add(Disambiguator.forEvent(r, countries));
      }
    }
    Location own = best(here, r -> ownPreposition(g, r.mention(), trigger, e));
    if (own != null) {
      return own;
    }
    for (Map.Entry<Integer, String> x : Clause.extensions(g, trigger, hostVerbs).entrySet()) {
      Location ext = best(here, r -> {
        String prep = Clause.preposition(g, r.mention().last(), List.of(x.getKey()));
        return prep == null ? null : prep + ":" + x.getValue();
      });
      if (ext != null) {
        return ext;
      }
    }
    return null;
  }

  private String ownPreposition(SentenceGraph g, PlaceMention m, List<Integer> trigger,
      CodedEvent e) {
    String prep = Clause.preposition(g, m.last(), trigger);
    boolean objectIsPlace = e.quadClass() == MATERIAL_CONFLICT
        || e.mode() != null && objectModes.contains(e.mode().toLowerCase(Locale.ROOT));
    if (prep == null && objectIsPlace) {
      prep = Clause.object(g, m.last(), trigger);
    }
    if (prep == null) {
      String near = Clause.surface(g, m.first(), trigger);
      prep = near == null ? null : near + ":surface";
    }
    return prep;
  }

  /** The most precise of the places for which {@code how} names a link, as a clause location. */
  private static Location best(List<Resolved> places, Function<Resolved, String> how) {
    Resolved best = null;
    String bestHow = null;
    for (Resolved r : places) {
      String h = how.apply(r);
      if (h != null && (best == null || rank(r.place()) > rank(best.place()))) {
        best = r;
        bestHow = h;
      }
    }
    return best == null ? null : location(best, "place:clause:" + bestHow);
  }

  /**
   * The event coder's own "in/at PLACE" (a place the gazetteer lacks, resolved to a country by
   * the KB), at its country's point.
   */
  private Location coders(Location l) {
    if (l == null || l.country() == null) {
      return null;
    }
    return gazetteer.country(l.country()).map(p -> new Location(l.text(), l.text(),
        null, p.country(), blank(p.fips()), blank(p.admin1()), p.lat(), p.lon(),
        Location.COUNTRY, "place:clause:kb-country", l.start(), l.end())).orElse(null);
  }

  private static int rank(Place p) {
    return switch (p.kind()) {
      case Place.CITY -> 3;
      case Place.ADMIN1 -> 2;
      default -> 1;
    };
  }

  /**
   * The dateline's or else an article's main place, when the event is local to it: every
   * participant with a country (or region) is of the place's country, or none has one. A call
   * between two countries' leaders is local to neither capital; of main places that tie, the
   * first the event is local to.
   */
  private Location local(Article a, CodedEvent e) {
    Set<String> countries = new LinkedHashSet<>(); // any code, regions too ("the West")
    e.actors().forEach(x -> addCode(countries, x));
    e.recipients().forEach(x -> addCode(countries, x));
    List<Resolved> candidates = new ArrayList<>();
    if (a.dateline() != null) {
      candidates.add(a.dateline());
    }
    candidates.addAll(a.mains());
    for (Resolved r : candidates) {
      if (countries.isEmpty() || countries.size() == 1
          && countries.contains(r.place().country())) {
        return location(r, r == a.dateline() ? "place:dateline" : "place:article-main");
      }
    }
    return null;
  }

  /**
   * The one country of the event's participants, for a domestic event: two or more participants
   * all of that country, or an actor of a sector that acts at home (police, courts, legislators,
   * opposition, civilians, students, labour, criminals). A government or army acting alone may
   * act abroad: no location.
   */
  private Location actorsCountry(CodedEvent e) {
    Set<String> countries = participantCountries(e);
    if (countries.size() != 1) {
      return null;
    }
    List<ActorRef> all = new ArrayList<>(e.actors());
    all.addAll(e.recipients());
    boolean bilateral = all.size() >= 2 && all.stream()
        .allMatch(a -> countries.contains(a.country()));
    boolean home = e.actors().stream().anyMatch(a -> a.sector() != null
        && domestic.contains(a.sector().toLowerCase(Locale.ROOT)));
    if (!bilateral && !home) {
      return null;
    }
    String rule = "place:actors-country:" + (bilateral ? "all-participants" : "domestic-sector");
    return gazetteer.country(countries.iterator().next()).map(p -> new Location(null, p.name(),
        p.geonamesId(), p.country(), blank(p.fips()), blank(p.admin1()), p.lat(), p.lon(),
        Location.COUNTRY, rule, 0, 0)).orElse(null);
  }

  private Set<String> participantCountries(CodedEvent e) {
    Set<String> out = new LinkedHashSet<>();
    e.actors().forEach(a -> addCountry(out, a));
    e.recipients().forEach(a -> addCountry(out, a));
    return out;
  }

  private static void addCode(Set<String> out, ActorRef a) {
    if (a.country() != null) {
      out.add(a.country());
    }
  }

  /** An actor's country, when it is a country (not a region, an IGO or an NGO). */
  private void addCountry(Set<String> out, ActorRef a) {
    boolean org = a != null && a.entity() != null && a.entity().startsWith("org/");
    if (a != null && a.country() != null && !org && gazetteer.country(a.country()).isPresent()) {
      out.add(a.country());
    }
  }

  private static Location location(Resolved r, String rule) {
    Place p = r.place();
    PlaceMention m = r.mention();
    return new Location(m.text(), p.name(), p.geonamesId(), p.country(), blank(p.fips()),
        blank(p.admin1()), p.lat(), p.lon(), p.kind(),
        rule + ";" + r.rule(), m.start(), m.end());
  }

  private static String blank(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
