package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.annals.model.CodedArticle;
import org.annals.store.bench.StoreCeiling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ceiling benchmark copies exactly the rows of the store it measures (so its figure is the
 * cost of writing those rows), and its blanks leave out only what they name.
 */
class StoreCeilingTest {
  @TempDir Path tmp;

  @Test
  void copiesEveryRowOfTheStoreInBatches() throws Exception {
    String src = storeOf(RandomMentions.articles(new SplittableRandom(5), 30));
    String dest = tmp.resolve("copy.duckdb").toString();
    StoreCeiling.main(new String[] {src, dest, "4"});
    Map<String, List<String>> a = StoreDump.dump("jdbc:duckdb:" + src);
    Map<String, List<String>> b = StoreDump.dump("jdbc:duckdb:" + dest);
    assertThat(a.get("canonical_members")).as("the fixture merges mentions").hasSizeGreaterThan(
        a.get("canonical").size());
    for (String t : StoreDump.TABLES) {
      assertThat(b.get(t)).as(t).isEqualTo(a.get(t));
    }
  }

  @Test
  void blanksEmptyAColumnOrLeaveOutATable() throws Exception {
    String src = storeOf(RandomMentions.articles(new SplittableRandom(6), 12));
    String dest = tmp.resolve("lean.duckdb").toString();
    StoreCeiling.main(new String[] {src, dest, "5", "mentions.body", "canonical_actors"});
    Map<String, List<String>> a = StoreDump.dump("jdbc:duckdb:" + src);
    Map<String, List<String>> b = StoreDump.dump("jdbc:duckdb:" + dest);
    assertThat(b.get("canonical_actors")).isEmpty();
    assertThat(b.get("mentions")).hasSameSizeAs(a.get("mentions"))
        .allSatisfy(row -> assertThat(row).contains("\tbody=\t"));
    assertThat(b.get("canonical")).isEqualTo(a.get("canonical"));
  }

  private String storeOf(List<CodedArticle> articles) {
    String path = tmp.resolve("src-" + articles.size() + ".duckdb").toString();
    try (EventStore s = EventStore.open("jdbc:duckdb:" + path)) {
      for (int i = 0; i < articles.size(); i += 7) {
        s.putAll(articles.subList(i, Math.min(articles.size(), i + 7)));
      }
    }
    return path;
  }
}
