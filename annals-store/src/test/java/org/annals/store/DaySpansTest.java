package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DaySpansTest {
  @Test
  void gapsAreExactlyTheDaysNotCoveredBefore() {
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      DaySpans spans = new DaySpans();
      BitSet model = new BitSet();
      for (int step = 0; step < 12; step++) {
        int lo = r.nextInt(60);
        int hi = lo + r.nextInt(10);
        BitSet expected = new BitSet();
        expected.set(lo, hi + 1);
        expected.andNot(model);
        BitSet gaps = new BitSet();
        for (long[] g : spans.add(lo, hi)) {
          assertThat(g[0]).isLessThanOrEqualTo(g[1]);
          gaps.set((int) g[0], (int) g[1] + 1);
        }
        assertThat(gaps).as("seed %d step %d", seed, step).isEqualTo(expected);
        model.set(lo, hi + 1);
      }
      List<long[]> all = spans.spans();
      BitSet covered = new BitSet();
      for (int i = 0; i < all.size(); i++) {
        covered.set((int) all.get(i)[0], (int) all.get(i)[1] + 1);
        if (i > 0) {
          assertThat(all.get(i)[0]).as("spans are merged").isGreaterThan(all.get(i - 1)[1] + 1);
        }
      }
      assertThat(covered).isEqualTo(model);
    }
  }

  @Test
  void openEndsCoverEverythingOnce() {
    DaySpans spans = new DaySpans();
    assertThat(spans.add(100, 200)).hasSize(1);
    List<long[]> gaps = new ArrayList<>(spans.add(DateFit.OPEN_LO, DateFit.OPEN_HI));
    assertThat(gaps).extracting(g -> g[0] + ".." + g[1])
        .containsExactly(DateFit.OPEN_LO + "..99", "201.." + DateFit.OPEN_HI);
    assertThat(spans.add(5, 5)).isEmpty();
  }
}
