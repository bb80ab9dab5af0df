package io.ferret.investigator.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ml.TimeWindow;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeWindowParserTest {
  /** A Wednesday afternoon. */
  private static final Instant AS_OF = Instant.parse("2026-11-25T15:30:00Z");
  private final TimeWindowParser parser = new TimeWindowParser(ZoneOffset.UTC);

  private Comparison parse(String question) {
    return parser.parse(question, AS_OF).orElseThrow(() -> new AssertionError("no window in: " + question));
  }

  private static void assertWindow(String from, String to, TimeWindow window) {
    assertEquals(new TimeWindow(Instant.parse(from), Instant.parse(to)), window);
  }

  @Test
  void comparesMonthToDateWithSameSpanOfLastMonth() {
    Comparison c = parse("why did revenue drop this month");
    assertWindow("2026-11-01T00:00:00Z", "2026-11-25T15:30:00Z", c.current());
    assertWindow("2026-10-01T00:00:00Z", "2026-10-25T15:30:00Z", c.baseline());
    assertTrue(c.description().contains("same span of last month"), c.description());
  }

  @Test
  void weeksStartOnMonday() {
    assertWindow("2026-11-23T00:00:00Z", "2026-11-25T15:30:00Z", parse("orders this week").current());
    Comparison last = parse("orders last week");
    assertWindow("2026-11-16T00:00:00Z", "2026-11-23T00:00:00Z", last.current());
    assertWindow("2026-11-09T00:00:00Z", "2026-11-16T00:00:00Z", last.baseline());
  }

  @Test
  void finishedMonthIsComparedWithWholePreviousMonth() {
    Comparison c = parse("churn last month");
    assertWindow("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z", c.current());
    assertWindow("2026-09-01T00:00:00Z", "2026-10-01T00:00:00Z", c.baseline());
  }

  @Test
  void todayAndYesterday() {
    Comparison today = parse("how many tickets today");
    assertWindow("2026-11-25T00:00:00Z", "2026-11-25T15:30:00Z", today.current());
    assertWindow("2026-11-24T00:00:00Z", "2026-11-24T15:30:00Z", today.baseline());
    Comparison yesterday = parse("how many tickets yesterday");
    assertWindow("2026-11-24T00:00:00Z", "2026-11-25T00:00:00Z", yesterday.current());
    assertWindow("2026-11-23T00:00:00Z", "2026-11-24T00:00:00Z", yesterday.baseline());
  }

  @Test
  void quarterToDate() {
    Comparison c = parse("revenue this quarter");
    assertWindow("2026-10-01T00:00:00Z", "2026-11-25T15:30:00Z", c.current());
    assertWindow("2026-07-01T00:00:00Z", "2026-08-25T15:30:00Z", c.baseline());
  }

  @Test
  void namedMonthIsThisYearOrLastIfStillAhead() {
    Comparison march = parse("why did signups fall in march");
    assertWindow("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", march.current());
    assertWindow("2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", march.baseline());
    assertWindow("2025-12-01T00:00:00Z", "2026-01-01T00:00:00Z", parse("in december").current());
  }

  @Test
  void sinceMondayAndLastSevenDays() {
    Comparison since = parse("deliveries since monday");
    assertWindow("2026-11-23T00:00:00Z", "2026-11-25T15:30:00Z", since.current());
    assertWindow("2026-11-16T00:00:00Z", "2026-11-18T15:30:00Z", since.baseline());
    Comparison days = parse("revenue over the last 7 days");
    assertWindow("2026-11-18T15:30:00Z", "2026-11-25T15:30:00Z", days.current());
    assertWindow("2026-11-11T15:30:00Z", "2026-11-18T15:30:00Z", days.baseline());
  }

  @Test
  void explicitDatesAndRanges() {
    Comparison day = parse("what happened on 2026-11-03");
    assertWindow("2026-11-03T00:00:00Z", "2026-11-04T00:00:00Z", day.current());
    Comparison range = parse("revenue between 2026-11-01 and 2026-11-07");
    assertWindow("2026-11-01T00:00:00Z", "2026-11-08T00:00:00Z", range.current());
    assertWindow("2026-10-25T00:00:00Z", "2026-11-01T00:00:00Z", range.baseline());
  }

  @Test
  void minuteIsComparedWithTheMinuteBefore() {
    Comparison at = parse("why did the failure rate spike at 14:30");
    assertWindow("2026-11-25T14:30:00Z", "2026-11-25T14:31:00Z", at.current());
    assertWindow("2026-11-25T14:29:00Z", "2026-11-25T14:30:00Z", at.baseline());
    assertWindow("2026-11-03T09:05:00Z", "2026-11-03T09:06:00Z",
        parse("errors on 2026-11-03 at 9:05").current());
    assertWindow("2026-11-03T09:05:00Z", "2026-11-03T09:06:00Z", parse("errors 2026-11-03t09:05").current());
  }

  @Test
  void clockTimeStillAheadTodayMeansYesterday() {
    assertWindow("2026-11-24T18:00:00Z", "2026-11-24T18:01:00Z", parse("what happened at 18:00").current());
  }

  @Test
  void lastMinutesAndHours() {
    Comparison minutes = parse("why are errors up in the last 30 minutes");
    assertWindow("2026-11-25T15:00:00Z", "2026-11-25T15:30:00Z", minutes.current());
    assertWindow("2026-11-25T14:30:00Z", "2026-11-25T15:00:00Z", minutes.baseline());
    assertWindow("2026-11-25T14:30:00Z", "2026-11-25T15:30:00Z", parse("orders in the past hour").current());
  }

  @Test
  void impossibleClockTimeNamesNoWindow() {
    assertTrue(parser.parse("what happened at 25:70", AS_OF).isEmpty());
  }

  @Test
  void versusLastYearMovesTheBaselineAYearBack() {
    Comparison c = parse("revenue last month vs last year");
    assertWindow("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z", c.current());
    assertWindow("2025-10-01T00:00:00Z", "2025-11-01T00:00:00Z", c.baseline());
    assertTrue(c.description().contains("last year"), c.description());
  }

  @Test
  void yearToDateAndLastYear() {
    Comparison thisYear = parse("revenue this year");
    assertWindow("2026-01-01T00:00:00Z", "2026-11-25T15:30:00Z", thisYear.current());
    assertWindow("2025-01-01T00:00:00Z", "2025-11-25T15:30:00Z", thisYear.baseline());
    Comparison lastYear = parse("revenue last year");
    assertWindow("2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z", lastYear.current());
    assertWindow("2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z", lastYear.baseline());
    assertTrue(lastYear.description().startsWith("last year (2025) vs the year before"), lastYear.description());
  }

  @Test
  void lastWeekendIsSaturdayAndSundayNotLastWeek() {
    Comparison weekend = parse("why did orders drop last weekend");
    assertWindow("2026-11-21T00:00:00Z", "2026-11-23T00:00:00Z", weekend.current());
    assertWindow("2026-11-14T00:00:00Z", "2026-11-16T00:00:00Z", weekend.baseline());
    assertEquals("last weekend", weekend.matchedText());
  }

  @Test
  void versusLastYearAloneComparesTheLastSevenDaysWithAYearEarlier() {
    Comparison c = parse("why did revenue drop vs last year");
    assertWindow("2026-11-18T15:30:00Z", "2026-11-25T15:30:00Z", c.current());
    assertWindow("2025-11-18T15:30:00Z", "2025-11-25T15:30:00Z", c.baseline());
    assertEquals("vs last year", c.matchedText());
  }

  @Test
  void windowWordsInsideOtherWordsNameNoWindow() {
    assertTrue(parser.parse("this monthly report of todays orders", AS_OF).isEmpty());
  }

  @Test
  void findsNothingWhereNoWindowIsNamed() {
    assertTrue(parser.parse("what drives churn", AS_OF).isEmpty());
    assertTrue(parser.parse("on 2026-02-30", AS_OF).isEmpty(), "an impossible date is no window");
  }
}
