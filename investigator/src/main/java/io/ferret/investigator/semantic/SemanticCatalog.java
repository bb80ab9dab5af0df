package io.ferret.investigator.semantic;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.store.Sql;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The semantic layers of every user table in a store, inferred from the data and overridden by ferret.yml. */
public final class SemanticCatalog {
  private final Store store;
  private final Map<String, SemanticLayer> layers;

  private SemanticCatalog(Store store, Map<String, SemanticLayer> layers) {
    this.store = store;
    this.layers = layers;
  }

  /**
   * Builds the layers of every table in the store (Ferret's own {@code ferret_*} tables aside).
   *
   * @param configOrNull ferret.yml, or null for inference only
   * @throws FerretException (USAGE) when ferret.yml is invalid, naming its file, line and problem
   */
  public static SemanticCatalog load(Store store, Path configOrNull) {
    Objects.requireNonNull(store, "store is null");
    SemanticConfig config = configOrNull == null ? SemanticConfig.none() : SemanticConfig.read(configOrNull);
    List<String> tables = userTables(store);
    for (String configured : config.tableNames()) {
      if (!tables.contains(configured)) {
        throw config.error("tables." + configured, "the store has no table '" + configured + "'; it has "
            + (tables.isEmpty() ? "none" : String.join(", ", tables)));
      }
    }
    LayerInference inference = new LayerInference(config);
    Map<String, SemanticLayer> layers = new LinkedHashMap<>();
    for (String table : tables) {
      layers.put(table, inference.infer(store, table));
    }
    return new SemanticCatalog(store, layers);
  }

  /** Every layer, by table name in alphabetical order. */
  public List<SemanticLayer> layers() {
    return List.copyOf(layers.values());
  }

  /** The layer of a table, or empty when the store has no such table. */
  public Optional<SemanticLayer> layer(String table) {
    return Optional.ofNullable(layers.get(table));
  }

  /**
   * The latest event time in the table: the default "now" its questions' time windows are relative to.
   *
   * @return the latest time, or null when the table has no time column or no rows with a time
   * @throws FerretException (USAGE) when the store has no such table
   */
  public Instant latestEventTime(String table) {
    SemanticLayer layer = layers.get(table);
    if (layer == null) {
      throw new FerretException(ErrorCode.USAGE, "there is no table '" + table + "'");
    }
    if (layer.timeColumn() == null) {
      return null;
    }
    // epoch_us reads a TIMESTAMP as UTC wall-clock time and a TIMESTAMPTZ as the instant it is, whatever the
    // JVM's or DuckDB's time zone; a DATE's events happened during that day, so "now" is the day's end
    String column = Sql.quote(layer.timeColumn());
    String sql = "SELECT epoch_us(max(" + column + ")), typeof(max(" + column + ")) = 'DATE' FROM " + Sql.quote(table);
    try (PreparedStatement statement = store.connection().prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      long micros = rows.getLong(1);
      if (rows.wasNull()) {
        return null;
      }
      Instant latest = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
      return rows.getBoolean(2) ? latest.plus(1, ChronoUnit.DAYS) : latest;
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE,
          "could not read the latest time of " + table + ": " + e.getMessage(), e);
    }
  }

  private static List<String> userTables(Store store) {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement statement = store.connection().prepareStatement(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE'"
            + " AND table_name NOT LIKE 'ferret\\_%' ESCAPE '\\' ORDER BY table_name");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
      return tables;
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "could not list tables: " + e.getMessage(), e);
    }
  }
}
