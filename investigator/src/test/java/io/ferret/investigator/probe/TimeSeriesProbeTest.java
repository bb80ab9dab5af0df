package io.ferret.investigator.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.question.Comparison;
import io.ferret.investigator.question.Direction;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionKind;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.ml.Deadline;
import io.ferret.ml.TimeWindow;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twelve weeks of orders from Monday 2026-01-05 (day 0) to Sunday 2026-03-29 (day 83), 100 a day of 20 to 100
 * each (about 6,000 a day, give or take 4%), times a planted factor per day; the question asks about the last
 * week, Mon Mar 23 (day 77) to Sun Mar 29, against the week before.
 */
class TimeSeriesProbeTest {
  private static final TimeWindow LAST_WEEK = window("2026-03-23", "2026-03-30");
  private static final TimeWindow WEEK_BEFORE = window("2026-03-16", "2026-03-23");
  private static final Metric AVERAGE_AMOUNT = new Metric("average amount", MetricKind.AVERAGE, "amount", null,
      null);
  private static final Pattern NUMBERS = Pattern.compile("daily (?:revenue )?([0-9,]+) against a usual ([0-9,]+)");

  @TempDir
  static Path folder;
  private static Store store;

  @BeforeAll
  static void createTables() throws SQLException {
    store = Store.open(folder.resolve("series.duckdb"));
    daily("steady", "1");
    daily("spike", "CASE WHEN d = 80 THEN 1.6 ELSE 1 END");
    daily("shift", "CASE WHEN d >= 79 THEN 0.7 ELSE 1 END");
    daily("trend", "1.3 - 0.006 * d");
    daily("weekends", "CASE WHEN d % 7 >= 5 THEN 0.5 ELSE 1 END");
    daily("weekend_shift", "CASE WHEN d % 7 >= 5 THEN 0.5 ELSE 1 END * CASE WHEN d >= 79 THEN 0.7 ELSE 1 END");
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Test
  void steadyNoiseIsWithinTheUsualRange() {
    String sentence = sentence("steady", LAST_WEEK, WEEK_BEFORE);

    assertTrue(sentence.startsWith("Day by day, revenue in the window stayed within its usual range for those"
        + " weekdays: daily "), sentence);
  }

  @Test
  void oneDayJumpIsASpikeThatWentBackToNormal() {
    String sentence = sentence("spike", LAST_WEEK, WEEK_BEFORE);

    assertTrue(sentence.startsWith("Day by day, this is a one-off spike on Thu Mar 26: daily revenue "), sentence);
    assertTrue(sentence.endsWith("for that weekday; the days before were normal, and it was back to normal after."),
        sentence);
    assertRatio(sentence, 1.6, 0.15);
  }

  @Test
  void spikeAtTheWindowsEndIsCheckedAgainstTheDataAfterIt() {
    String sentence = sentence("spike", window("2026-03-26", "2026-03-27"), window("2026-03-25", "2026-03-26"));

    assertTrue(sentence.startsWith("Day by day, this is a one-off spike on Thu Mar 26: "), sentence);
    assertTrue(sentence.endsWith("and it was back to normal after."), sentence);
  }

  @Test
  void lastingDropIsALevelShiftNamedByItsFirstDay() {
    String sentence = sentence("shift", LAST_WEEK, WEEK_BEFORE);

    assertTrue(sentence.startsWith("Day by day, this is a level shift since Wed Mar 25: daily revenue "), sentence);
    assertTrue(sentence.endsWith(" for those weekdays."), sentence);
    assertRatio(sentence, 0.7, 0.05);
  }

  @Test
  void levelShiftShowsThroughWeekdaySeasonality() {
    String sentence = sentence("weekend_shift", LAST_WEEK, WEEK_BEFORE);

    assertTrue(sentence.startsWith("Day by day, this is a level shift since Wed Mar 25: daily revenue "), sentence);
    assertRatio(sentence, 0.7, 0.05);
  }

  /** The probe looks at the 8 weeks before the window: days 21 to 83. */
  @Test
  void steadySlopeIsATrend() {
    String sentence = sentence("trend", LAST_WEEK, WEEK_BEFORE);

    assertTrue(sentence.startsWith("Day by day, this is part of a steady downward trend: daily revenue has fallen by"
        + " about "), sentence);
    Matcher line = Pattern.compile("over the last 63 days, from ([0-9,]+) to ([0-9,]+)\\.$").matcher(sentence);
    assertTrue(line.find(), sentence);
    assertEquals((1.3 - 0.006 * 83) / (1.3 - 0.006 * 21), Double.parseDouble(line.group(2).replace(",", ""))
        / Double.parseDouble(line.group(1).replace(",", "")), 0.05, sentence);
  }

  @Test
  void normalWeekendDipIsNotAShift() {
    String sentence = sentence("weekends", window("2026-03-28", "2026-03-30"), window("2026-03-26", "2026-03-28"));

    assertTrue(sentence.startsWith("Day by day, revenue in the window stayed within its usual range for those"
        + " weekdays: daily "), sentence);
    assertRatio(sentence, 1.0, 0.1);
  }

  @Test
  void windowUnderADayIsJudgedHourByHour() {
    TimeWindow afternoon = new TimeWindow(Instant.parse("2026-03-29T12:00:00Z"), Instant.parse("2026-03-29T18:00:00Z"));
    TimeWindow morning = new TimeWindow(Instant.parse("2026-03-29T06:00:00Z"), Instant.parse("2026-03-29T12:00:00Z"));

    TimeSeriesOutcome outcome = run("steady", afternoon, morning);

    assertTrue(outcome.detail().startsWith("hourly series of "), outcome.detail());
    assertTrue(outcome.sentence().orElseThrow().startsWith("Hour by hour, revenue in the window stayed within its"
        + " usual range"), outcome.sentence().orElseThrow());
  }

  @Test
  void tooLittleHistoryGivesNoSentence() {
    TimeSeriesOutcome outcome = run("steady", window("2026-01-07", "2026-01-08"), window("2026-01-06", "2026-01-07"));

    assertTrue(outcome.sentence().isEmpty());
    assertTrue(outcome.detail().endsWith("too little data before or in the window to judge"), outcome.detail());
  }

  @Test
  void averageOverAWindowWithoutRowsGivesNoSentence() {
    TimeSeriesOutcome outcome = run("steady", AVERAGE_AMOUNT, window("2026-04-06", "2026-04-13"),
        window("2026-03-30", "2026-04-06"));

    assertTrue(outcome.sentence().isEmpty(), outcome.detail());
    assertTrue(outcome.detail().endsWith("too little data before or in the window to judge"), outcome.detail());
  }

  /** The actual over the usual value in the sentence is {@code expected}, within {@code noise}. */
  private static void assertRatio(String sentence, double expected, double noise) {
    Matcher numbers = NUMBERS.matcher(sentence);
    assertTrue(numbers.find(), sentence);
    double ratio = Double.parseDouble(numbers.group(1).replace(",", ""))
        / Double.parseDouble(numbers.group(2).replace(",", ""));
    assertEquals(expected, ratio, noise, sentence);
  }

  private static String sentence(String table, TimeWindow current, TimeWindow baseline) {
    TimeSeriesOutcome outcome = run(table, current, baseline);
    return outcome.sentence().orElseThrow(() -> new AssertionError("no sentence: " + outcome.detail()));
  }

  private static TimeSeriesOutcome run(String table, TimeWindow current, TimeWindow baseline) {
    return run(table, PlantedTables.REVENUE, current, baseline);
  }

  private static TimeSeriesOutcome run(String table, Metric metric, TimeWindow current, TimeWindow baseline) {
    Interpretation interpretation = new Interpretation(table, QuestionKind.CHANGE, metric,
        Direction.ANY, List.of(), "ts", new Comparison(current, baseline, "current vs baseline", "current"),
        List.of(), List.of());
    ProbeSession session = ProbeSession.create(store, interpretation, (name, queries) -> List.of(), null,
        ProbeSettings.defaults());
    try (ProbeContext context = session.open()) {
      return (TimeSeriesOutcome) new TimeSeriesProbe().run(context, Deadline.in(Duration.ofSeconds(10)));
    }
  }

  private static void daily(String table, String factor) throws SQLException {
    PlantedTables.execute(store, "CREATE TABLE " + table + " AS SELECT "
        + "TIMESTAMP '2026-01-05 00:00:00' + to_seconds(d * 86400 + (hash(d * 1000 + k) % 86400)::BIGINT) AS ts, "
        + "(20 + (hash(d * 1000 + k + 500) % 8000) / 100.0) * (" + factor + ") AS amount "
        + "FROM range(84) days(d), range(100) orders(k)");
  }

  private static TimeWindow window(String from, String to) {
    return new TimeWindow(Instant.parse(from + "T00:00:00Z"), Instant.parse(to + "T00:00:00Z"));
  }
}
