package io.ferret.ml.data;

import io.ferret.ml.Exclusion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Profiles the candidate columns of the sample, which is what the models see, and sets aside those that would
 * mislead a model: ID-like columns (nearly unique per row), near-constant columns, and columns that determine
 * the class. Profiling the sample in memory costs a few milliseconds; the same profile of the whole table in
 * DuckDB cost more than the rest of the load at a million rows.
 */
final class ColumnScreen {
  private static final double ID_LIKE_SHARE = 0.9;
  private static final int ID_LIKE_MIN_ROWS = 50;
  private static final double NEAR_CONSTANT_SHARE = 0.995;
  private static final int MAX_LEAK_VALUES = 50;

  private ColumnScreen() {}

  /** The usable columns of {@code candidates}, in order, adding an exclusion for each one dropped. */
  static List<String> screen(List<String> candidates, SourceColumns columns, ArrowColumns sample,
      List<String> classes, List<Exclusion> exclusions) {
    List<String> kept = new ArrayList<>();
    for (String column : candidates) {
      Profile profile = columns.numeric(column)
          ? Profile.of(sample.numbers(column))
          : Profile.of(sample.texts(column), classes);
      String reason = reason(column, columns, profile, sample.rows());
      if (reason == null) {
        kept.add(column);
      } else {
        exclusions.add(new Exclusion(column, reason));
      }
    }
    return kept;
  }

  private static String reason(String column, SourceColumns columns, Profile profile, long rows) {
    String name = column.toLowerCase(Locale.ROOT);
    boolean idName = name.equals("id") || name.endsWith("_id") || name.endsWith(".id") || name.endsWith("uuid");
    if (profile.distinct >= ID_LIKE_SHARE * profile.nonNull && profile.nonNull >= ID_LIKE_MIN_ROWS
        && (columns.nominal(column) || idName)) {
      return "ID-like: " + profile.distinct + " distinct values in " + profile.nonNull + " sampled rows";
    }
    if (profile.distinct <= 1 || profile.top >= NEAR_CONSTANT_SHARE * rows) {
      long top = Math.max(profile.top, profile.distinct <= 1 ? rows : 0);
      return "near-constant: one value in " + Math.round(100.0 * top / Math.max(1, rows)) + "% of sampled rows";
    }
    if (columns.nominal(column) && profile.distinct <= MAX_LEAK_VALUES && profile.oneClassEach) {
      return "leaks the target: each of its " + profile.distinct + " values meets only one class in the sample";
    }
    return null;
  }

  /**
   * A column's distinct values, rows with a value, the most frequent value's rows (nulls count as one value),
   * and whether every value meets a single class.
   */
  private record Profile(long distinct, long nonNull, long top, boolean oneClassEach) {
    static Profile of(double[] numbers) {
      double[] sorted = Arrays.stream(numbers).filter(value -> !Double.isNaN(value)).sorted().toArray();
      long nulls = numbers.length - sorted.length;
      long distinct = 0;
      long top = nulls;
      for (int start = 0; start < sorted.length; ) {
        int end = start;
        while (end < sorted.length && sorted[end] == sorted[start]) {
          end++;
        }
        distinct++;
        top = Math.max(top, end - start);
        start = end;
      }
      return new Profile(distinct, sorted.length, top, false);
    }

    static Profile of(List<String> texts, List<String> classes) {
      Map<String, long[]> counts = new HashMap<>();
      boolean oneClassEach = true;
      long nulls = 0;
      for (int r = 0; r < texts.size(); r++) {
        String value = texts.get(r);
        if (value == null) {
          nulls++;
          continue;
        }
        // per value: its rows, and the row of the first class it met
        long[] count = counts.computeIfAbsent(value, v -> new long[2]);
        if (count[0]++ == 0) {
          count[1] = r;
        } else if (oneClassEach && !classes.get(r).equals(classes.get((int) count[1]))) {
          oneClassEach = false;
        }
      }
      long top = nulls;
      for (long[] count : counts.values()) {
        top = Math.max(top, count[0]);
      }
      return new Profile(counts.size(), texts.size() - nulls, top, oneClassEach);
    }
  }
}
