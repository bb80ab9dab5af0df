package io.ferret.schema;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads the usual ISO-8601 shapes, {@code 2024-03-01} and {@code 2024-03-01T10:00:00[.ffffff](Z|+01:00)}, by
 * hand: DateTimeFormatter costs more than the rest of a value's classification.
 *
 * <p>It only answers for text it fully understands; anything else (lower-case separators, omitted seconds,
 * offsets with seconds, invalid dates, sub-microsecond digits, instants outside 1678 to 2261) returns null and is
 * left to the formatter, so the accepted text and its meaning are exactly the formatter's.
 */
final class IsoTemporal {
  private static final int DATE_LENGTH = 10;
  private static final int DATE_TIME_LENGTH = 19;
  private static final int OFFSET_LENGTH = 6;
  private static final int MICROS_DIGITS = 6;
  private static final int MAX_OFFSET_HOURS = 18;
  private static final long MICROS_PER_SECOND = 1_000_000;
  private static final int SECONDS_PER_DAY = 86_400;
  /**
   * The formatter path converts through nanoseconds since the epoch, which overflow a long after 2262 and before
   * 1677, and keeps the text of such instants; these bounds, a second inside that range, leave them to it.
   */
  private static final long MAX_SECONDS = Long.MAX_VALUE / 1_000_000_000L - 1;
  private static final long MIN_SECONDS = -MAX_SECONDS;

  private IsoTemporal() {}

  /** The DATE or TIMESTAMP value of {@code s}, or null when the formatter has to decide. */
  static Value parse(String s) {
    int length = s.length();
    long epochDay = epochDay(s);
    if (epochDay == Long.MIN_VALUE) {
      return null;
    }
    if (length == DATE_LENGTH) {
      return new Value(ValueKind.DATE, (int) epochDay, s);
    }
    if (length <= DATE_TIME_LENGTH || s.charAt(DATE_LENGTH) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int hour = twoDigits(s, 11);
    int minute = twoDigits(s, 14);
    int second = twoDigits(s, 17);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int i = DATE_TIME_LENGTH;
    long micros = 0;
    if (s.charAt(i) == '.') {
      int digits = 0;
      for (i++; i < length && isDigit(s.charAt(i)); i++, digits++) {
        int digit = s.charAt(i) - '0';
        if (digits < MICROS_DIGITS) {
          micros = 10 * micros + digit;
        } else if (digit != 0) {
          return null; // finer than a microsecond: the formatter path keeps the text instead
        }
      }
      if (digits == 0 || digits > 9) {
        return null;
      }
      for (int d = digits; d < MICROS_DIGITS; d++) {
        micros *= 10;
      }
    }
    int offsetSeconds = offsetSeconds(s, i);
    if (offsetSeconds == Integer.MIN_VALUE) {
      return null;
    }
    long seconds = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds;
    if (seconds > MAX_SECONDS || seconds < MIN_SECONDS) {
      return null;
    }
    return new Value(ValueKind.TIMESTAMP, seconds * MICROS_PER_SECOND + micros, s);
  }

  /** The day of {@code yyyy-MM-dd} at the start of {@code s}, or Long.MIN_VALUE when it is not a valid one. */
  private static long epochDay(String s) {
    if (s.length() < DATE_LENGTH || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return Long.MIN_VALUE;
    }
    int century = twoDigits(s, 0);
    int yearOfCentury = twoDigits(s, 2);
    int month = twoDigits(s, 5);
    int day = twoDigits(s, 8);
    if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1) {
      return Long.MIN_VALUE;
    }
    int year = 100 * century + yearOfCentury;
    if (day > Month.of(month).length(Year.isLeap(year))) {
      return Long.MIN_VALUE;
    }
    return LocalDate.of(year, month, day).toEpochDay();
  }

  /** Seconds east of UTC for a trailing {@code Z} or {@code ±HH:MM} at {@code i}, else Integer.MIN_VALUE. */
  private static int offsetSeconds(String s, int i) {
    int remaining = s.length() - i;
    if (remaining == 1 && s.charAt(i) == 'Z') {
      return 0;
    }
    if (remaining != OFFSET_LENGTH || s.charAt(i + 3) != ':') {
      return Integer.MIN_VALUE;
    }
    char sign = s.charAt(i);
    int hours = twoDigits(s, i + 1);
    int minutes = twoDigits(s, i + 4);
    if ((sign != '+' && sign != '-') || hours < 0 || hours >= MAX_OFFSET_HOURS || minutes < 0 || minutes > 59) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3600 + minutes * 60;
    return sign == '-' ? -seconds : seconds;
  }

  /** The two-digit number at {@code i}, or -1. */
  private static int twoDigits(String s, int i) {
    char tens = s.charAt(i);
    char ones = s.charAt(i + 1);
    return isDigit(tens) && isDigit(ones) ? 10 * (tens - '0') + (ones - '0') : -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
