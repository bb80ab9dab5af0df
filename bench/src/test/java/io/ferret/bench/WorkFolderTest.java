package io.ferret.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkFolderTest {
  @TempDir Path parent;

  @Test
  void deletingADatabaseTakesItsTemporaryDirectoryAndLeavesOtherFiles() throws IOException {
    try (WorkFolder work = WorkFolder.create(Optional.of(parent))) {
      Files.writeString(work.resolve("ask.duckdb"), "db");
      Files.createDirectories(work.resolve("ask.duckdb.tmp").resolve("spill"));
      Files.writeString(work.resolve("ask.duckdb.tmp").resolve("spill").resolve("block"), "x");
      Files.writeString(work.resolve("keep.duckdb"), "db");

      work.deleteStartingWith("ask");

      assertFalse(Files.exists(work.resolve("ask.duckdb")));
      assertFalse(Files.exists(work.resolve("ask.duckdb.tmp")));
      assertTrue(Files.exists(work.resolve("keep.duckdb")));
    }
    try (Stream<Path> left = Files.list(parent)) {
      assertEquals(0, left.count(), "closing removes the whole folder");
    }
  }
}
