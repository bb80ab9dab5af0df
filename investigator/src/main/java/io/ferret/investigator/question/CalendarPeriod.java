package io.ferret.investigator.question;

import java.time.DayOfWeek;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The calendar periods a question names with "this", "last" or "previous"; weeks start on Monday. */
enum CalendarPeriod {
  DAY(Period.ofDays(1)),
  WEEK(Period.ofWeeks(1)),
  MONTH(Period.ofMonths(1)),
  QUARTER(Period.ofMonths(3)),
  YEAR(Period.ofYears(1));

  private final Period length;

  CalendarPeriod(Period length) {
    this.length = length;
  }

  /** The word a question uses: "week" in "last week". */
  String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The start of the period that holds {@code now}. */
  ZonedDateTime start(ZonedDateTime now) {
    ZonedDateTime today = now.truncatedTo(ChronoUnit.DAYS);
    return switch (this) {
      case DAY -> today;
      case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> today.withDayOfMonth(1);
      case QUARTER -> today.withDayOfMonth(1).withMonth(today.get(IsoFields.QUARTER_OF_YEAR) * 3 - 2);
      case YEAR -> today.withDayOfYear(1);
    };
  }

  ZonedDateTime before(ZonedDateTime start) {
    return start.minus(length);
  }

  /** A whole period by its usual name: "Nov 24", "Nov 16 – Nov 22", "October 2026", "Q3 2026", "2025". */
  String label(ZonedDateTime start) {
    return switch (this) {
      case DAY -> WindowText.day(start);
      case WEEK -> WindowText.span(start, start.plus(length));
      case MONTH -> WindowText.month(start);
      case QUARTER -> WindowText.quarter(start);
      case YEAR -> String.valueOf(start.getYear());
    };
  }
}
