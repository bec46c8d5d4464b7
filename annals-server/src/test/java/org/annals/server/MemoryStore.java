package org.annals.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.annals.model.ActorRef;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Modality;
import org.annals.store.ActorDetail;
import org.annals.store.ActorSummary;
import org.annals.store.CanonicalEvent;
import org.annals.store.CanonicalEventDetail;
import org.annals.store.DyadTimeline;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import org.annals.store.ExportFormat;
import org.annals.store.IngestStats;
import org.annals.store.Mention;
import org.annals.store.Page;
import org.annals.store.PutResult;
import org.annals.store.PutStatus;
import org.annals.store.Skip;
import org.annals.store.StoredArticle;

/**
 * A small in-memory {@link EventStore} for the server's tests: asserted mentions with the same
 * type, participating countries and date make one canonical event. Synchronised; not for production.
 */
final class MemoryStore implements EventStore {
  private final Map<String, CodedArticle> articles = new LinkedHashMap<>();
  private final List<Mention> mentions = new ArrayList<>();

  @Override
  public synchronized PutResult put(CodedArticle coded) {
    Article a = coded.article();
    if (articles.containsKey(a.id())) {
      return new PutResult(a.id(), PutStatus.DUPLICATE, 0, 0, a.id());
    }
    articles.put(a.id(), coded);
    for (CodedEvent e : coded.events()) {
      String canon = e.modality() == Modality.ASSERTED ? canonicalId(e) : null;
      mentions.add(new Mention(e, a.id(), a.outlet(), a.url(), a.published(), canon,
          canon == null ? "not asserted" : "same type, participants and date"));
    }
    return new PutResult(a.id(), PutStatus.STORED, coded.events().size(), 0, null);
  }

  private static String canonicalId(CodedEvent e) {
    return "c" + Article.sha256Hex(e.event() + "|" + countries(e) + "|" + e.date().value()).substring(0, 16);
  }

  private static String countries(CodedEvent e) {
    return participants(e).stream().map(ActorRef::country).distinct().sorted().collect(Collectors.joining(","));
  }

  private static List<ActorRef> participants(CodedEvent e) {
    List<ActorRef> all = new ArrayList<>(e.actors());
    all.addAll(e.recipients());
    return all;
  }

  @Override
  public List<PutResult> putAll(List<CodedArticle> batch) {
    return batch.stream().map(this::put).toList();
  }

  private synchronized List<CanonicalEvent> canonical() {
    Map<String, List<Mention>> groups = new TreeMap<>();
    for (Mention m : mentions) {
      if (m.canonicalId() != null) {
        groups.computeIfAbsent(m.canonicalId(), k -> new ArrayList<>()).add(m);
      }
    }
    List<CanonicalEvent> out = new ArrayList<>();
    groups.forEach((id, ms) -> {
      List<LocalDate> dates = ms.stream().map(Mention::published).sorted().toList();
      int sources = (int) ms.stream().map(m -> m.outlet() == null ? m.articleId() : m.outlet()).distinct().count();
      int arts = (int) ms.stream().map(Mention::articleId).distinct().count();
      out.add(CanonicalEvent.of(id, ms.get(0).event(), ms.size(), sources, arts, dates.get(0), dates.get(dates.size() - 1)));
    });
    return out;
  }

  private static boolean involves(CanonicalEvent e, String actor) {
    List<ActorRef> all = new ArrayList<>(e.actors());
    all.addAll(e.recipients());
    return all.stream().anyMatch(a -> actor.equals(a.country()) || actor.equals(a.cameo()) || actor.equals(a.entity()));
  }

  @Override
  public synchronized Page<CanonicalEvent> events(EventQuery q) {
    List<CanonicalEvent> hits = canonical().stream()
        .filter(e -> q.actor() == null || involves(e, q.actor()))
        .filter(e -> q.partner() == null || involves(e, q.partner()))
        .filter(e -> q.type() == null || q.type().equals(e.event()))
        .filter(e -> q.mode() == null || q.mode().equals(e.mode()))
        .filter(e -> q.from() == null || (e.date().value() != null && e.date().value().compareTo(q.from().toString()) >= 0))
        .filter(e -> q.to() == null || (e.date().value() != null && e.date().value().compareTo(q.to().toString()) <= 0))
        .filter(e -> e.sources() >= q.minSources())
        .filter(e -> q.text() == null || text(e).contains(q.text().toLowerCase(Locale.ROOT)))
        .sorted(order(q.sort()))
        .toList();
    int from = Math.min(hits.size(), q.page() * q.size());
    return new Page<>(hits.subList(from, Math.min(hits.size(), from + q.size())), hits.size(), q.page(), q.size());
  }

  private String text(CanonicalEvent e) {
    return mentions.stream().filter(m -> e.id().equals(m.canonicalId()))
        .map(m -> articles.get(m.articleId()).article().text().substring(m.event().evidence().start(), m.event().evidence().end()))
        .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
  }

  private static Comparator<CanonicalEvent> order(EventQuery.Sort s) {
    Comparator<CanonicalEvent> byDate = Comparator.comparing(e -> e.date().value() == null ? "" : e.date().value());
    return switch (s) {
      case DATE -> byDate;
      case DATE_DESC -> byDate.reversed();
      case SOURCES -> Comparator.comparingInt(CanonicalEvent::sources).reversed();
      case MENTIONS -> Comparator.comparingInt(CanonicalEvent::mentions).reversed();
    };
  }

  @Override
  public synchronized Optional<CanonicalEventDetail> event(String id) {
    return canonical().stream().filter(e -> e.id().equals(id)).findFirst().map(e ->
        new CanonicalEventDetail(e, mentions.stream().filter(m -> id.equals(m.canonicalId())).toList()));
  }

  @Override
  public synchronized Optional<StoredArticle> article(String id) {
    CodedArticle c = articles.get(id);
    return c == null ? Optional.empty()
        : Optional.of(new StoredArticle(c, null, mentions.stream().filter(m -> m.articleId().equals(id)).toList()));
  }

  @Override
  public synchronized List<ActorSummary> actors(String text, int limit) {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, ActorRef> refs = new TreeMap<>();
    for (CanonicalEvent e : canonical()) {
      List<ActorRef> all = new ArrayList<>(e.actors());
      all.addAll(e.recipients());
      all.stream().map(ActorRef::country).distinct().forEach(c -> counts.computeIfAbsent(c, k -> new long[1])[0]++);
      all.forEach(a -> refs.putIfAbsent(a.country(), a));
    }
    return counts.entrySet().stream()
        .filter(x -> text == null || x.getKey().contains(text.toUpperCase(Locale.ROOT)))
        .map(x -> new ActorSummary(x.getKey(), x.getKey(), x.getKey(), x.getKey(), x.getValue()[0]))
        .sorted(Comparator.comparingLong(ActorSummary::events).reversed()).limit(limit).toList();
  }

  @Override
  public synchronized Optional<ActorDetail> actor(String id) {
    Optional<ActorSummary> a = actors(null, 10_000).stream().filter(x -> x.id().equals(id)).findFirst();
    if (a.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Long> partners = new TreeMap<>();
    Map<String, Long> months = new TreeMap<>();
    for (CanonicalEvent e : canonical()) {
      if (involves(e, id)) {
        List<ActorRef> all = new ArrayList<>(e.actors());
        all.addAll(e.recipients());
        all.stream().map(ActorRef::country).distinct().filter(c -> !c.equals(id)).forEach(c -> partners.merge(c, 1L, Long::sum));
        if (e.date().value() != null) {
          months.merge(e.date().value().substring(0, 7), 1L, Long::sum);
        }
      }
    }
    return Optional.of(new ActorDetail(a.get(),
        partners.entrySet().stream().map(x -> new ActorDetail.Count(x.getKey(), x.getValue())).toList(),
        months.entrySet().stream().map(x -> new ActorDetail.Count(x.getKey(), x.getValue())).toList()));
  }

  @Override
  public synchronized DyadTimeline dyad(String a, String b, String interval) {
    Map<String, List<CanonicalEvent>> byPeriod = new TreeMap<>();
    for (CanonicalEvent e : events(EventQuery.all().withActor(a).withPartner(b).withPage(0, 10_000)).items()) {
      if (e.date().value() != null) {
        byPeriod.computeIfAbsent(e.date().value().substring(0, interval.equals("year") ? 4 : 7), k -> new ArrayList<>()).add(e);
      }
    }
    List<DyadTimeline.Bucket> buckets = new ArrayList<>();
    byPeriod.forEach((p, es) -> buckets.add(new DyadTimeline.Bucket(p, es.size(),
        es.stream().collect(Collectors.groupingBy(CanonicalEvent::event, Collectors.counting())),
        es.stream().collect(Collectors.groupingBy(CanonicalEvent::quadClass, Collectors.counting())),
        es.stream().mapToDouble(CanonicalEvent::goldstein).average().orElse(0))));
    return new DyadTimeline(a, b, interval, buckets);
  }

  @Override
  public String explain(String eventId) {
    return event(eventId).map(d -> d.mentions().size() + " mention(s) with the same type, countries and date")
        .orElseThrow(() -> new org.annals.model.BadInputException("no event " + eventId));
  }

  @Override
  public synchronized IngestStats stats() {
    return new IngestStats(articles.size(), 0, mentions.size(), canonical().size(), Map.of());
  }

  @Override
  public void recordSkip(Skip skip) {}

  @Override
  public List<Skip> skips() {
    return List.of();
  }

  @Override
  public long export(ExportFormat format, EventQuery filter, Path out) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void close() {}
}
