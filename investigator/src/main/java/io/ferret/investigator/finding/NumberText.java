package io.ferret.investigator.finding;

import io.ferret.investigator.semantic.MetricKind;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as answers print them, the same on every machine (English separators, fixed rounding). */
public final class NumberText {
  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

  private NumberText() {}

  /** A metric value: rates as percentages, counts whole, large values grouped, small ones with decimals. */
  public static String value(MetricKind kind, double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (kind == MetricKind.RATE) {
      return percent(value);
    }
    double magnitude = Math.abs(value);
    if (kind == MetricKind.COUNT || magnitude >= 100) {
      return format("#,##0", value);
    }
    if (magnitude >= 1) {
      return format("#,##0.##", value);
    }
    return format("0.###", value);
  }

  /** A share as a percentage with one decimal: 0.082 → "8.2%". */
  public static String percent(double share) {
    if (Double.isNaN(share)) {
      return "n/a";
    }
    return format("0.0", 100 * share) + "%";
  }

  /** A whole percentage: 0.71 → "71%". */
  public static String wholePercent(double share) {
    return format("0", 100 * share) + "%";
  }

  /** A relative change with its sign: -0.666 → "-66.6%", 0.031 → "+3.1%". */
  public static String signedPercent(double relative) {
    return (relative > 0 ? "+" : "") + percent(relative);
  }

  /** A difference of rates in percentage points: 0.045 → "4.5 points". */
  public static String points(double difference) {
    return format("0.0", 100 * Math.abs(difference)) + " points";
  }

  /** A row count: 12345 → "12,345". */
  public static String count(long count) {
    return format("#,##0", count);
  }

  /** A multiple: 7.345 → "7.3". */
  public static String times(double multiple) {
    return format("0.0", multiple);
  }

  private static String format(String pattern, double value) {
    String text = new DecimalFormat(pattern, SYMBOLS).format(value);
    return text.equals("-0") || text.matches("-0\\.0*") ? text.substring(1) : text;
  }
}
