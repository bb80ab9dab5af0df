package io.ferret.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by commands that work on an existing store. */
public final class DatabaseOption {
  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "The DuckDB store file (default: $FERRET_DB, else ./ferret.duckdb).")
  private Path database;

  /** The store file named on the command line, else the environment's default. */
  public Path resolve(CliEnvironment environment) {
    return database != null ? database : environment.defaultDatabase();
  }

  /** Whether --db was given on the command line. */
  public boolean isGiven() {
    return database != null;
  }
}
