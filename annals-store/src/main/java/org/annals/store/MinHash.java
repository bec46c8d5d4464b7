package org.annals.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

  /**
   * Lower-case letters and digits, accents removed, as words. Plain ASCII text (most news) takes a
   * single pass over the characters; other text goes through Unicode normalisation and the same
   * rules as regular expressions ({@link #wordsUnicode}); both give the same words.
   */
  static String[] words(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return wordsUnicode(text);
      }
    }
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char ch = i < text.length() ? text.charAt(i) : ' ';
      if (ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') {
        w.append(ch);
      } else if (ch >= 'A' && ch <= 'Z') {
        w.append((char) (ch + ('a' - 'A')));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    return out.toArray(new String[0]);
  }

  /** {@link #words} for any text: NFKD, marks removed, lower case, split on non-alphanumerics. */
  static String[] wordsUnicode(String text) {
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
      long h = FNV_OFFSET;
      for (int j = i; j < Math.min(w.length, i + SHINGLE); j++) {
        h = fnv(h, w[j]);
        h = (h ^ ' ') * FNV_PRIME;
      }
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
      long h = FNV_OFFSET;
      for (int r = 0; r < ROWS; r++) {
        h = (h ^ sig[b * ROWS + r]) * FNV_PRIME;
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

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** FNV-1a over the characters of {@code s}, continuing from {@code h}. */
  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return h;
  }
}
