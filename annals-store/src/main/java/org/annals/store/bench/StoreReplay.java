package org.annals.store.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.annals.model.CodedArticle;
import org.annals.store.EventStore;

/**
 * Stores every article of store A again, as coded, into a fresh store B: shuffled and in random
 * batches of 1–12 articles (both from {@code SEED}). Canonical events are a function of the set
 * of mentions, so {@link StoreCompare} A B must then say "identical" (for a store A written by
 * this version). A check of the writer's partial recomputation on real data, not used by the
 * product.
 *
 * <pre>java -cp ... org.annals.store.bench.StoreReplay A.duckdb B.duckdb SEED</pre>
 */
public final class StoreReplay {
  private StoreReplay() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: StoreReplay A.duckdb B.duckdb SEED");
      System.exit(2);
    }
    long seed = Long.parseLong(args[2]);
    List<String> ids = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + args[0].replace("'", "''") + "' AS a (READ_ONLY)");
      try (ResultSet rs = s.executeQuery("SELECT id FROM a.articles ORDER BY id")) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    List<CodedArticle> articles = new ArrayList<>();
    try (EventStore a = EventStore.open("jdbc:duckdb:" + args[0])) {
      for (String id : ids) {
        articles.add(a.article(id).orElseThrow().coded());
      }
    }
    Collections.shuffle(articles, new Random(seed));
    SplittableRandom r = new SplittableRandom(seed);
    int batches = 0;
    try (EventStore b = EventStore.open("jdbc:duckdb:" + args[1])) {
      for (int i = 0; i < articles.size(); batches++) {
        int n = 1 + r.nextInt(12);
        b.putAll(articles.subList(i, Math.min(articles.size(), i + n)));
        i += n;
      }
    }
    System.out.println("replayed " + articles.size() + " articles in " + batches + " batches");
  }
}
