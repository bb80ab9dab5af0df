package io.ferret.investigator.probe;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How finely a series is cut: days, whose cycle is the week, or hours, whose cycle is the day. */
enum BucketGrain {
  DAY(86_400, 7, 8 * 7, "daily", "day", "weekday", "weekdays"),
  HOUR(3_600, 24, 14 * 24, "hourly", "hour", "hour of the day", "hours of the day");

  private static final DateTimeFormatter DAY_NAME = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);
  private static final DateTimeFormatter HOUR_NAME =
      DateTimeFormatter.ofPattern("HH:00 'UTC on' EEE MMM d", Locale.ENGLISH);

  final long seconds;
  final int period;
  /** Buckets of history looked at before the window, at least. */
  final int history;
  final String adjective;
  final String noun;
  final String slot;
  final String slots;

  BucketGrain(long seconds, int period, int history, String adjective, String noun, String slot, String slots) {
    this.seconds = seconds;
    this.period = period;
    this.history = history;
    this.adjective = adjective;
    this.noun = noun;
    this.slot = slot;
    this.slots = slots;
  }

  /** Days for windows of a day or more, hours for shorter ones. */
  static BucketGrain forWindow(long windowSeconds) {
    return windowSeconds >= DAY.seconds ? DAY : HOUR;
  }

  /**
   * "Mon Nov 9" for the day starting at {@code start}, "14:00 UTC on Mon Nov 9" for the hour. Days start at
   * midnight in the question's zone, which probes do not know; their noon falls on the same UTC date in every
   * zone within twelve hours of UTC, so the day is named from it.
   */
  String name(Instant start) {
    if (this == DAY) {
      return DAY_NAME.format(start.plusSeconds(seconds / 2).atOffset(ZoneOffset.UTC));
    }
    return HOUR_NAME.format(start.atOffset(ZoneOffset.UTC));
  }
}
