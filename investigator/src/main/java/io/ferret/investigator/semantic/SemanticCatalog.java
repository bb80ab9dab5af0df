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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
   * @param config ferret.yml, or null for inference only
   * @throws FerretException (USAGE) when ferret.yml is invalid, naming its file and line
   */
  public static SemanticCatalog load(Store store, Path config) {
    SemanticConfig overrides = config == null ? SemanticConfig.none() : SemanticConfig.read(config);
    List<String> tables = userTables(store);
    for (String configured : overrides.tableNames()) {
      if (!tables.contains(configured)) {
        throw overrides.error("tables." + configured, "the store has no table '" + configured + "'");
      }
    }
    LayerInference inference = new LayerInference(overrides::error);
    Map<String, SemanticLayer> layers = new LinkedHashMap<>();
    for (String table : tables) {
      layers.put(table, inference.infer(TableProfile.read(store, table), overrides.overrides(table)));
    }
    return new SemanticCatalog(store, layers);
  }

  /** Every layer, by table name in alphabetical order. */
  public List<SemanticLayer> layers() {
    return List.copyOf(layers.values());
  }

  public Optional<SemanticLayer> layer(String table) {
    return Optional.ofNullable(layers.get(table));
  }

  /** The latest event time in the table, the default "now" of its questions; empty without a time column or rows. */
  public Optional<Instant> latestEventTime(String table) {
    SemanticLayer layer = layers.get(table);
    if (layer == null || layer.timeColumn() == null) {
      return Optional.empty();
    }
    String sql = "SELECT max(" + Sql.quote(layer.timeColumn()) + ") FROM " + Sql.quote(table);
    try (PreparedStatement statement = store.connection().prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return Optional.ofNullable(toInstant(rows.getObject(1)));
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "could not read the latest time of " + table + ": " + e.getMessage(), e);
    }
  }

  /**
   * TIMESTAMP values are stored as UTC wall-clock time; a DATE's events happened during that day, so "now" is its
   * end.
   */
  private static Instant toInstant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDate date) {
      return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.sql.Date date) {
      return toInstant(date.toLocalDate());
    }
    throw new FerretException(ErrorCode.INTERNAL, "unexpected time value " + value.getClass().getName());
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
