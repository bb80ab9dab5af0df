package io.ferret.investigator.question;

import io.ferret.ml.TimeWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time window in a question and the window to compare it with, relative to an as-of time.
 *
 * <p>A period still in progress (today, this week, this month, this quarter, since Monday) is compared with
 * the same span of the previous period, never with the whole previous period: comparing 22 days with 31
 * would report a drop that is only the calendar. Weeks start on Monday. "vs last year" compares with the
 * same window a year earlier instead.
 */
public final class TimeWindowParser {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
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
  private static final Pattern VS_LAST_YEAR =
      Pattern.compile("\\b(?:vs\\.?|versus|compared (?:to|with)|against) (?:the same (?:\\w+ )?(?:of )?)?last year\\b");

  private final ZoneId zone;

  public TimeWindowParser(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * The comparison a question names, if any.
   *
   * @param question the question, lower-cased with single spaces
   * @param asOf the moment "now" means: by default the latest event time in the table
   */
  public Optional<Comparison> parse(String question, Instant asOf) {
    ZonedDateTime now = asOf.atZone(zone);
    Optional<Comparison> window = find(question, now);
    Matcher yearAgo = VS_LAST_YEAR.matcher(question);
    if (window.isPresent() && yearAgo.find()) {
      Comparison base = window.get();
      TimeWindow lastYear = new TimeWindow(
          base.current().from().atZone(zone).minusYears(1).toInstant(),
          base.current().to().atZone(zone).minusYears(1).toInstant());
      String current = base.description().split(" vs ")[0];
      return Optional.of(new Comparison(base.current(), lastYear,
          current + " vs the same window last year (" + span(lastYear, true) + ")",
          base.matchedText() + " " + yearAgo.group()));
    }
    return window;
  }

  /** The default when a question names no window: the last 7 days against the 7 before. */
  public Comparison lastDays(int days, Instant asOf) {
    return lastDays(days, asOf.atZone(zone), "last " + days + " days");
  }

  private Optional<Comparison> find(String q, ZonedDateTime now) {
    Matcher m = BETWEEN_DATES.matcher(q);
    if (m.find()) {
      return explicitRange(m, now);
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
      return Optional.of(toDate(start, now, start.minusWeeks(1), "since " + label(day) + " (" + day(start)
          + ")", "the same span a week earlier", m.group()));
    }
    m = IN_MONTH.matcher(q);
    if (m.find()) {
      return Optional.of(inMonth(m, now));
    }
    m = ON_DATE.matcher(q);
    if (m.find()) {
      return onDate(m, now);
    }
    return named(q, now);
  }

  private Optional<Comparison> named(String q, ZonedDateTime now) {
    ZonedDateTime today = now.truncatedTo(ChronoUnit.DAYS);
    ZonedDateTime monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    ZonedDateTime month = today.withDayOfMonth(1);
    ZonedDateTime quarter = month.withMonth(month.get(IsoFields.QUARTER_OF_YEAR) * 3 - 2);
    if (q.contains("yesterday")) {
      ZonedDateTime start = today.minusDays(1);
      return Optional.of(whole(start, today, start.minusDays(1), "yesterday (" + day(start) + ")",
          "the day before", "yesterday"));
    }
    if (q.contains("today")) {
      return Optional.of(toDate(today, now, today.minusDays(1), "today so far", "the same hours yesterday",
          "today"));
    }
    if (q.contains("last week") || q.contains("previous week")) {
      ZonedDateTime start = monday.minusWeeks(1);
      return Optional.of(whole(start, monday, start.minusWeeks(1), "last week (" + span(start, monday) + ")",
          "the week before", q.contains("last week") ? "last week" : "previous week"));
    }
    if (q.contains("this week")) {
      return Optional.of(toDate(monday, now, monday.minusWeeks(1), "this week to date (" + span(monday, now)
          + ")", "the same span of last week", "this week"));
    }
    if (q.contains("last month") || q.contains("previous month")) {
      ZonedDateTime start = month.minusMonths(1);
      return Optional.of(whole(start, month, start.minusMonths(1), "last month (" + monthName(start) + ")",
          "the month before", q.contains("last month") ? "last month" : "previous month"));
    }
    if (q.contains("this month")) {
      return Optional.of(toDate(month, now, month.minusMonths(1), "this month to date (" + span(month, now) + ")",
          "the same span of last month", "this month"));
    }
    if (q.contains("last quarter") || q.contains("previous quarter")) {
      ZonedDateTime start = quarter.minusMonths(3);
      return Optional.of(whole(start, quarter, start.minusMonths(3), "last quarter (" + quarterName(start) + ")",
          "the quarter before", q.contains("last quarter") ? "last quarter" : "previous quarter"));
    }
    if (q.contains("this quarter")) {
      return Optional.of(toDate(quarter, now, quarter.minusMonths(3), "this quarter to date ("
          + span(quarter, now) + ")", "the same span of last quarter", "this quarter"));
    }
    return Optional.empty();
  }

  private Comparison inMonth(Matcher m, ZonedDateTime now) {
    Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    int year = m.group(2) != null ? Integer.parseInt(m.group(2))
        : month.getValue() <= now.getMonthValue() ? now.getYear() : now.getYear() - 1;
    ZonedDateTime start = LocalDate.of(year, month, 1).atStartOfDay(zone);
    ZonedDateTime end = start.plusMonths(1);
    if (end.isAfter(now)) {
      return toDate(start, now, start.minusMonths(1), monthName(start) + " to date (" + span(start, now) + ")",
          "the same span of the month before", m.group());
    }
    return whole(start, end, start.minusMonths(1), monthName(start), "the month before", m.group());
  }

  private Optional<Comparison> onDate(Matcher m, ZonedDateTime now) {
    Optional<LocalDate> date = date(m.group(1));
    if (date.isEmpty()) {
      return Optional.empty();
    }
    ZonedDateTime start = date.get().atStartOfDay(zone);
    return Optional.of(whole(start, start.plusDays(1), start.minusDays(1), day(start), "the day before",
        m.group()));
  }

  private Optional<Comparison> explicitRange(Matcher m, ZonedDateTime now) {
    Optional<LocalDate> from = date(m.group(1));
    Optional<LocalDate> to = date(m.group(2));
    if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
      return Optional.empty();
    }
    ZonedDateTime start = from.get().atStartOfDay(zone);
    ZonedDateTime end = to.get().plusDays(1).atStartOfDay(zone); // the end date is included
    long days = ChronoUnit.DAYS.between(start, end);
    return Optional.of(whole(start, end, start.minusDays(days), span(start, end), "the " + days
        + " days before", m.group()));
  }

  private Comparison lastDays(int days, ZonedDateTime now, String matched) {
    ZonedDateTime start = now.minusDays(days);
    return new Comparison(window(start, now), window(start.minusDays(days), start),
        "the last " + days + " days (" + span(start, now) + ") vs the " + days + " days before ("
            + span(start.minusDays(days), start) + ")", matched);
  }

  /** A finished period against the whole previous one, which ends where it starts (months differ in length). */
  private Comparison whole(ZonedDateTime start, ZonedDateTime end, ZonedDateTime baselineStart, String current,
      String baselineName, String matched) {
    return new Comparison(window(start, end), window(baselineStart, start),
        current + " vs " + baselineName + " (" + span(baselineStart, start) + ")", matched);
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
        current + " vs " + baselineName + " (" + span(baselineStart, baselineEnd) + ")", matched);
  }

  private static TimeWindow window(ZonedDateTime from, ZonedDateTime to) {
    return new TimeWindow(from.toInstant(), to.toInstant());
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private String span(TimeWindow window, boolean withYear) {
    DateTimeFormatter format = withYear ? DAY_YEAR : DAY;
    return format.format(window.from().atZone(zone)) + " – " + format.format(window.to().minusNanos(1).atZone(zone));
  }

  /** Names [from, to) by its first and last day. */
  private static String span(ZonedDateTime from, ZonedDateTime to) {
    ZonedDateTime last = to.minusNanos(1);
    return day(from) + " – " + day(last);
  }

  private static String day(ZonedDateTime time) {
    return DAY.format(time);
  }

  private static String monthName(ZonedDateTime time) {
    return time.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + time.getYear();
  }

  private static String quarterName(ZonedDateTime time) {
    return "Q" + time.get(IsoFields.QUARTER_OF_YEAR) + " " + time.getYear();
  }

  private static String label(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
