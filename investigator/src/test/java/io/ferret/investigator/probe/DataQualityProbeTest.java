package io.ferret.investigator.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.question.Comparison;
import io.ferret.investigator.question.Direction;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionKind;
import io.ferret.investigator.question.TimeWindowParser;
import io.ferret.ml.Deadline;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataQualityProbeTest {
  @TempDir
  static Path folder;
  private static Store store;

  /** 20 rows in the current week, 40 in the baseline week, 5 of them without amount; coupon from Feb 20 on. */
  @BeforeAll
  static void createTable() throws SQLException {
    store = Store.open(folder.resolve("quality.duckdb"));
    PlantedTables.execute(store, "CREATE TABLE shop AS SELECT i AS id, "
        + "TIMESTAMP '2026-02-16 00:00:00' + to_seconds(CASE WHEN i < 40 THEN i * 3600 ELSE 7 * 86400 + i * 3600 END)"
        + "  AS ts, CASE WHEN i % 12 = 0 THEN NULL ELSE 10.0 END AS amount, "
        + "CASE WHEN i >= 30 THEN 'SAVE10' END AS coupon FROM range(60) t(i)");
    PlantedTables.execute(store, "INSERT INTO ferret_rejects VALUES ('shop', 'shop.jsonl', '7', 'invalid JSON', '{',"
        + " TIMESTAMP '2026-03-02 00:00:00')");
    PlantedTables.execute(store, "INSERT INTO ferret_schema_history VALUES ('shop', 2, 0, 'add_column', 'coupon',"
        + " '[\"coupon\"]', 'coupon', NULL, 'VARCHAR', TIMESTAMP '2026-03-02 00:00:00', 'shop.jsonl', '31', 'new')");
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Test
  void warnsOfFewRowsMissingValuesRejectsAndNewColumns() {
    ProbeSession session = ProbeSession.create(store,
        PlantedTables.change("shop", PlantedTables.REVENUE, Direction.ANY, List.of()), (table, queries) -> List.of(),
        null, ProbeSettings.defaults());
    QualityOutcome outcome;
    try (ProbeContext context = session.open()) {
      outcome = (QualityOutcome) new DataQualityProbe().run(context, Deadline.in(Duration.ofSeconds(10)));
    }

    assertEquals(List.of(
        "Only 20 rows in the current window: too few for firm conclusions.",
        "5 of 60 rows (8.3%) have no amount; revenue leaves them out.",
        "1 input line was rejected when shop was loaded; rejected lines are in ferret_rejects, not in these numbers.",
        "The schema changed during the compared period: column coupon first has values on 2026-02-17."),
        outcome.caveats());
  }

  @Test
  void periodInProgressIsComparedWithTheSameSpan() {
    TimeWindowParser parser = new TimeWindowParser(ZoneOffset.UTC);
    Instant asOf = Instant.parse("2026-11-25T15:30:00Z");
    Comparison monthToDate = parser.parse("why did revenue drop this month", asOf).orElseThrow();

    Optional<String> caveat = DataQualityProbe.periodToDate(reading(QuestionKind.CHANGE, monthToDate));

    assertEquals("This month to date (Nov 1 – Nov 25) is compared with the same span of last month"
        + " (Oct 1 – Oct 25); the rest of the period may change the picture.", caveat.orElseThrow());
    Comparison lastWeek = parser.parse("revenue last week", asOf).orElseThrow();
    assertTrue(DataQualityProbe.periodToDate(reading(QuestionKind.CHANGE, lastWeek)).isEmpty());
  }

  @Test
  void lookupOfAPeriodInProgressIsNotSaidToCompareAnything() {
    TimeWindowParser parser = new TimeWindowParser(ZoneOffset.UTC);
    Comparison thisWeek = parser.parse("revenue by region this week", Instant.parse("2026-11-25T15:30:00Z"))
        .orElseThrow();

    String caveat = DataQualityProbe.periodToDate(reading(QuestionKind.LOOKUP, thisWeek)).orElseThrow();

    assertEquals("This week to date (Nov 23 – Nov 25) covers a period still in progress; later events may change"
        + " these figures.", caveat);
  }

  private static Interpretation reading(QuestionKind kind, Comparison comparison) {
    return new Interpretation("shop", kind, PlantedTables.REVENUE, Direction.ANY, List.of(), "ts", comparison,
        kind == QuestionKind.LOOKUP ? List.of("region") : List.of(), List.of());
  }
}
