package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annals.model.Article;
import org.annals.nlp.PipelineFactory;
import org.annals.store.CanonicalEvent;
import org.annals.store.CanonicalEventDetail;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import org.annals.store.Mention;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 4 acceptance on the project's own demo articles, through the real pipeline (CoreNLP, the
 * shared instance of this JVM) and a real store: three outlets' reports of the seventh
 * Trump–Putin call (2025-08-18) give one canonical CONSULT/phone event with three sources, and
 * the earlier calls the long report mentions in passing attach to the canonical events of those
 * calls, reported first by other articles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCallMergeTest {
  /** The three reports of the 2025-08-18 call (Harbor Times, Meridian Wire, Northern Ledger). */
  static final List<String> SEVENTH_CALL = List.of("27-seventh-call.txt", "28-putin-zelensky-meeting.txt",
      "32-long-seventh-call.txt");
  /** The earlier calls that 32-long-seventh-call.txt mentions, and the article that first reported each. */
  static final Map<String, String> EARLIER = Map.of(
      "2025-02-12", "04-trump-putin-first-call.txt", "2025-03-18", "07-energy-strikes.txt",
      "2025-05-19", "13-third-call.txt", "2025-06-04", "16-fourth-call-ushakov.txt",
      "2025-06-14", "18-birthday-call.txt", "2025-07-03", "23-sixth-call.txt");

  private EventStore store;
  private Map<String, Article> byFile;

  @BeforeAll
  void ingest() {
    Set<String> wanted = new java.util.HashSet<>(SEVENTH_CALL);
    wanted.addAll(EARLIER.values());
    wanted.add("20-macron-putin-2025.txt");
    byFile = DemoCorpus.load().stream().filter(a -> wanted.contains(a.file().substring("demo/".length())))
        .collect(Collectors.toMap(a -> a.file().substring("demo/".length()), Function.identity()));
    assertThat(byFile).hasSize(wanted.size());
    store = EventStore.open("jdbc:duckdb:");
    byFile.values().stream().sorted(java.util.Comparator.comparing(Article::file).reversed())
        .forEach(a -> store.put(PipelineFactory.shared().code(a)));
  }

  @AfterAll
  void close() {
    if (store != null) {
      store.close();
    }
  }

  private List<CanonicalEvent> calls(String actor, String partner, String day) {
    java.time.LocalDate d = java.time.LocalDate.parse(day);
    List<CanonicalEvent> out = store.events(EventQuery.all().withActor(actor).withPartner(partner)
        .withType("CONSULT").withDates(d, d)).items().stream()
        .filter(e -> day.equals(e.date().value())).toList();
    assertThat(out).as("CONSULT events %s-%s on %s", actor, partner, day)
        .allSatisfy(e -> assertThat(e.mode()).isEqualTo("phone"));
    return out;
  }

  private Set<String> articleFiles(CanonicalEvent e) {
    CanonicalEventDetail detail = store.event(e.id()).orElseThrow();
    Map<String, String> fileById = byFile.values().stream().collect(Collectors.toMap(Article::id,
        a -> a.file().substring("demo/".length())));
    return detail.mentions().stream().map(Mention::articleId).map(fileById::get).collect(Collectors.toSet());
  }

  @Test
  void threeReportsOfTheSeventhCallAreOneEventWithThreeSources() {
    List<CanonicalEvent> seventh = calls("RUS", "USA", "2025-08-18");
    assertThat(seventh).hasSize(1);
    assertThat(seventh.get(0).sources()).isEqualTo(3);
    assertThat(articleFiles(seventh.get(0))).containsExactlyInAnyOrderElementsOf(SEVENTH_CALL);
  }

  @Test
  void earlierCallsMentionedInPassingAttachToTheirOwnEvents() {
    for (Map.Entry<String, String> call : EARLIER.entrySet()) {
      List<CanonicalEvent> found = calls("RUS", "USA", call.getKey());
      assertThat(found).as(call.getKey()).hasSize(1);
      assertThat(articleFiles(found.get(0))).as(call.getKey())
          .contains(call.getValue(), "32-long-seventh-call.txt");
    }
    List<CanonicalEvent> macron = calls("FRA", "RUS", "2025-07-01");
    assertThat(macron).hasSize(1);
    assertThat(articleFiles(macron.get(0))).contains("20-macron-putin-2025.txt", "32-long-seventh-call.txt");
  }
}
