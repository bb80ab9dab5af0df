package io.ferret.schema;

import java.util.Arrays;

/** Comparisons of byte ranges, for the short keys and values that flattening matches by their bytes. */
final class ByteRanges {
  private ByteRanges() {}

  /** True when {@code whole} holds exactly the bytes {@code text[from, to)}. */
  static boolean equal(byte[] whole, byte[] text, int from, int to) {
    return whole.length == to - from && Arrays.equals(whole, 0, whole.length, text, from, to);
  }
}
