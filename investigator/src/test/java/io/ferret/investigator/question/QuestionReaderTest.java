package io.ferret.investigator.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.AskOptions;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.investigator.semantic.SemanticCatalog;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Questions in words against real tables of several shapes, read into interpretations or clarifications. */
class QuestionReaderTest {
  private static final Instant AS_OF = Instant.parse("2026-11-25T12:00:00Z");

  @TempDir
  static Path folder;
  private static Store store;
  private static QuestionReader reader;

  @BeforeAll
  static void createTables() throws SQLException {
    store = Store.open(folder.resolve("questions.duckdb"));
    try (Statement sql = store.connection().createStatement()) {
      sql.execute("CREATE TABLE orders AS SELECT i AS order_id, ['EMEA', 'NA', 'APAC'][i % 3 + 1] AS region,"
          + " ['enterprise', 'smb', 'mid-market'][i % 3 + 1] AS segment, ['web', 'partner'][i % 2 + 1] AS channel,"
          + " 10.0 + i % 50 AS amount, TIMESTAMP '2026-09-01' + to_hours(i) AS created_at FROM range(2000) t(i)");
      sql.execute("CREATE TABLE subscriptions AS SELECT i AS id, ['starter', 'pro', 'enterprise plan'][i % 3 + 1]"
          + " AS plan, 100.0 * (i % 7) AS arr, i % 5 = 0 AS churned, TIMESTAMP '2026-09-01' + to_hours(i) AS ts"
          + " FROM range(1000) t(i)");
      sql.execute("CREATE TABLE marketing AS SELECT ['email', 'ads', 'social'][i % 3 + 1] AS campaign,"
          + " i % 9 = 0 AS converted, ['yes', 'no'][i % 2 + 1] AS y, TIMESTAMP '2026-09-01' + to_hours(i) AS ts"
          + " FROM range(900) t(i)");
    }
    reader = new QuestionReader(SemanticCatalog.load(store, null), ZoneOffset.UTC);
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Test
  void changeQuestionNamesMetricDirectionFilterAndWindow() {
    Interpretation read = understood("Why did enterprise revenue drop last week?", "orders");
    assertEquals(QuestionKind.CHANGE, read.kind());
    assertEquals(MetricKind.SUM, read.metric().kind());
    assertEquals("amount", read.metric().column());
    assertEquals(Direction.DOWN, read.direction());
    assertEquals(List.of(new Predicate("segment", Operator.EQ, "enterprise")), read.filters());
    assertEquals(Instant.parse("2026-11-16T00:00:00Z"), read.comparison().current().from());
    assertEquals(Instant.parse("2026-11-09T00:00:00Z"), read.comparison().baseline().from());
    assertTrue(read.notes().stream().anyMatch(n -> n.contains("'revenue' read as amount")), read.notes().toString());
  }

  @Test
  void arrAndShrinkPointAtSubscriptions() {
    Interpretation read = understood("why did ARR shrink this month?", null);
    assertEquals("subscriptions", read.table());
    assertEquals("arr", read.metric().column());
    assertEquals(Direction.DOWN, read.direction());
    assertTrue(read.comparison().description().contains("same span"), read.comparison().description());
  }

  @Test
  void typosAreMatchedAndSaidBack() {
    Interpretation read = understood("why did enterprize revnue fall yesterday", "orders");
    assertEquals("amount", read.metric().column());
    assertEquals(List.of(new Predicate("segment", Operator.EQ, "enterprise")), read.filters());
    assertTrue(read.notes().stream().anyMatch(n -> n.contains("'enterprize' read as segment = enterprise")));
  }

  @Test
  void driverQuestionsReadAnOutcomeRate() {
    Interpretation churn = understood("what drives churn?", null);
    assertEquals(QuestionKind.DRIVERS, churn.kind());
    assertEquals("churned", churn.metric().column());
    assertEquals(Boolean.TRUE, churn.metric().positive());

    Interpretation likely = understood("which customers are most likely to churn?", null);
    assertEquals("churned", likely.metric().column());

    Interpretation yes = understood("what drives subscription (y)?", "marketing");
    assertEquals("y", yes.metric().column());
    assertEquals("yes", yes.metric().positive());
  }

  @Test
  void lookupsBreakDownByDimensions() {
    Interpretation read = understood("revenue by region and channel last week", "orders");
    assertEquals(QuestionKind.LOOKUP, read.kind());
    assertEquals(List.of("region", "channel"), read.groupBy());

    Interpretation count = understood("how many orders yesterday", null);
    assertEquals(QuestionKind.LOOKUP, count.kind());
    assertEquals(MetricKind.COUNT, count.metric().kind());
    assertEquals("orders", count.table());
  }

  @Test
  void severalValuesOfOneColumnBecomeIn() {
    Interpretation read = understood("why did revenue in emea and apac drop last week", "orders");
    assertEquals(List.of(new Predicate("region", Operator.IN, List.of("APAC", "EMEA"))), read.filters());
  }

  @Test
  void theTableThatHasTheMetricIsChosen() {
    Understanding read = reader.read("why did churn rise?", new AskOptions(null, AS_OF));
    Interpretation churn = assertInstanceOf(Understanding.Understood.class, read).interpretation();
    assertEquals("subscriptions", churn.table());
  }

  @Test
  void unknownMetricAsksWithTheCandidates() {
    Understanding.Unclear unclear = unclear("why did the weather get worse last week?", "orders");
    assertTrue(unclear.candidates().contains("amount"), unclear.candidates().toString());
  }

  @Test
  void unknownBreakdownAsksWithTheDimensions() {
    Understanding.Unclear unclear = unclear("revenue by planet", "orders");
    assertTrue(unclear.message().contains("planet"), unclear.message());
    assertTrue(unclear.candidates().contains("region"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "SELECT * FROM orders; DROP TABLE orders; --", "'; DROP TABLE orders; --",
      "\"\"\"''' 🦊🦊🦊", "¿por qué bajaron las ventas?", "売上が落ちたのはなぜ？", "asdf qwerty zxcv"})
  void hostileAndOddQuestionsGetAClearReply(String question) {
    Understanding.Unclear unclear = unclear(question, "orders");
    assertTrue(unclear.message().length() > 20, unclear.message());
  }

  @Test
  void aTenKilobyteQuestionIsRefusedPolitely() {
    Understanding.Unclear unclear = unclear("why did revenue drop ".repeat(500), null);
    assertTrue(unclear.message().contains("characters"), unclear.message());
  }

  @Test
  void anUnknownTableIsNamed() {
    Understanding.Unclear unclear = unclear("how many orders", "nope");
    assertTrue(unclear.message().contains("nope"));
    assertEquals(List.of("marketing", "orders", "subscriptions"), unclear.candidates());
  }

  private static Interpretation understood(String question, String table) {
    Understanding read = reader.read(question, new AskOptions(table, AS_OF));
    return assertInstanceOf(Understanding.Understood.class, read, () -> read.toString()).interpretation();
  }

  private static Understanding.Unclear unclear(String question, String table) {
    Understanding read = reader.read(question, new AskOptions(table, AS_OF));
    return assertInstanceOf(Understanding.Unclear.class, read, () -> read.toString());
  }
}
