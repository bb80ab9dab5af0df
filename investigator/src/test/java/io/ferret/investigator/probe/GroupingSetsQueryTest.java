package io.ferret.investigator.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.investigator.semantic.SqlFragment;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupingSetsQueryTest {
  private static final Scope SCOPE = new Scope("wide", List.of(), null, null, null);
  private static final List<String> TWELVE = IntStream.rangeClosed(1, 12).mapToObj(i -> "d" + i).toList();

  @Test
  void everyDimensionAloneAndPairsOnlyAmongTheCombinedOnes() {
    GroupingSetsQuery query = new GroupingSetsQuery(SCOPE, PlantedTables.ORDERS, TWELVE, List.of("d2", "d5", "d9"),
        2, SqlFragment.of("TRUE"));

    assertEquals(12 + 3, query.groupingSets());
    String sql = query.sql(List.of()).sql();
    assertTrue(sql.contains(", " + ScopedRows.column(1) + ", " + ScopedRows.column(4) + ")"), sql);
    assertFalse(sql.contains(", " + ScopedRows.column(0) + ", " + ScopedRows.column(1) + ")"), sql);
  }

  @Test
  void combiningEveryDimensionIsTheFullSetOfPairs() {
    assertEquals(12 + 66, new GroupingSetsQuery(SCOPE, PlantedTables.ORDERS, TWELVE, 2).groupingSets());
  }

  @Test
  void combinedDimensionsMustBeAmongTheDimensions() {
    assertThrows(IllegalArgumentException.class,
        () -> new GroupingSetsQuery(SCOPE, PlantedTables.ORDERS, TWELVE, List.of("d1", "elsewhere"), 2,
            SqlFragment.of("TRUE")));
  }
}
