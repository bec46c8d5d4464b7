package org.annals.verify;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.EventDate;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.store.CanonicalEvent;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import org.annals.store.Mention;

/**
 * The record of a subject's events: day-dated canonical events from the store, plus the checked
 * article's own asserted events when the store does not hold them yet (so an article's "sixth
 * call" counts its own call once, whether or not it was ingested). Records of the same day count
 * once; days are counted exactly (the demo corpus, correctly dated, needs no tolerance for calls
 * reported a day off). Without a store (null) only the article's own events are known. One
 * instance per verification; not shared between threads.
 */
final class History {
  /**
   * A dated event of the record: the best-reported canonical event of a day, with the others
   * recorded that day in {@code also}.
   */
  record Dated(LocalDate date, CanonicalEvent event, boolean fromArticle, List<CanonicalEvent> also) {
    Dated {
      also = List.copyOf(also);
    }
  }

  /** The day-dated events found and how many matching events were less precisely dated. */
  record Found(List<Dated> events, int imprecise) {}

  private final EventStore store;
  private final CodedArticle context;

  History(EventStore store, CodedArticle context) {
    this.store = store;
    this.context = context;
  }

  /** Events of {@code s} dated in {@code [from, to]} (null bounds are open), oldest first. */
  Found events(Subject s, LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      return new Found(List.of(), 0); // a window that ends before it starts (the first day of a count's window)
    }
    Map<LocalDate, Dated> byDay = new java.util.TreeMap<>();
    int imprecise = 0;
    for (CanonicalEvent e : stored(s, from, to)) {
      Optional<LocalDate> day = day(e.date());
      if (!s.modeMatches(e.mode())) {
        continue;
      }
      if (day.isEmpty()) {
        imprecise++;
      } else if (inside(day.get(), from, to)) {
        byDay.merge(day.get(), new Dated(day.get(), e, false, List.of()), History::join);
      }
    }
    for (CodedEvent e : context == null ? List.<CodedEvent>of() : context.events()) {
      Optional<LocalDate> day = day(e.date());
      if (day.isPresent() && inside(day.get(), from, to) && own(s, e)) {
        byDay.putIfAbsent(day.get(), new Dated(day.get(), fromArticle(e), true, List.of()));
      }
    }
    List<Dated> out = new ArrayList<>(byDay.values());
    return new Found(out, imprecise);
  }

  /** The last day before {@code at}. */
  static LocalDate before(LocalDate at) {
    return at.minusDays(1);
  }

  /** The event the claim speaks of: the record of day {@code at}. */
  List<Dated> around(Subject s, LocalDate at) {
    return events(s, at, at).events();
  }

  /** One event from two records of a day: the better reported stands for both (the stored one over the article's). */
  private static Dated join(Dated a, Dated b) {
    boolean aFirst = a.fromArticle() == b.fromArticle()
        ? a.event().mentions() >= b.event().mentions() : !a.fromArticle();
    Dated keep = aFirst ? a : b;
    Dated drop = aFirst ? b : a;
    List<CanonicalEvent> also = new ArrayList<>(keep.also());
    if (!drop.fromArticle()) {
      also.add(drop.event());
    }
    also.addAll(drop.also());
    return new Dated(keep.date(), keep.event(), keep.fromArticle(), also);
  }

  private List<CanonicalEvent> stored(Subject s, LocalDate from, LocalDate to) {
    if (store == null) {
      return List.of();
    }
    EventQuery q = EventQuery.all().withType(s.event()).withActor(s.countries().get(0))
        .withPartner(s.countries().get(1)).withMode(s.storeMode()).withDates(from, to)
        .withPage(0, EventQuery.MAX_SIZE);
    return store.events(q).items();
  }

  /** The latest event of {@code s} before {@code day} (exclusive), if any. */
  Optional<Dated> latestBefore(Subject s, LocalDate day) {
    List<Dated> all = events(s, null, day.minusDays(1)).events();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The articles that reported {@code d}. */
  List<Report> reports(Dated d) {
    if (d.fromArticle()) {
      return List.of(contextReport());
    }
    if (store == null) {
      return List.of();
    }
    LinkedHashSet<Report> out = new LinkedHashSet<>();
    for (CanonicalEvent e : stored(d)) {
      store.event(e.id()).ifPresent(detail -> detail.mentions().forEach(m ->
          out.add(new Report(m.articleId(), m.outlet(), m.url(), m.published()))));
    }
    return List.copyOf(out);
  }

  /**
   * Durations in minutes reported for {@code d}, by all its mentions except those of the checked
   * article (a claim is not evidence for itself), else by the canonical event.
   */
  List<Integer> durations(Dated d) {
    List<Integer> out = new ArrayList<>();
    for (CanonicalEvent e : store == null ? List.<CanonicalEvent>of() : stored(d)) {
      store.event(e.id()).ifPresent(detail -> {
        for (Mention m : detail.mentions()) {
          if (context == null || !context.article().id().equals(m.articleId())) {
            minutes(m.event().attributes().get("duration")).ifPresent(out::add);
          }
        }
      });
    }
    return out;
  }

  /** The stored canonical events a dated event stands for. */
  private static List<CanonicalEvent> stored(Dated d) {
    List<CanonicalEvent> all = new ArrayList<>();
    if (!d.fromArticle()) {
      all.add(d.event());
    }
    all.addAll(d.also());
    return all;
  }

  EvidenceEvent evidence(Dated d, String role) {
    return new EvidenceEvent(d.event(), role, reports(d));
  }

  static OptionalInt minutes(String iso) {
    if (iso == null) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of((int) java.time.Duration.parse(iso).toMinutes());
    } catch (DateTimeParseException e) {
      return OptionalInt.empty();
    }
  }

  private boolean own(Subject s, CodedEvent e) {
    return s.event().equals(e.event()) && s.modeMatches(e.mode())
        && e.modality() == Modality.ASSERTED && s.participants(e.actors(), e.recipients());
  }

  private CanonicalEvent fromArticle(CodedEvent e) {
    LocalDate pub = context.article().published();
    return new CanonicalEvent(e.id(), e, 1, 1, 1, pub, pub);
  }

  private Report contextReport() {
    var a = context.article();
    return new Report(a.id(), a.outlet(), a.url(), a.published());
  }

  private static boolean inside(LocalDate d, LocalDate from, LocalDate to) {
    return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
  }

  private static Optional<LocalDate> day(EventDate date) {
    if (date == null || date.precision() != Precision.DAY || date.value() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(date.value()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
