package io.ferret.bench.accuracy;

import io.ferret.ml.TimeWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The window a phrasing names, computed here from the calendar alone (UTC, weeks from Monday), so the benchmark
 * plants the change where the words point and never borrows the investigator's own reading of them.
 */
enum WindowKind {
  LAST_WEEK,
  THIS_MONTH,
  YESTERDAY,
  LAST_7_DAYS,
  /** Drivers questions: no window, the whole table. */
  NONE;

  /** The window asked about, [from, to), for a question asked at {@code asOf}. */
  TimeWindow current(Instant asOf) {
    ZonedDateTime now = asOf.atZone(ZoneOffset.UTC);
    ZonedDateTime today = now.truncatedTo(ChronoUnit.DAYS);
    return switch (this) {
      case LAST_WEEK -> {
        ZonedDateTime monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield window(monday.minusWeeks(1), monday);
      }
      case THIS_MONTH -> window(today.withDayOfMonth(1), now);
      case YESTERDAY -> window(today.minusDays(1), today);
      case LAST_7_DAYS -> window(now.minusDays(7), now);
      case NONE -> new TimeWindow(Instant.EPOCH, asOf.plus(Duration.ofDays(1)));
    };
  }

  private static TimeWindow window(ZonedDateTime from, ZonedDateTime to) {
    return new TimeWindow(from.toInstant(), to.toInstant());
  }
}
