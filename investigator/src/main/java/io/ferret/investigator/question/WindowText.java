package io.ferret.investigator.question;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** How a window's days read in an answer: "Nov 9", "Nov 9 – Nov 15", "October 2026", "Q3 2026". */
final class WindowText {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

  private WindowText() {}

  static String day(ZonedDateTime time) {
    return DAY.format(time);
  }

  /** Names [from, to) by its first and last day. */
  static String span(ZonedDateTime from, ZonedDateTime to) {
    return day(from) + " – " + day(to.minusNanos(1));
  }

  /** Names [from, to) by its first and last day, with years: for windows a year back. */
  static String spanWithYear(ZonedDateTime from, ZonedDateTime to) {
    return DAY_YEAR.format(from) + " – " + DAY_YEAR.format(to.minusNanos(1));
  }

  static String month(ZonedDateTime time) {
    return time.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + time.getYear();
  }

  static String quarter(ZonedDateTime time) {
    return "Q" + time.get(IsoFields.QUARTER_OF_YEAR) + " " + time.getYear();
  }
}
