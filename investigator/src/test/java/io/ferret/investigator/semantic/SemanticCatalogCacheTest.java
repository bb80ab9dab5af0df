package io.ferret.investigator.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticCatalogCacheTest {
  @TempDir
  Path folder;

  @Test
  void reusesTheCatalogUntilRowsColumnsOrTheConfigChange() throws Exception {
    try (Store store = Store.open(folder.resolve("cache.duckdb"))) {
      execute(store, "CREATE TABLE deals AS SELECT TIMESTAMP '2026-01-01 00:00:00' + to_hours(i) AS ts, 100 + i AS"
          + " amount, ['smb', 'mid'][1 + i % 2] AS segment FROM range(200) t(i)");
      SemanticCatalogCache cache = new SemanticCatalogCache(store, null);

      SemanticCatalog first = cache.catalog();
      assertSame(first, cache.catalog(), "nothing changed: the same catalog");
      assertEquals(List.of("mid", "smb"), segmentValues(first));

      execute(store, "INSERT INTO deals VALUES (TIMESTAMP '2026-02-01 00:00:00', 5000, 'enterprise')");
      SemanticCatalog afterRows = cache.catalog();
      assertNotSame(first, afterRows, "new rows: built again");
      assertTrue(segmentValues(afterRows).contains("enterprise"), segmentValues(afterRows).toString());

      execute(store, "ALTER TABLE deals ADD COLUMN region VARCHAR");
      SemanticCatalog afterColumn = cache.catalog();
      assertNotSame(afterRows, afterColumn, "a new column: built again");
      assertSame(afterColumn, cache.catalog());
    }
  }

  @Test
  void aChangedConfigIsReadAgain() throws Exception {
    try (Store store = Store.open(folder.resolve("config.duckdb"))) {
      execute(store, "CREATE TABLE deals AS SELECT 100 + i AS amount FROM range(10) t(i)");
      Path config = folder.resolve("ferret.yml");
      Files.writeString(config, "tables: {}\n");
      SemanticCatalogCache cache = new SemanticCatalogCache(store, config);
      SemanticCatalog first = cache.catalog();

      Files.writeString(config, "tables:\n  deals:\n    noun: deals\n");

      assertNotSame(first, cache.catalog());
    }
  }

  private static List<String> segmentValues(SemanticCatalog catalog) {
    return catalog.layer("deals").orElseThrow().dimensions().stream()
        .filter(dimension -> dimension.column().equals("segment"))
        .flatMap(dimension -> dimension.values().stream().map(String::valueOf)).sorted().toList();
  }

  private static void execute(Store store, String sql) throws SQLException {
    try (Statement statement = store.connection().createStatement()) {
      statement.execute(sql);
    }
  }
}
