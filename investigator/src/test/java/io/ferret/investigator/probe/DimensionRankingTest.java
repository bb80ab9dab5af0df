package io.ferret.investigator.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.finding.DriverRules;
import io.ferret.investigator.finding.Segments;
import io.ferret.investigator.question.Direction;
import io.ferret.ml.Predicate;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DimensionRankingTest {
  @Test
  void narrowingTheChosenDimensionsRanksThemByTheValuesAlreadyGrouped(@TempDir Path folder) throws SQLException {
    try (Store store = Store.open(folder.resolve("ranking.duckdb"))) {
      PlantedTables.sales(store, "pair", "region = 'EMEA' AND channel = 'partner'", 0.2);
      DrillDownSettings defaults = DrillDownSettings.defaults();
      DrillDownSettings threeOfFour = new DrillDownSettings(3, defaults.maxDistinct(), defaults.maxTripleDimensions(),
          defaults.maxPairDimensions(), defaults.minValueShare(), defaults.screenRows());
      ProbeSession session = ProbeSession.create(store,
          PlantedTables.change("pair", PlantedTables.REVENUE, Direction.DOWN, List.of()),
          new SchemaDimensions(store, 50), null,
          new ProbeSettings(DriverRules.defaults(), threeOfFour, ProbeSettings.defaults().ml()));
      try (ProbeContext context = session.open()) {
        ScreenSample all = ScreenSample.of(session, context.queries(), defaults.screenRows());
        DimensionRanking.Ranking taken = session.dimensions(context.queries(), all);
        DimensionRanking.Ranking paired = taken.narrowed(2, session, context.queries(), all);
        DimensionRanking.Ranking fresh = DimensionRanking.rank(taken.strongest(), 2, session, context.queries(), all);

        assertEquals(Set.of("region", "channel", "plan", "currency"), columns(taken.singles()));
        assertEquals(3, taken.strongest().size(), taken.strongest().toString());
        assertTrue(taken.strongest().containsAll(List.of("region", "channel")), taken.strongest().toString());
        // the pairs are chosen among the dimensions taken, and the values handed on cover exactly those
        assertEquals(fresh.strongest(), paired.strongest());
        assertEquals(Set.copyOf(taken.strongest()), columns(paired.singles()));
        assertEquals(fresh.singles().segments().keySet(), paired.singles().segments().keySet());
        assertNull(DimensionRanking.rank(List.of("region", "plan"), 2, session, context.queries(), all).singles());
      }
    }
  }

  private static Set<String> columns(SegmentTable table) {
    Set<String> columns = new HashSet<>();
    for (List<Predicate> segment : table.segments().keySet()) {
      columns.addAll(Segments.columns(segment));
    }
    return columns;
  }
}
