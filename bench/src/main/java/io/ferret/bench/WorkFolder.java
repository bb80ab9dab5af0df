package io.ferret.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A temporary folder for the benchmark's files, removed with everything in it on close. */
public final class WorkFolder implements AutoCloseable {
  private static final String PREFIX = "ferret-bench-";
  private final Path folder;

  private WorkFolder(Path folder) {
    this.folder = folder;
  }

  public static WorkFolder create(Optional<Path> parent) throws IOException {
    return new WorkFolder(parent.isPresent()
        ? Files.createTempDirectory(parent.get(), PREFIX)
        : Files.createTempDirectory(PREFIX));
  }

  public Path resolve(String name) {
    return folder.resolve(name);
  }

  /**
   * Removes everything whose name starts with the prefix, such as a database, its write-ahead log and DuckDB's
   * temporary directory beside it. End the prefix with a dot ({@code "scenario-1."}) while other work may be
   * writing files that share it ({@code scenario-10.duckdb.wal}).
   */
  public void deleteStartingWith(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
        deleteTree(file);
      }
    }
  }

  @Override
  public void close() {
    try {
      deleteTree(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the benchmark folder " + folder, e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> tree = Files.walk(root)) {
      List<Path> deepestFirst = tree.sorted(Comparator.reverseOrder()).toList();
      for (Path path : deepestFirst) {
        Files.deleteIfExists(path);
      }
    } catch (NoSuchFileException gone) {
      // DuckDB removes a write-ahead log itself when the last connection to a database closes, which may be a
      // probe's abandoned reader finishing now: a file that is already gone is what this method wants
    }
  }
}
