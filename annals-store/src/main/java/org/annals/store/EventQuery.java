package org.annals.store;

import java.time.Instant;
import java.time.LocalDate;
import org.annals.model.BadInputException;

/**
 * Filters for canonical events. Null fields do not filter. Build with {@link #all()} and the
 * {@code withX} methods.
 *
 * @param actor a participant: ISO country code (RUS), CAMEO actor code (RUSGOV) or KB entity id
 * @param partner another participant of the same event (same forms as {@code actor})
 * @param type PLOVER event type, e.g. CONSULT
 * @param mode PLOVER mode, e.g. phone
 * @param from earliest event date (inclusive); events whose date is less precise than a day
 *     are compared by their first day
 * @param to latest event date (inclusive)
 * @param minSources minimum number of distinct outlets
 * @param text free text, case-insensitive, over the triggers and sentences of the mentions
 * @param country where the event happened: ISO 3166 alpha-3 code of its location
 * @param area where the event happened: a box or circle its location's point lies in
 * @param since only events first ingested after this instant (the earliest ingest time of
 *     their articles, GDELT's DATEADDED): what a scheduled pull has not seen
 * @param page page number from 0
 * @param size page size, 1 to 10,000
 * @param sort order of the results
 */
public record EventQuery(
    String actor, String partner, String type, String mode, LocalDate from, LocalDate to,
    int minSources, String text, String country, Area area, Instant since, int page, int size,
    Sort sort) {

  /** Result order. */
  public enum Sort { DATE, DATE_DESC, SOURCES, MENTIONS }

  public static final int MAX_SIZE = 10_000;

  public EventQuery {
    if (page < 0) {
      throw new BadInputException("page must be >= 0, got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new BadInputException("size must be between 1 and " + MAX_SIZE + ", got " + size);
    }
    if (minSources < 0) {
      throw new BadInputException("minSources must be >= 0, got " + minSources);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new BadInputException("from (" + from + ") is after to (" + to + ")");
    }
    if (sort == null) {
      sort = Sort.DATE;
    }
  }

  /** The filters without place and ingest time. */
  public EventQuery(String actor, String partner, String type, String mode, LocalDate from,
      LocalDate to, int minSources, String text, int page, int size, Sort sort) {
    this(actor, partner, type, mode, from, to, minSources, text, null, null, null, page, size,
        sort);
  }

  /** No filters, first page of 100, by date. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, null, 0, null, 0, 100, Sort.DATE);
  }

  public EventQuery withCountry(String v) {
    return new EventQuery(actor, partner, type, mode, from, to, minSources, text, v, area, since,
        page, size, sort);
  }

  public EventQuery withArea(Area v) {
    return new EventQuery(actor, partner, type, mode, from, to, minSources, text, country, v, since,
        page, size, sort);
  }

  public EventQuery withSince(Instant v) {
    return new EventQuery(actor, partner, type, mode, from, to, minSources, text, country, area, v,
        page, size, sort);
  }

  public EventQuery withActor(String v) {
    return new EventQuery(v, partner, type, mode, from, to, minSources, text, country, area, since,
        page, size, sort);
  }

  public EventQuery withPartner(String v) {
    return new EventQuery(actor, v, type, mode, from, to, minSources, text, country, area, since,
        page, size, sort);
  }

  public EventQuery withType(String v) {
    return new EventQuery(actor, partner, v, mode, from, to, minSources, text, country, area, since,
        page, size, sort);
  }

  public EventQuery withMode(String v) {
    return new EventQuery(actor, partner, type, v, from, to, minSources, text, country, area, since,
        page, size, sort);
  }

  public EventQuery withDates(LocalDate f, LocalDate t) {
    return new EventQuery(actor, partner, type, mode, f, t, minSources, text, country, area, since,
        page, size, sort);
  }

  public EventQuery withMinSources(int v) {
    return new EventQuery(actor, partner, type, mode, from, to, v, text, country, area, since, page,
        size, sort);
  }

  public EventQuery withText(String v) {
    return new EventQuery(actor, partner, type, mode, from, to, minSources, v, country, area, since,
        page, size, sort);
  }

  public EventQuery withPage(int p, int s) {
    return new EventQuery(actor, partner, type, mode, from, to, minSources, text, country, area,
        since, p, s, sort);
  }

  public EventQuery withSort(Sort v) {
    return new EventQuery(actor, partner, type, mode, from, to, minSources, text, country, area,
        since, page, size, v);
  }
}
