package io.ferret.cli.serve;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The store {@code ferret serve} writes: the {@code store:} section of {@code ferret.yml}.
 *
 * @param path the DuckDB file, relative to the configuration file's folder; null for the CLI's default
 *     ({@code $FERRET_DB}, else {@code ./ferret.duckdb})
 */
public record StoreSettings(String path) {
  public static final String PATH_CONFIG = "path";

  public StoreSettings {
    if (path != null && path.isBlank()) {
      throw new IllegalArgumentException(PATH_CONFIG + " must not be empty; leave it out for the default");
    }
  }

  @JsonCreator
  public static StoreSettings of(@JsonProperty(PATH_CONFIG) String path) {
    return new StoreSettings(path);
  }

  public static StoreSettings defaults() {
    return new StoreSettings(null);
  }
}
