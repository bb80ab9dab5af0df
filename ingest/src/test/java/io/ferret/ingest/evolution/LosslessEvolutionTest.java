package io.ferret.ingest.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ferret.ingest.pipeline.BatchWriter;
import io.ferret.ingest.source.Event;
import io.ferret.schema.Column;
import io.ferret.schema.ColumnRole;
import io.ferret.schema.ColumnType;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.SchemaEvolver;
import io.ferret.schema.TableSchema;
import io.ferret.store.EventReader;
import io.ferret.store.Store;
import io.ferret.store.TransactionHook;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random drifting streams land and read back without losing a value, and every change is in the history. */
class LosslessEvolutionTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void everyValueReadsBackAndEveryChangeIsRecorded(long seed) throws SQLException {
    List<ObjectNode> events = new DriftingEventGenerator(seed).events(3_000);
    SchemaEvolver evolver = new SchemaEvolver(EvolverSettings.defaults().withMaxColumns(40));
    try (Store store = Store.open(dir.resolve("drift-" + seed + ".duckdb"))) {
      BatchWriter writer = new BatchWriter(store, evolver);
      SplittableRandom batchSizes = new SplittableRandom(seed);
      for (int start = 0; start < events.size(); ) {
        int end = Math.min(events.size(), start + 1 + batchSizes.nextInt(400));
        List<Event> batch = new ArrayList<>();
        for (int i = start; i < end; i++) {
          batch.add(new Event(events.get(i), Integer.toString(i + 1)));
        }
        writer.write("drift", "generated", batch, List.of(), TransactionHook.NONE);
        start = end;
      }

      List<ObjectNode> readBack = EventReader.readAll(store, "drift");
      assertEquals(events.size(), readBack.size());
      for (int i = 0; i < events.size(); i++) {
        assertNull(JsonEquivalence.difference(events.get(i), readBack.get(i), "event " + (i + 1)));
      }
      assertHistoryExplainsSchema(store, store.schema("drift"));
    }
  }

  /** Each column was added exactly once, and its widenings chain from its first type to its current one. */
  private static void assertHistoryExplainsSchema(Store store, TableSchema schema) throws SQLException {
    Map<String, List<String[]>> changesByColumn = new HashMap<>();
    try (PreparedStatement select = store.connection().prepareStatement(
        "SELECT column_name, change, old_type, new_type FROM ferret_schema_history"
            + " WHERE table_name = ? AND column_name IS NOT NULL ORDER BY version, seq")) {
      select.setString(1, schema.table());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          changesByColumn.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
              .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
    }
    for (Column column : schema.columns()) {
      if (column.role() == ColumnRole.SYSTEM) {
        continue;
      }
      List<String[]> changes = changesByColumn.get(column.name());
      assertTrue(changes != null && !changes.isEmpty(), "no history for " + column.name());
      String added = changes.get(0)[0];
      assertTrue(List.of("add_column", "add_variant", "overflow_to_extra").contains(added),
          column.name() + " first appears as " + added);
      String type = changes.get(0)[2];
      for (String[] change : changes.subList(1, changes.size())) {
        if (change[0].equals("set_event_time")) {
          continue;
        }
        assertEquals("widen_column", change[0], "unexpected change for " + column.name());
        assertEquals(type, change[1], "widening of " + column.name() + " starts from its previous type");
        type = change[2];
      }
      assertEquals(column.type(), ColumnType.fromSqlName(type), "history ends at the current type of " + column.name());
    }
  }
}
