package io.ferret.investigator.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.AskOptions;
import io.ferret.investigator.semantic.BusinessTables;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions in words against real tables of several shapes (orders, subscriptions, tickets, marketing, bank
 * marketing, payments), read into interpretations or clarifications. As of Wednesday 2026-11-25 noon, UTC.
 */
class QuestionReaderTest {
  private static final Instant AS_OF = Instant.parse("2026-11-25T12:00:00Z");

  @TempDir
  static Path folder;
  private static BusinessTables tables;
  private static QuestionReader reader;

  @BeforeAll
  static void createTables() throws SQLException {
    tables = BusinessTables.create(folder);
    reader = new QuestionReader(tables.catalog(), ZoneOffset.UTC);
  }

  @AfterAll
  static void closeStore() {
    tables.close();
  }

  static Interpretation understood(String question, String table) {
    Understanding read = reader.read(question, new AskOptions(table, AS_OF));
    return assertInstanceOf(Understanding.Understood.class, read, read::toString).interpretation();
  }

  static Understanding.Unclear unclear(String question, String table) {
    Understanding read = reader.read(question, new AskOptions(table, AS_OF));
    return assertInstanceOf(Understanding.Unclear.class, read, read::toString);
  }

  /**
   * Columns: question | table asked (- lets the question pick) | table read | kind | metric | direction | filters |
   * how the window's description starts (- for none) | breakdown.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
      Why did enterprise revenue drop last week? | - | orders | CHANGE | revenue | DOWN | segment = enterprise \
          | last week (Nov 16 – Nov 22) vs the week before | -
      why did ARR shrink this month? | - | subscriptions | CHANGE | arr | DOWN | - \
          | this month to date (Nov 1 – Nov 25) vs the same span of last month | -
      why did enterprize revnue fall yesterday | orders | orders | CHANGE | revenue | DOWN | segment = enterprise \
          | yesterday (Nov 24) vs the day before | -
      why did sales fall in EMEA and APAC last week | - | orders | CHANGE | revenue | DOWN | region in [EMEA, APAC] \
          | last week | -
      why did late orders rise last month | - | orders | CHANGE | orders | UP | late = true \
          | last month (October 2026) vs the month before | -
      why did the late rate spike since monday | - | orders | CHANGE | late rate | UP | - \
          | since Monday (Nov 23) vs the same span a week earlier | -
      why did the refund rate rise vs last year | - | orders | CHANGE | refund rate | UP | - \
          | the last 7 days (Nov 18 – Nov 25) vs the same window last year (Nov 18, 2025 – Nov 25, 2025) | -
      why did revenue drop by 20% last weekend | orders | orders | CHANGE | revenue | DOWN | - \
          | last weekend (Nov 21 – Nov 22) vs the weekend before | -
      why did order revenue dip this quarter | - | orders | CHANGE | revenue | DOWN | - \
          | this quarter to date (Oct 1 – Nov 25) | -
      why did urgent tickets rise today | - | ticket_events | CHANGE | tickets | UP | priority = urgent \
          | today so far vs the same hours yesterday | -
      why did conversion dip in march | - | marketing | CHANGE | conversion rate | DOWN | - \
          | March 2026 vs the month before | -
      why did marketing spend jump last quarter | - | marketing | CHANGE | spend | UP | - \
          | last quarter (Q3 2026) vs the quarter before | -
      why did payments drop | - | payments | CHANGE | payments | DOWN | - \
          | the last 7 days (Nov 18 – Nov 25) vs the 7 days before | -
      what drives churn? | - | subscriptions | DRIVERS | churn rate | ANY | - | - | -
      which customers are most likely to churn? | - | subscriptions | DRIVERS | churn rate | ANY | - | - | -
      why do smb customers churn? | - | subscriptions | DRIVERS | churn rate | ANY | segment = smb | - | -
      what drives subscription (y)? | - | bank | DRIVERS | y rate | ANY | - | - | -
      what predicts conversion this year? | - | marketing | DRIVERS | conversion rate | ANY | - \
          | this year to date (Jan 1 – Nov 25) | -
      revenue by region last week | - | orders | LOOKUP | revenue | ANY | - | last week (Nov 16 – Nov 22) | region
      how many tickets yesterday | - | ticket_events | LOOKUP | tickets | ANY | - | yesterday (Nov 24) | -
      tickets by priority and team this week | - | ticket_events | LOOKUP | tickets | ANY | - \
          | this week to date (Nov 23 – Nov 25) | priority, team
      top regions by revenue | - | orders | LOOKUP | revenue | ANY | - | - | region
      average order value by channel | - | orders | LOOKUP | average amount | ANY | - | - | channel
      revenue per order in the US last 7 days | - | orders | LOOKUP | average amount | ANY | country = US \
          | the last 7 days (Nov 18 – Nov 25) | -
      how many mid-market orders on 2026-11-03 | - | orders | LOOKUP | orders | ANY | segment = mid-market \
          | Nov 3 vs the day before | -
      how many smb subscriptions churned last year | - | subscriptions | LOOKUP | subscriptions | ANY \
          | churned = true; segment = smb | last year (2025) vs the year before | -
      escalation rate by team | - | ticket_events | LOOKUP | escalation rate | ANY | - | - | team
      discount pct by country | orders | orders | LOOKUP | average discount pct | ANY | - | - | country
      balance by job last week | - | bank | LOOKUP | balance | ANY | - | - | job
      """)
  void readsQuestionsIntoInterpretations(String question, String asked, String table, QuestionKind kind, String metric,
      Direction direction, String filters, String window, String groupBy) {
    Interpretation read = understood(question, asked);

    assertEquals(table, read.table(), read::toString);
    assertEquals(kind, read.kind(), read::toString);
    assertEquals(metric, read.metric().name(), read::toString);
    assertEquals(direction, read.direction(), read::toString);
    assertEquals(filters == null ? "" : filters,
        read.filters().stream().map(Predicate::toString).collect(Collectors.joining("; ")), read::toString);
    if (window == null) {
      assertNull(read.comparison(), read::toString);
    } else {
      assertTrue(read.comparison().description().startsWith(window), read.comparison().description());
    }
    assertEquals(groupBy == null ? List.of() : List.of(groupBy.split(", ")), read.groupBy(), read::toString);
  }

  @Test
  void filtersHoldTheStoredValuesNotTheTypedOnes() {
    Interpretation read = understood("why did revenue in emea and apac drop last week", "orders");
    assertEquals(List.of(new Predicate("region", Operator.IN, List.of("EMEA", "APAC"))), read.filters());
    assertEquals(List.of(new Predicate("late", Operator.EQ, true)),
        understood("how many late orders", null).filters());
  }

  @Test
  void ambiguousWordsAreSaidBack() {
    Interpretation sales = understood("why did sales fall last week", null);
    assertEquals(List.of("'sales' read as revenue = sum(amount)"), sales.notes());
    Interpretation typos = understood("why did enterprize revnue fall yesterday", "orders");
    assertEquals(List.of("'revnue' read as 'revenue'", "'enterprize' read as segment = enterprise"), typos.notes());
    Interpretation late = understood("why did late orders rise last month", null);
    assertEquals(List.of("'late' read as orders where late = true"), late.notes());
    Interpretation noWindow = understood("why did payments drop", null);
    assertEquals(List.of("no time window named: compared the last 7 days with the 7 before"), noWindow.notes());
  }

  @Test
  void typosAreForgivenByLengthAndSwappedLettersCountAsOneEdit() {
    assertEquals("revenue", understood("why did reveune drop last week", "orders").metric().name());
    assertEquals("tickets", understood("why did tickts spike last week", null).metric().name());
    assertEquals("arr", understood("why did the ARR drop", null).metric().name());
    unclear("why did the rat drop", "marketing");
  }

  @Test
  void aWindowOnATableWithoutTimeIsIgnoredAndSaidSo() {
    Interpretation read = understood("balance by job last week", null);
    assertNull(read.timeColumn());
    assertEquals(List.of("'last week' ignored: bank has no time column"), read.notes());
    Understanding.Unclear change = unclear("why did balance drop", null);
    assertTrue(change.message().contains("no event-time column"), change.message());
  }

  @Test
  void withoutAsOfWindowsAreRelativeToTheLatestEventTime() {
    Understanding read = reader.read("how many orders yesterday", AskOptions.defaults());
    Interpretation orders = assertInstanceOf(Understanding.Understood.class, read, read::toString).interpretation();
    // the last order is at 2026-11-23 07:00, so "yesterday" is Sunday Nov 22
    assertEquals(Instant.parse("2026-11-22T00:00:00Z"), orders.comparison().current().from());
    assertEquals(Instant.parse("2026-11-23T00:00:00Z"), orders.comparison().current().to());
  }

  @Test
  void twoMetricsMatchingOneWordAreAskedAbout() {
    Understanding.Unclear value = unclear("why did value drop last week", "payments");
    assertEquals(List.of("net value", "gross value"), value.candidates());
    assertEquals("Which measure do you mean: net value or gross value?", value.message());
    assertEquals(List.of("cancellation rate", "refund rate", "late rate"),
        unclear("why did the rate drop", "orders").candidates());
  }

  @Test
  void aWordThatIsAValueOfTwoColumnsIsAskedAbout() {
    Understanding.Unclear enterprise = unclear("why did enterprise arr drop", null);
    assertEquals(List.of("plan = enterprise", "segment = enterprise"), enterprise.candidates());
  }

  @Test
  void aQuestionSeveralTablesAnswerEquallyWellAsksForTheTable() {
    Understanding.Unclear volume = unclear("why did volume drop last week", null);
    assertTrue(volume.message().startsWith("Which table do you mean"), volume.message());
    assertTrue(volume.candidates().containsAll(List.of("orders", "payments", "ticket_events")));
  }

  @Test
  void theTableWhoseOwnWordIsUsedWins() {
    assertEquals("subscriptions", understood("why did arr drop last week", null).table());
    assertEquals("orders", understood("why did revenue drop last week", null).table());
    assertEquals("subscriptions", understood("why did churn rise?", null).table());
  }

  @Test
  void anUnknownMetricOrOutcomeListsWhatCanBeAsked() {
    Understanding.Unclear weather = unclear("why did the weather get worse last week?", "orders");
    assertTrue(weather.candidates().containsAll(List.of("orders", "revenue", "late rate")), weather.toString());
    assertTrue(weather.message().startsWith("I couldn't tell which measure you mean. In orders you can ask about:"),
        weather.message());
    Understanding.Unclear outcome = unclear("what drives revenue?", "orders");
    assertEquals(List.of("cancellation rate", "refund rate", "late rate"), outcome.candidates());
    Understanding.Unclear anyTable = unclear("why did the weather get worse?", null);
    assertTrue(anyTable.candidates().contains("revenue in orders"), anyTable.toString());
  }

  @Test
  void anUnknownBreakdownListsTheDimensions() {
    Understanding.Unclear planet = unclear("revenue by planet", "orders");
    assertTrue(planet.message().contains("'planet'"), planet.message());
    assertEquals(List.of("region", "segment", "channel", "status", "country", "late"), planet.candidates());
  }

  @Test
  void anUnknownTableIsNamed() {
    Understanding.Unclear unclear = unclear("how many orders", "nope");
    assertTrue(unclear.message().contains("'nope'"), unclear.message());
    assertEquals(List.of("bank", "marketing", "orders", "payments", "subscriptions", "ticket_events"),
        unclear.candidates());
  }

  @Test
  void countsAndSumsAreReadOnTheirOwn() {
    assertEquals(MetricKind.COUNT, understood("how many orders", null).metric().kind());
    assertEquals(MetricKind.SUM, understood("revenue", null).metric().kind());
  }
}
