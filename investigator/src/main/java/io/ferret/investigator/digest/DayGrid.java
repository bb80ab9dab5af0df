package io.ferret.investigator.digest;

import io.ferret.ml.TimeWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * The calendar days of a zone that a digest compares, oldest first, the window last. Days are the zone's own, so
 * a day across a daylight-saving change lasts 23 or 25 hours.
 *
 * <p>Rows are summed in DuckDB per UTC bucket of {@link #bucketSeconds()} (an hour, unless the zone's midnights
 * fall off the hour) and the buckets are added up into days here, so no time-zone arithmetic runs in SQL.
 */
final class DayGrid {
  private static final long[] BUCKETS = {3600, 900, 60};

  private final LocalDate first;
  private final long[] boundaries;
  private final long bucketSeconds;

  private DayGrid(LocalDate first, long[] boundaries, long bucketSeconds) {
    this.first = first;
    this.boundaries = boundaries;
    this.bucketSeconds = bucketSeconds;
  }

  /** {@code historyDays} days before {@code window}, then the window, in {@code zone}. */
  static DayGrid ending(LocalDate window, int historyDays, ZoneId zone) {
    LocalDate first = window.minusDays(historyDays);
    long[] boundaries = new long[historyDays + 2];
    for (int i = 0; i < boundaries.length; i++) {
      boundaries[i] = first.plusDays(i).atStartOfDay(zone).toEpochSecond();
    }
    long bucket = 60;
    for (long candidate : BUCKETS) {
      if (Arrays.stream(boundaries).allMatch(b -> Math.floorMod(b, candidate) == 0)) {
        bucket = candidate;
        break;
      }
    }
    return new DayGrid(first, boundaries, bucket);
  }

  int days() {
    return boundaries.length - 1;
  }

  /** The window's index: the last day. */
  int window() {
    return days() - 1;
  }

  LocalDate date(int day) {
    return first.plusDays(day);
  }

  TimeWindow day(int day) {
    return new TimeWindow(Instant.ofEpochSecond(boundaries[day]), Instant.ofEpochSecond(boundaries[day + 1]));
  }

  /** Everything the grid covers, for the query's WHERE. */
  TimeWindow span() {
    return new TimeWindow(Instant.ofEpochSecond(boundaries[0]), Instant.ofEpochSecond(boundaries[days()]));
  }

  long bucketSeconds() {
    return bucketSeconds;
  }

  /** The day a bucket (its start at {@code bucket × bucketSeconds}) falls in; -1 outside the grid. */
  int dayOf(long bucket) {
    long start = bucket * bucketSeconds;
    int position = Arrays.binarySearch(boundaries, start);
    int day = position >= 0 ? position : -position - 2;
    return day >= 0 && day < days() ? day : -1;
  }
}
