package io.ferret.investigator.question;

import io.ferret.ml.TimeWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time window in a question and the window to compare it with, relative to an as-of time.
 *
 * <p>A period still in progress (today, this week, this month, this quarter, this year, since Monday) is
 * compared with the same span of the previous period, never with the whole previous period: comparing 22 days
 * with 31 would report a drop that is only the calendar. Weeks start on Monday. "vs last year" compares with
 * the same window a year earlier instead.
 */
public final class TimeWindowParser {
  private static final int DEFAULT_DAYS = 7;
  private static final Pattern LAST_N_DAYS =
      Pattern.compile("\\b(?:last|past|previous) (\\d{1,3}) days?\\b");
  private static final Pattern SINCE_WEEKDAY =
      Pattern.compile("\\bsince (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern IN_MONTH = Pattern.compile(
      "\\b(?:in|during) (january|february|march|april|may|june|july|august|september|october|november|december)"
          + "(?: (\\d{4}))?\\b");
  private static final Pattern ON_DATE = Pattern.compile("\\b(?:on |for )?(\\d{4}-\\d{2}-\\d{2})\\b");
  private static final Pattern BETWEEN_DATES =
      Pattern.compile("\\b(?:between|from) (\\d{4}-\\d{2}-\\d{2}) (?:and|to|until) (\\d{4}-\\d{2}-\\d{2})\\b");
  private static final Pattern LAST_WEEKEND = Pattern.compile("\\b(?:last|previous) weekend\\b");
  private static final Pattern NAMED_PERIOD =
      Pattern.compile("\\b(today|yesterday|(this|last|previous) (week|month|quarter|year))\\b");
  private static final Pattern VS_LAST_YEAR = Pattern.compile(
      "\\b(?:vs\\.?|versus|compared (?:to|with)|against) (?:the same (?:\\w+ )?(?:of )?)?last year\\b");

  private final ZoneId zone;

  public TimeWindowParser(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * The comparison a question names, if any. "vs last year" alone compares the last 7 days with the same days a
   * year earlier.
   *
   * @param question the question, lower-cased with single spaces
   * @param asOf the moment "now" means: by default the latest event time in the table
   */
  public Optional<Comparison> parse(String question, Instant asOf) {
    ZonedDateTime now = asOf.atZone(zone);
    Matcher yearAgo = VS_LAST_YEAR.matcher(question);
    if (!yearAgo.find()) {
      return find(question, now);
    }
    // the rest of the question names the window; "last year" here names only the baseline
    String rest = question.substring(0, yearAgo.start()) + question.substring(yearAgo.end());
    Comparison base = find(rest, now).orElseGet(() -> lastDays(DEFAULT_DAYS, now, ""));
    ZonedDateTime from = base.current().from().atZone(zone).minusYears(1);
    ZonedDateTime to = base.current().to().atZone(zone).minusYears(1);
    String current = base.description().substring(0, base.description().indexOf(" vs "));
    return Optional.of(new Comparison(base.current(), window(from, to),
        current + " vs the same window last year (" + WindowText.spanWithYear(from, to) + ")",
        (base.matchedText() + " " + yearAgo.group()).strip()));
  }

  /** The default when a question names no window: the last {@code days} days against the days before. */
  public Comparison lastDays(int days, Instant asOf) {
    return lastDays(days, asOf.atZone(zone), "last " + days + " days");
  }

  private Optional<Comparison> find(String q, ZonedDateTime now) {
    Optional<Comparison> clock = ClockWindows.find(q, now);
    if (clock.isPresent()) {
      return clock;
    }
    Matcher m = BETWEEN_DATES.matcher(q);
    if (m.find()) {
      return explicitRange(m);
    }
    m = LAST_N_DAYS.matcher(q);
    if (m.find()) {
      int days = Integer.parseInt(m.group(1));
      return days == 0 ? Optional.empty() : Optional.of(lastDays(days, now, m.group()));
    }
    m = SINCE_WEEKDAY.matcher(q);
    if (m.find()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      ZonedDateTime start = now.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(day));
      return Optional.of(toDate(start, now, start.minusWeeks(1), "since "
          + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " (" + WindowText.day(start) + ")",
          "the same span a week earlier", m.group()));
    }
    m = IN_MONTH.matcher(q);
    if (m.find()) {
      return Optional.of(inMonth(m, now));
    }
    m = ON_DATE.matcher(q);
    if (m.find()) {
      return onDate(m);
    }
    m = LAST_WEEKEND.matcher(q);
    if (m.find()) {
      return Optional.of(lastWeekend(now, m.group()));
    }
    m = NAMED_PERIOD.matcher(q);
    if (m.find()) {
      return Optional.of(named(m, now));
    }
    return Optional.empty();
  }

  /** Today, yesterday, this or last week, month, quarter or year. */
  private Comparison named(Matcher m, ZonedDateTime now) {
    String said = m.group();
    if (said.equals("today")) {
      ZonedDateTime today = CalendarPeriod.DAY.start(now);
      return toDate(today, now, today.minusDays(1), "today so far", "the same hours yesterday", said);
    }
    CalendarPeriod period = said.equals("yesterday") ? CalendarPeriod.DAY
        : CalendarPeriod.valueOf(m.group(3).toUpperCase(Locale.ROOT));
    String word = period.word();
    ZonedDateTime start = period.start(now);
    if (said.startsWith("this")) {
      return toDate(start, now, period.before(start), "this " + word + " to date (" + WindowText.span(start, now)
          + ")", "the same span of last " + word, said);
    }
    ZonedDateTime previous = period.before(start);
    String name = said.equals("yesterday") ? "yesterday" : "last " + word;
    return whole(previous, start, period.before(previous), name + " (" + period.label(previous) + ")",
        period == CalendarPeriod.DAY ? "the day before" : "the " + word + " before", said);
  }

  /** Saturday and Sunday before this week's Monday, against the weekend before. */
  private Comparison lastWeekend(ZonedDateTime now, String said) {
    ZonedDateTime monday = CalendarPeriod.WEEK.start(now);
    ZonedDateTime saturday = monday.minusDays(2);
    return new Comparison(window(saturday, monday), window(saturday.minusWeeks(1), monday.minusWeeks(1)),
        "last weekend (" + WindowText.span(saturday, monday) + ") vs the weekend before ("
            + WindowText.span(saturday.minusWeeks(1), monday.minusWeeks(1)) + ")", said);
  }

  private Comparison inMonth(Matcher m, ZonedDateTime now) {
    Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    int year = m.group(2) != null ? Integer.parseInt(m.group(2))
        : month.getValue() <= now.getMonthValue() ? now.getYear() : now.getYear() - 1;
    ZonedDateTime start = LocalDate.of(year, month, 1).atStartOfDay(zone);
    ZonedDateTime end = start.plusMonths(1);
    if (end.isAfter(now)) {
      return toDate(start, now, start.minusMonths(1), WindowText.month(start) + " to date ("
          + WindowText.span(start, now) + ")", "the same span of the month before", m.group());
    }
    return whole(start, end, start.minusMonths(1), WindowText.month(start), "the month before", m.group());
  }

  private Optional<Comparison> onDate(Matcher m) {
    return date(m.group(1)).map(date -> {
      ZonedDateTime start = date.atStartOfDay(zone);
      return whole(start, start.plusDays(1), start.minusDays(1), WindowText.day(start), "the day before",
          m.group());
    });
  }

  private Optional<Comparison> explicitRange(Matcher m) {
    Optional<LocalDate> from = date(m.group(1));
    Optional<LocalDate> to = date(m.group(2));
    if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
      return Optional.empty();
    }
    ZonedDateTime start = from.get().atStartOfDay(zone);
    ZonedDateTime end = to.get().plusDays(1).atStartOfDay(zone); // the end date is included
    long days = ChronoUnit.DAYS.between(start, end);
    return Optional.of(whole(start, end, start.minusDays(days), WindowText.span(start, end), "the " + days
        + " days before", m.group()));
  }

  private Comparison lastDays(int days, ZonedDateTime now, String matched) {
    ZonedDateTime start = now.minusDays(days);
    return new Comparison(window(start, now), window(start.minusDays(days), start),
        "the last " + days + " days (" + WindowText.span(start, now) + ") vs the " + days + " days before ("
            + WindowText.span(start.minusDays(days), start) + ")", matched);
  }

  /** A finished period against the whole previous one, which ends where it starts (months differ in length). */
  private Comparison whole(ZonedDateTime start, ZonedDateTime end, ZonedDateTime baselineStart, String current,
      String baselineName, String matched) {
    return new Comparison(window(start, end), window(baselineStart, start),
        current + " vs " + baselineName + " (" + WindowText.span(baselineStart, start) + ")", matched);
  }

  /** A period in progress against the same span of the previous period. */
  private Comparison toDate(ZonedDateTime start, ZonedDateTime now, ZonedDateTime baselineStart, String current,
      String baselineName, String matched) {
    ZonedDateTime baselineEnd = baselineStart.plus(Duration.between(start, now));
    if (baselineEnd.isAfter(start)) {
      baselineEnd = start;
    }
    if (!now.isAfter(start)) {
      now = start.plusSeconds(1); // as-of exactly at the period's start: a one-second window, never empty
    }
    return new Comparison(window(start, now), window(baselineStart, baselineEnd),
        current + " vs " + baselineName + " (" + WindowText.span(baselineStart, baselineEnd) + ")", matched);
  }

  static TimeWindow window(ZonedDateTime from, ZonedDateTime to) {
    return new TimeWindow(from.toInstant(), to.toInstant());
  }

  static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty(); // "2026-02-30" looks like a date but names no day: no window
    }
  }
}
