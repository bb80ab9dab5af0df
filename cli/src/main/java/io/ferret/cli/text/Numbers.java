package io.ferret.cli.text;

import java.time.Duration;
import java.util.Locale;

/** Formats counts, sizes, rates and durations for people to read. */
public final class Numbers {
  private static final String[] UNITS = {"", "k", "M", "G", "T"};

  private Numbers() {}

  /** A count with thousands separators: 20,000. */
  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A count and its noun, singular or plural: "1 row", "3 rows". */
  public static String count(long value, String singular, String plural) {
    return count(value) + " " + (value == 1 ? singular : plural);
  }

  /** A large count in short form: 950, 12.3k, 1.2M. */
  public static String compact(double value) {
    int unit = 0;
    while (Math.abs(value) >= 1000 && unit < UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    if (unit == 0) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    return String.format(Locale.ROOT, value < 100 ? "%.1f%s" : "%.0f%s", value, UNITS[unit]);
  }

  /** A byte count in decimal units: 512 B, 4.2 MB, 1.3 GB. */
  public static String bytes(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    return compact(bytes).replace("k", " kB").replace("M", " MB").replace("G", " GB").replace("T", " TB");
  }

  /** A duration in seconds to a tenth, or milliseconds when short: 1.4 s, 85 ms. */
  public static String duration(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
