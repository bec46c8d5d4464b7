package org.annals.store;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * MinHash signatures over word 4-shingles of the normalised text, with LSH bands for candidate
 * search. Hash functions are fixed (seeded), so signatures are reproducible. Immutable;
 * thread-safe.
 */
final class MinHash {
  static final int HASHES = 128;
  static final int BANDS = 32;
  static final int ROWS = HASHES / BANDS;
  static final int SHINGLE = 4;
  /** Estimated Jaccard similarity from which an article is a near-duplicate. */
  static final double THRESHOLD = 0.6;

  private static final long[] A = new long[HASHES];
  private static final long[] B = new long[HASHES];

  static {
    java.util.SplittableRandom r = new java.util.SplittableRandom(0x5EEDL);
    for (int i = 0; i < HASHES; i++) {
      A[i] = r.nextLong() | 1L;
      B[i] = r.nextLong();
    }
  }

  private MinHash() {}

  /** Lower-case letters and digits, accents removed, words separated by one space. */
  static String[] words(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    String cleaned = n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
  }

  static int[] signature(String text) {
    String[] w = words(text);
    int[] sig = new int[HASHES];
    Arrays.fill(sig, Integer.MAX_VALUE);
    int n = Math.max(1, w.length - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = i; j < Math.min(w.length, i + SHINGLE); j++) {
        sb.append(w[j]).append(' ');
      }
      long h = fnv(sb.toString());
      for (int k = 0; k < HASHES; k++) {
        int v = (int) ((A[k] * h + B[k]) >>> 33);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  /** One hash per band of the signature. */
  static long[] bands(int[] sig) {
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = 0xcbf29ce484222325L;
      for (int r = 0; r < ROWS; r++) {
        h = (h ^ sig[b * ROWS + r]) * 0x100000001b3L;
      }
      out[b] = h;
    }
    return out;
  }

  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  static String encode(int[] sig) {
    char[] out = new char[HASHES * 8];
    for (int i = 0; i < HASHES; i++) {
      for (int d = 0; d < 8; d++) {
        out[i * 8 + d] = Character.forDigit((sig[i] >>> (28 - 4 * d)) & 0xf, 16);
      }
    }
    return new String(out);
  }

  static int[] decode(String s) {
    int[] sig = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      sig[i] = Integer.parseUnsignedInt(s.substring(i * 8, i * 8 + 8), 16);
    }
    return sig;
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
