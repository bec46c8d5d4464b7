package org.annals.store.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.model.ActorRef;
import org.annals.model.Article;
import org.annals.model.CodedArticle;
import org.annals.model.CodedEvent;
import org.annals.model.DateBasis;
import org.annals.model.EventDate;
import org.annals.model.Evidence;
import org.annals.model.Modality;
import org.annals.model.Precision;
import org.annals.model.Trigger;

/** Deterministic synthetic pre-coded articles for benchmarks. Pure; thread-safe. */
public final class Synthetic {
  static final String[] TYPES = {"CONSULT", "AGREE", "ACCUSE", "THREATEN", "SUPPORT"};
  static final String[] CAMEO = {"040", "030", "112", "130", "050"};
  static final int[] QUAD = {1, 1, 3, 3, 2};

  static final String[] WORDS = {"talks", "border", "trade", "envoy", "summit", "grain",
      "energy", "treaty", "sanctions", "troops", "ceasefire", "loan", "visit", "protest", "vote",
      "minister", "harbour", "pipeline", "drill", "aid"};

  private Synthetic() {}

  /** Three-letter pseudo country codes AAA, AAB, ... ({@code n} of them). */
  static String country(int i) {
    return "" + (char) ('A' + i / 676 % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
  }

  /** Article {@code i} with {@code events} events among {@code countries} countries. */
  public static CodedArticle article(long i, int events, int countries) {
    StringBuilder text = new StringBuilder("Synthetic report ").append(i).append('.');
    List<int[]> spans = new ArrayList<>();
    for (int k = 0; k < events; k++) {
      int start = text.length() + 1;
      text.append(" Officials met");
      java.util.SplittableRandom r = new java.util.SplittableRandom(i * 1000 + k);
      for (int w = 0; w < 12; w++) {
        text.append(' ').append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(100));
      }
      text.append('.');
      spans.add(new int[] {start, text.length()});
    }
    LocalDate published = LocalDate.of(2020, 1, 1).plusDays(i % 2000);
    Article a = new Article(null, null, "https://bench.example/" + i, "Report " + i,
        "outlet" + (i % 50), published, "en", text.toString());
    List<CodedEvent> out = new ArrayList<>();
    for (int k = 0; k < events; k++) {
      long h = (i * 31 + k) * 2654435761L;
      int t = (int) Math.floorMod(h >> 7, (long) TYPES.length);
      int c1 = (int) Math.floorMod(h >> 11, (long) countries);
      int c2 = (c1 + 1 + (int) Math.floorMod(h >> 23, (long) (countries - 1))) % countries;
      LocalDate day = published.minusDays(Math.floorMod(h >> 31, 3L));
      int[] sp = spans.get(k);
      out.add(new CodedEvent(CodedEvent.makeId(a.id(), sp[0], TYPES[t]), TYPES[t], null, List.of(),
          CAMEO[t], QUAD[t], QUAD[t] <= 2 ? 3.0 : -4.0, List.of(actor(c1)), List.of(actor(c2)),
          false, new EventDate(day.toString(), Precision.DAY, DateBasis.RELATIVE, null, "bench"),
          null, Map.of(), Modality.ASSERTED, null,
          new Evidence(a.id(), sp[0], sp[1], new Trigger(sp[0] + 10, sp[0] + 13, "met"),
              "bench:" + TYPES[t]), 0.8));
    }
    return new CodedArticle(a, out, List.of(), List.of(), events + 1, text.length() / 6, null);
  }

  /**
   * A count claim about the article's first event, as a claim extractor would make it: "the N-th
   * TYPE between its two countries this year" (N from the article number; checked against the
   * store like any claim).
   */
  public static org.annals.model.Claim countClaim(CodedArticle a, long i) {
    CodedEvent e = a.events().get(0);
    LocalDate at = a.article().published();
    Map<String, Object> subject = new java.util.LinkedHashMap<>();
    subject.put(org.annals.model.ClaimSubject.EVENT, e.event());
    subject.put(org.annals.model.ClaimSubject.COUNTRIES,
        List.of(e.actors().get(0).country(), e.recipients().get(0).country()));
    subject.put(org.annals.model.ClaimSubject.AT, at.toString());
    subject.put(org.annals.model.ClaimSubject.VALUE, (int) (2 + i % 3));
    subject.put(org.annals.model.ClaimSubject.NUMBER, "ordinal");
    subject.put(org.annals.model.ClaimSubject.FROM, at.withDayOfYear(1).toString());
    subject.put(org.annals.model.ClaimSubject.TO, at.toString());
    int s = e.evidence().start();
    return new org.annals.model.Claim(org.annals.model.ClaimSubject.KIND_COUNT,
        a.article().text().substring(s, s + 8), s, s + 8, subject, "bench:count");
  }

  private static ActorRef actor(int c) {
    String code = country(c);
    return new ActorRef(code, code, code, "GOV", code + "GOV", null, 0, 0, "bench");
  }
}
