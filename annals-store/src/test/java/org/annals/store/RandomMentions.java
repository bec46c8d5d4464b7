package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.annals.model.ActorRef;
import org.annals.model.CodedArticle;
import org.annals.model.Modality;

/**
 * Seeded random pre-coded articles whose events crowd a few dyads and a few weeks, with every kind
 * of date the merger distinguishes, so that many mentions meet (same day, a week, a month or "before"
 * spanning several days, unknown dates), for tests of canonical merging.
 */
final class RandomMentions {
  private static final ActorRef[] LEADERS = {Fixtures.PUTIN, Fixtures.TRUMP, Fixtures.MACRON};
  private static final String[] OUTLETS = {"Northern Wire", "Capital Post", "Evening Ledger",
      null};
  private static final String[] WORDS = {"ministers", "border", "grain", "envoy", "summit",
      "harbour", "treaty", "pipeline", "ceasefire", "loan", "convoy", "ballot"};

  private RandomMentions() {}

  static List<CodedArticle> articles(SplittableRandom r, int n) {
    List<CodedArticle> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(article(r, i));
    }
    return out;
  }

  private static CodedArticle article(SplittableRandom r, int i) {
    int events = 1 + r.nextInt(3);
    StringBuilder text = new StringBuilder("Dispatch ").append(i).append(':');
    for (int w = 0; w < 30; w++) {
      text.append(' ').append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(1000));
    }
    for (int k = 0; k < events; k++) {
      text.append(" Contact ").append(k).append(" of dispatch ").append(i).append('.');
    }
    Fixtures.Builder b = Fixtures.article(text.toString(),
        LocalDate.of(2025, 7, 1).plusDays(r.nextInt(12))).outlet(OUTLETS[r.nextInt(4)]);
    for (int k = 0; k < events; k++) {
      int x = r.nextInt(3);
      int y = (x + 1 + r.nextInt(2)) % 3;
      String mode = switch (r.nextInt(3)) {
        case 0 -> "phone";
        case 1 -> "in_person";
        default -> null;
      };
      Map<String, String> attrs = switch (r.nextInt(4)) {
        case 0 -> Map.of("duration", "PT1H");
        case 1 -> Map.of("duration", "PT2H");
        default -> Map.of();
      };
      Modality m = r.nextInt(10) == 0 ? Modality.NEGATED : Modality.ASSERTED;
      b.event("Contact " + k + " of dispatch " + i + ".", "CONSULT", mode, date(r), m, true,
          List.of(LEADERS[x], LEADERS[y]), List.of(), attrs);
    }
    return b.build();
  }

  private static String date(SplittableRandom r) {
    int k = r.nextInt(22);
    LocalDate day = LocalDate.of(2025, 6, 20).plusDays(r.nextInt(25));
    if (k < 12) {
      return day.toString();
    }
    return switch (k) {
      case 12, 13 -> day.toString().substring(0, 7);
      case 14 -> "2025";
      case 15, 16 -> "before " + day;
      case 17 -> "after " + day;
      case 18 -> "2024-12";
      case 19, 20 -> org.annals.model.IsoWeek.of(day);
      default -> null;
    };
  }
}
