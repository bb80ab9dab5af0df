package io.ferret.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the CLI takes from its surroundings, read once at start-up and passed down.
 *
 * @param defaultDatabase the store used when a command gets no {@code --db}: {@code $FERRET_DB}, else
 *     {@code ./ferret.duckdb}
 * @param interactive whether a person watches the terminal, so progress bars are worth drawing
 */
public record CliEnvironment(Path defaultDatabase, boolean interactive) {
  public static final String DATABASE_VARIABLE = "FERRET_DB";
  public static final Path FALLBACK_DATABASE = Path.of("ferret.duckdb");

  public CliEnvironment {
    Objects.requireNonNull(defaultDatabase, "defaultDatabase is null");
  }

  /** The environment of this process: its variables and whether it has a console. */
  public static CliEnvironment fromSystem() {
    return of(System.getenv(), System.console() != null);
  }

  /** The environment described by these variables. */
  public static CliEnvironment of(Map<String, String> variables, boolean interactive) {
    String database = variables.get(DATABASE_VARIABLE);
    return new CliEnvironment(
        database == null || database.isBlank() ? FALLBACK_DATABASE : Path.of(database), interactive);
  }
}
