package io.ferret.ingest.source;

import java.util.Locale;

/**
 * Bounds on a single event, so that one hostile or broken record cannot exhaust memory or the stack.
 *
 * @param maxEventBytes largest event accepted: a JSON line in bytes, a CSV row in characters (the CSV parser
 *     only sees decoded text; for ASCII the two are the same)
 * @param maxNestingDepth deepest nesting of JSON objects and arrays accepted, the event's own object included
 */
public record SourceLimits(int maxEventBytes, int maxNestingDepth) {

  private static final SourceLimits DEFAULTS = new SourceLimits(1_048_576, 1000);

  /** Longest number text typed as a number; longer ones cost quadratic time to convert exactly. */
  static final int MAX_NUMBER_CHARS = 10_000;

  public SourceLimits {
    // One byte of headroom is needed to hold a line's trailing '\r' while deciding whether it is CRLF.
    if (maxEventBytes < 1 || maxEventBytes == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("maxEventBytes must be between 1 and " + (Integer.MAX_VALUE - 1));
    }
    if (maxNestingDepth < 1) {
      throw new IllegalArgumentException("maxNestingDepth must be at least 1");
    }
  }

  /** 1 MiB events nested at most 1000 levels deep. */
  public static SourceLimits defaults() {
    return DEFAULTS;
  }

  /** A count with thousands separators, the same in every locale: 1048576 -> "1,048,576". */
  static String grouped(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
