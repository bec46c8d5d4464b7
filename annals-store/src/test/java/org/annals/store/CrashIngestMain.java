package org.annals.store;

/**
 * Child process of {@link CrashSafetyTest}: stores synthetic articles {@code 0..n-1} one
 * transaction each, printing {@code stored I} after each commit.
 */
public final class CrashIngestMain {
  private CrashIngestMain() {}

  public static void main(String[] args) {
    String url = args[0];
    int n = Integer.parseInt(args[1]);
    try (EventStore store = EventStore.open(url)) {
      for (int i = 0; i < n; i++) {
        store.put(Fixtures.synthetic(i, 5));
        System.out.println("stored " + i);
        System.out.flush();
      }
    }
  }
}
