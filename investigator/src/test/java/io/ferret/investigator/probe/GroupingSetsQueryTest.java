package io.ferret.investigator.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.finding.Moments;
import io.ferret.investigator.finding.PeriodMoments;
import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupingSetsQueryTest {
  private static final Scope SCOPE = new Scope("wide", List.of(), null, null, null);
  private static final List<String> TWELVE = IntStream.rangeClosed(1, 12).mapToObj(i -> "d" + i).toList();

  @Test
  void everyDimensionAloneAndPairsOnlyAmongTheCombinedOnes() {
    GroupingSetsQuery query = new GroupingSetsQuery(SCOPE, PlantedTables.ORDERS, TWELVE, List.of("d2", "d5", "d9"),
        2, SqlFragment.of("TRUE"), null);

    assertEquals(12 + 3, query.groupingSets());
    String sql = query.sql(SqlFragment.of("TRUE")).sql();
    assertTrue(sql.contains(", " + ScopedRows.column(1) + ", " + ScopedRows.column(4) + ")"), sql);
    assertFalse(sql.contains(", " + ScopedRows.column(0) + ", " + ScopedRows.column(1) + ")"), sql);
  }

  @Test
  void combiningEveryDimensionIsTheFullSetOfPairs() {
    assertEquals(12 + 66, new GroupingSetsQuery(SCOPE, PlantedTables.ORDERS, TWELVE, 2).groupingSets());
  }

  @Test
  void theRowsOutsideSomeSegmentsGiveWhatTheWholeLessTheRowsInsideGives(@TempDir Path folder) throws SQLException {
    List<List<Predicate>> excluded = List.of(
        List.of(new Predicate("region", Operator.EQ, "EMEA"), new Predicate("channel", Operator.EQ, "partner")),
        List.of(new Predicate("plan", Operator.EQ, "pro")));
    try (Store store = Store.open(folder.resolve("outside.duckdb"))) {
      PlantedTables.sales(store, "sales", "region = 'EMEA' AND channel = 'partner'", 0.2);
      // plan 'legacy' is held in the current week only by excluded rows: outside them it has a baseline alone
      PlantedTables.execute(store, "UPDATE sales SET plan = 'legacy' WHERE id % 50 = 0 AND CASE WHEN ts < TIMESTAMP"
          + " '2026-02-23 00:00:00' THEN region = 'AMER' ELSE region = 'EMEA' AND channel = 'partner' END");
      PlantedTables.execute(store, "CREATE TABLE rest AS SELECT * FROM sales WHERE NOT (region = 'EMEA'"
          + " AND channel = 'partner') AND plan <> 'pro'");
      try (Queries queries = new Queries(store.connection().duplicate())) {
        SegmentTable all = windowed("sales").run(queries);
        SegmentTable outside = windowed("sales").runOutside(queries, all, excluded);
        SegmentTable regrouped = windowed("rest").run(queries);

        List<Predicate> legacy = List.of(new Predicate("plan", Operator.EQ, "legacy"));
        assertTrue(all.segments().get(legacy).current().rows() > 0);
        assertEquals(Moments.NONE, outside.segments().get(legacy).current());
        // the segments the rows left form, and no others: every one with plan pro is gone
        assertEquals(regrouped.segments().keySet(), outside.segments().keySet());
        assertSameSums(regrouped.total(), outside.total());
        regrouped.segments().forEach((segment, sums) -> assertSameSums(sums, outside.segments().get(segment)));
        assertEquals(all, windowed("sales").runOutside(queries, all, List.of()));
      }
    }
  }

  @Test
  void singlesGroupedBeforehandAreTakenAsTheyWouldBeGroupedAgain(@TempDir Path folder) throws SQLException {
    List<String> dimensions = List.of("region", "channel", "plan", "currency");
    try (Store store = Store.open(folder.resolve("singles.duckdb"))) {
      PlantedTables.sales(store, "sales", "region = 'EMEA' AND channel = 'partner'", 0.2);
      try (Queries queries = new Queries(store.connection().duplicate())) {
        Scope scope = new Scope("sales", List.of(), new TimeColumn("ts", "TIMESTAMP"), PlantedTables.BASELINE,
            PlantedTables.CURRENT);
        SegmentTable singles = new GroupingSetsQuery(scope, PlantedTables.REVENUE, dimensions, dimensions, 1,
            SqlFragment.of("TRUE"), null).run(queries);
        List<String> combined = List.of("region", "channel", "plan");
        SegmentTable grouped = new GroupingSetsQuery(scope, PlantedTables.REVENUE, dimensions, combined, 2,
            SqlFragment.of("TRUE"), null).run(queries);
        SegmentTable taken = new GroupingSetsQuery(scope, PlantedTables.REVENUE, dimensions, combined, 2,
            SqlFragment.of("TRUE"), singles).run(queries);

        assertEquals(List.copyOf(grouped.segments().keySet()), List.copyOf(taken.segments().keySet()));
        assertSameSums(grouped.total(), taken.total());
        grouped.segments().forEach((segment, sums) -> assertSameSums(sums, taken.segments().get(segment)));
      }
    }
  }

  /** Region, channel and plan of a sales table, and their pairs, over the last two weeks of revenue. */
  private static GroupingSetsQuery windowed(String table) {
    Scope scope = new Scope(table, List.of(), new TimeColumn("ts", "TIMESTAMP"), PlantedTables.BASELINE,
        PlantedTables.CURRENT);
    return new GroupingSetsQuery(scope, PlantedTables.REVENUE, List.of("region", "channel", "plan"), 2);
  }

  private static void assertSameSums(PeriodMoments expected, PeriodMoments actual) {
    assertSameSums(expected.baseline(), actual.baseline());
    assertSameSums(expected.current(), actual.current());
  }

  private static void assertSameSums(Moments expected, Moments actual) {
    assertEquals(expected.rows(), actual.rows());
    double[] want = {expected.n(), expected.nn(), expected.d(), expected.dd(), expected.nd()};
    double[] got = {actual.n(), actual.nn(), actual.d(), actual.dd(), actual.nd()};
    for (int i = 0; i < want.length; i++) {
      assertEquals(want[i], got[i], 1e-9 * Math.max(1, Math.abs(want[i])), expected + " vs " + actual);
    }
  }

  @Test
  void combinedDimensionsMustBeAmongTheDimensions() {
    assertThrows(IllegalArgumentException.class,
        () -> new GroupingSetsQuery(SCOPE, PlantedTables.ORDERS, TWELVE, List.of("d1", "elsewhere"), 2,
            SqlFragment.of("TRUE"), null));
  }
}
