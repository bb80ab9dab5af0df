package io.ferret.ml.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ml.AttributeMap;
import io.ferret.ml.Exclusion;
import io.ferret.ml.Framing;
import io.ferret.ml.MlSettings;
import io.ferret.ml.ProbeRequest;
import io.ferret.ml.TimeWindow;
import io.ferret.ml.TrainingSet;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Attribute;

/** Derived time features, hostile column names as attributes, dropped weights and stored class values. */
class LoaderFeaturesTest {
  private static final int ROWS = 5_000;
  private static final String INJECTION = "x\"; DROP TABLE t; --";
  private static final Instant START = Instant.parse("2026-01-05T00:00:00Z"); // a Monday

  @TempDir
  static Path folder;
  private static Store store;

  @BeforeAll
  static void createTable() throws SQLException {
    store = Store.open(folder.resolve("features.duckdb"));
    try (Statement sql = store.connection().createStatement()) {
      sql.execute("CREATE TABLE t AS SELECT"
          + " ['EMEA', 'NA', 'APAC', 'LATAM'][i % 4 + 1] AS region,"
          + " ['a', 'b', 'c'][(hash(i) % 3)::INTEGER + 1] AS \"" + INJECTION.replace("\"", "\"\"") + "\","
          + " hash(i * 3) % 5 = 0 AS churned,"
          + " CASE WHEN i % 50 = 0 THEN NULL WHEN i % 50 = 1 THEN -3.0 ELSE 1.0 + i % 7 END AS amount,"
          + " TIMESTAMP '2026-01-05' + to_minutes(i * 7) AS ts"
          + " FROM range(" + ROWS + ") r(i)");
    }
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Test
  void timeColumnsGiveHourAndWeekdayWhenAsked() {
    TrainingSet data = TrainingSetLoader.load(store, new ProbeRequest("t", new Framing.Outcome("churned", true),
        List.of(), List.of(), MlSettings.defaults().withTimeFeatures(true)));

    int hour = data.attributes().attributeOf("hour(ts)").orElseThrow();
    int weekday = data.attributes().attributeOf("weekday(ts)").orElseThrow();
    assertEquals(List.of(hour, weekday), data.attributes().derived());
    assertTrue(data.train().attribute(hour).isNumeric());
    Attribute days = data.train().attribute(weekday);
    assertEquals(7, days.numValues());
    assertEquals("Mon", days.value(0));
    assertFalse(data.exclusions().stream().anyMatch(e -> e.column().equals("ts")), data.exclusions().toString());
    for (int i = 0; i < data.train().numInstances(); i++) {
      double h = data.train().instance(i).value(hour);
      assertTrue(h >= 0 && h < 24 && h == Math.rint(h), "hour " + h);
    }
  }

  @Test
  void timeColumnsAreExcludedByDefault() {
    TrainingSet data = outcome();
    assertTrue(data.attributes().derived().isEmpty());
    assertTrue(data.exclusions().contains(new Exclusion("ts", "time column; derived features not requested")),
        data.exclusions().toString());
  }

  @Test
  void hostileColumnNameIsAnOrdinaryAttribute() throws SQLException {
    TrainingSet data = outcome();
    int hostile = data.attributes().attributeOf(INJECTION).orElseThrow();
    assertEquals(INJECTION, data.train().attribute(hostile).name());
    assertEquals(3, data.train().attribute(hostile).numValues());
    try (Statement sql = store.connection().createStatement();
        ResultSet rows = sql.executeQuery("SELECT count(*) FROM t")) {
      rows.next();
      assertEquals(ROWS, rows.getLong(1), "the table is still there");
    }
  }

  @Test
  void booleanClassValuesMapBackToBooleans() {
    TrainingSet data = outcome();
    int classIndex = data.train().classIndex();
    assertEquals("churned", data.attributes().column(classIndex));
    assertEquals(Boolean.TRUE, data.attributes().storedValue(classIndex, data.interestClass()).orElseThrow());
    assertEquals("true", data.train().classAttribute().value(data.interestClass()));
    assertFalse(data.train().classAttribute().value(0).equals(AttributeMap.OTHER));
  }

  @Test
  void changeFramingDropsRowsWithoutPositiveWeightAndSaysHowMany() throws SQLException {
    Instant end = START.plusSeconds(60L * 7 * ROWS);
    Instant middle = START.plusSeconds(60L * 7 * (ROWS / 2));
    TrainingSet data = TrainingSetLoader.load(store, new ProbeRequest("t",
        new Framing.Change("ts", new TimeWindow(START, middle), new TimeWindow(middle, end), "amount",
            Framing.Period.CURRENT), List.of(), List.of(), MlSettings.defaults()));

    assertTrue(data.exclusions().contains(new Exclusion("ts", "is the period: the time column defines the class")));
    assertTrue(data.exclusions().contains(new Exclusion("amount", "is the weight: each row weighs its value")));
    assertTrue(data.exclusions().contains(
        new Exclusion("amount", "dropped 200 rows whose weight is null, zero or negative")), data.exclusions().toString());
    assertEquals(ROWS - 200, data.recipeBase().tableRows());
    double total = data.train().sumOfWeights() + data.holdout().sumOfWeights();
    try (Statement sql = store.connection().createStatement();
        ResultSet rows = sql.executeQuery("SELECT sum(amount) FILTER (WHERE amount > 0) FROM t")) {
      rows.next();
      assertEquals(rows.getDouble(1), total, 1e-6 * total);
    }
    assertEquals("CURRENT", data.train().classAttribute().value(data.interestClass()));
  }

  private static TrainingSet outcome() {
    return TrainingSetLoader.load(store,
        new ProbeRequest("t", new Framing.Outcome("churned", true), List.of(), List.of(), MlSettings.defaults()));
  }
}
