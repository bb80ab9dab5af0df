package io.ferret.schema;

/**
 * Reads short plain decimals such as "49.90" or "-0.5" to the double that {@code new BigDecimal(text)
 * .doubleValue()} gives, without creating the BigDecimal.
 *
 * <p>With at most 15 significant digits and at most 22 fraction digits, both the digits as an integer and the
 * power of ten are exact doubles, so one division is correctly rounded, as BigDecimal's conversion is.
 */
final class PlainDecimal {
  /** Returned for text outside the fast path: an exponent, too many digits, or any other shape. */
  static final double NOT_PLAIN = Double.NaN;

  private static final int MAX_SIGNIFICANT_DIGITS = 15;
  private static final double[] POWERS_OF_TEN = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
      1e19, 1e20, 1e21, 1e22};

  private PlainDecimal() {}

  /** The value of the ASCII text {@code -?digits.digits} in {@code text[from, to)}, or {@link #NOT_PLAIN}. */
  static double parse(byte[] text, int from, int to) {
    int i = from;
    boolean negative = i < to && text[i] == '-';
    if (negative) {
      i++;
    }
    if (i == to || text[i] < '0' || text[i] > '9') {
      return NOT_PLAIN;
    }
    long digits = 0;
    int significant = 0;
    int fractionDigits = -1;
    for (; i < to; i++) {
      byte c = text[i];
      if (c == '.' && fractionDigits < 0) {
        fractionDigits = 0;
        continue;
      }
      if (c < '0' || c > '9') {
        return NOT_PLAIN;
      }
      if (fractionDigits >= 0) {
        fractionDigits++;
      }
      if (significant > 0 || c != '0') {
        if (++significant > MAX_SIGNIFICANT_DIGITS) {
          return NOT_PLAIN;
        }
        digits = 10 * digits + (c - '0');
      }
    }
    if (fractionDigits <= 0 || fractionDigits >= POWERS_OF_TEN.length) {
      return NOT_PLAIN;
    }
    // BigDecimal has no negative zero, so "-0.0" converts to 0.0
    double value = digits / POWERS_OF_TEN[fractionDigits];
    return negative && digits != 0 ? -value : value;
  }
}
