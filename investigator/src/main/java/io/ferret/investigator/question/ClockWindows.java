package io.ferret.investigator.question;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows finer than a day, for incidents: "at 14:30" (that minute), "at 2019-08-21 14:30", "in the last 30
 * minutes", "in the last hour". Each is compared with the same span just before it, like the day-level windows.
 */
final class ClockWindows {
  private static final Pattern DATE_AND_TIME =
      Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})(?:t| at | )(\\d{1,2}):(\\d{2})\\b");
  private static final Pattern AT_TIME = Pattern.compile("\\b(?:at|around) (\\d{1,2}):(\\d{2})\\b");
  private static final Pattern LAST_N_UNITS =
      Pattern.compile("\\b(?:last|past|previous) (?:(\\d{1,4}) )?(minute|hour)s?\\b");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ENGLISH);

  private ClockWindows() {}

  /** The minute or hour window the question names, if any. */
  static Optional<Comparison> find(String question, ZonedDateTime now) {
    Matcher m = DATE_AND_TIME.matcher(question);
    if (m.find()) {
      return TimeWindowParser.date(m.group(1)).flatMap(day -> clock(day, m.group(2), m.group(3), now))
          .map(minute -> minute(minute, m.group()));
    }
    Matcher at = AT_TIME.matcher(question);
    if (at.find()) {
      LocalDate today = now.toLocalDate();
      return clock(today, at.group(1), at.group(2), now)
          // a time later than now on today's clock means the same time yesterday
          .map(minute -> minute.isAfter(now) ? minute.minusDays(1) : minute)
          .map(minute -> minute(minute, at.group()));
    }
    Matcher last = LAST_N_UNITS.matcher(question);
    if (last.find()) {
      int count = last.group(1) == null ? 1 : Integer.parseInt(last.group(1));
      if (count == 0) {
        return Optional.empty();
      }
      ChronoUnit unit = last.group(2).equals("minute") ? ChronoUnit.MINUTES : ChronoUnit.HOURS;
      return Optional.of(lastSpan(now, Duration.of(count, unit), last.group()));
    }
    return Optional.empty();
  }

  private static Comparison minute(ZonedDateTime start, String matched) {
    ZonedDateTime end = start.plusMinutes(1);
    ZonedDateTime before = start.minusMinutes(1);
    return new Comparison(TimeWindowParser.window(start, end), TimeWindowParser.window(before, start),
        CLOCK.format(start) + " vs the minute before (" + CLOCK.format(before) + ")", matched);
  }

  private static Comparison lastSpan(ZonedDateTime now, Duration span, String matched) {
    ZonedDateTime start = now.minus(span);
    ZonedDateTime before = start.minus(span);
    return new Comparison(TimeWindowParser.window(start, now), TimeWindowParser.window(before, start),
        "the " + matched + " (" + CLOCK.format(start) + " – " + CLOCK.format(now) + ") vs the span before ("
            + CLOCK.format(before) + " – " + CLOCK.format(start) + ")", matched);
  }

  private static Optional<ZonedDateTime> clock(LocalDate day, String hour, String minute, ZonedDateTime now) {
    try {
      LocalTime time = LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute));
      return Optional.of(day.atTime(time).atZone(now.getZone()));
    } catch (DateTimeException e) {
      return Optional.empty(); // "25:70" looks like a time but names none: no window
    }
  }
}
