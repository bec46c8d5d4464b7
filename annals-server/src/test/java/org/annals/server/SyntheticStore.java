package org.annals.server;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.annals.model.CodedArticle;
import org.annals.store.EventStore;

/**
 * Writes a store of synthetic pre-coded reports for load tests and screenshots without CoreNLP:
 * {@code java -cp ... org.annals.server.SyntheticStore jdbc:duckdb:/tmp/load.duckdb 3000}.
 * The fixture reports (without the injection article) plus N generated phone-call reports among three leaders over two years.
 */
public final class SyntheticStore {
  private static final String[] WORDS = ("aide border budget cabinet ceasefire channel convoy corridor council "
      + "delegation deadline draft energy envoy exchange grain harbour hostage inspector ledger memo mission "
      + "monitor neutral offer outline package patrol pledge port prisoner protocol quota reactor refinery "
      + "relief route sanction schedule shipment signal summit supply tariff treaty truce venue visa winter").split(" ");

  private SyntheticStore() {}

  public static void main(String[] args) {
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    try (EventStore store = EventStore.open(args[0])) {
      store.putAll(Fixtures.reports());
      store.putAll(generate(n));
      System.out.println(store.stats());
    }
  }

  static List<CodedArticle> generate(int n) {
    Random r = new Random(42);
    String[][] pairs = {{"Trump", "Putin"}, {"Macron", "Putin"}, {"Trump", "Macron"}};
    String[] outlets = {"Harbor Times", "Meridian Wire", "Northern Ledger", "Capital Dispatch"};
    List<CodedArticle> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(700));
      String[] p = pairs[r.nextInt(pairs.length)];
      StringBuilder rest = new StringBuilder("Report ").append(i).append(" noted");
      for (int w = 0; w < 25; w++) {
        rest.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
      }
      out.add(Fixtures.call(outlets[r.nextInt(outlets.length)], day.toString(), p[0], p[1],
          day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), "PT1H", rest.append('.').toString()));
    }
    return out;
  }
}
