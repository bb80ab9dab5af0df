package io.ferret.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ferret.schema.Column;
import io.ferret.schema.ColumnRole;
import io.ferret.schema.ColumnStats;
import io.ferret.schema.ColumnType;
import io.ferret.schema.FieldPath;
import io.ferret.schema.SchemaChange;
import io.ferret.schema.TableSchema;
import java.sql.Connection;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads and writes table schemas and their history in the metadata tables. */
final class SchemaRepository {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> SEGMENTS = new TypeReference<>() {};

  private SchemaRepository() {}

  static TableSchema load(Connection connection, String table) throws SQLException {
    int version;
    String eventTime;
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT schema_version, event_time_column FROM ferret_tables WHERE table_name = ?")) {
      select.setString(1, table);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return TableSchema.empty(table);
        }
        version = rs.getInt(1);
        eventTime = rs.getString(2);
      }
    }
    List<Column> columns = new ArrayList<>();
    Map<String, ColumnStats> stats = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT column_name, source_path, data_type, role, base_column, values_landed, coerced, variants,"
            + " conformed_since_change, variants_since_change, exact_in_double"
            + " FROM ferret_columns WHERE table_name = ? ORDER BY ordinal")) {
      select.setString(1, table);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(1);
          String path = rs.getString(2);
          columns.add(new Column(name, ColumnType.fromSqlName(rs.getString(3)),
              ColumnRole.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
              path == null ? null : new FieldPath(parse(path)), rs.getString(5)));
          stats.put(name, new ColumnStats(rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
              rs.getLong(10), rs.getBoolean(11)));
        }
      }
    }
    return new TableSchema(table, version, columns, stats, eventTime);
  }

  /** Replaces the stored schema of a table with {@code schema}. */
  static void save(DuckDBConnection connection, TableSchema schema, Instant now) throws SQLException {
    String table = schema.table();
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ferret_columns WHERE table_name = ?")) {
      delete.setString(1, table);
      delete.executeUpdate();
    }
    try (DuckDBAppender append = MetadataAppender.open(connection, MetadataTables.COLUMNS)) {
      int ordinal = 0;
      for (Column column : schema.columns()) {
        ColumnStats s = schema.statsOf(column.name());
        append.beginRow().append(table).append(column.name()).append(ordinal++);
        MetadataAppender.text(append, column.path() == null ? null : json(column.path()));
        MetadataAppender.text(append, column.path() == null ? null : column.path().dotted());
        append.append(column.type().sqlName()).append(column.role().name().toLowerCase(Locale.ROOT));
        MetadataAppender.text(append, column.baseColumn());
        append.append(s.values()).append(s.coerced()).append(s.variants()).append(s.conformedSinceChange())
            .append(s.variantsSinceChange()).append(s.exactInDouble()).endRow();
      }
    }
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ferret_tables WHERE table_name = ?")) {
      delete.setString(1, table);
      delete.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO ferret_tables VALUES (?, ?, ?, coalesce((SELECT min(changed_at) FROM ferret_schema_history"
            + " WHERE table_name = ?), ?), ?)")) {
      LocalDateTime at = utc(now);
      insert.setString(1, table);
      insert.setInt(2, schema.version());
      insert.setString(3, schema.eventTimeColumn());
      insert.setString(4, table);
      insert.setObject(5, at);
      insert.setObject(6, at);
      insert.executeUpdate();
    }
  }

  static void recordHistory(DuckDBConnection connection, String table, int version, List<SchemaChange> changes,
      String source, Instant now) throws SQLException {
    try (DuckDBAppender append = MetadataAppender.open(connection, MetadataTables.HISTORY)) {
      int seq = 0;
      for (SchemaChange change : changes) {
        append.beginRow().append(table).append(version).append(seq++).append(change.kind().storedName());
        MetadataAppender.text(append, change.column());
        MetadataAppender.text(append, change.path() == null ? null : json(change.path()));
        MetadataAppender.text(append, change.path() == null ? null : change.path().dotted());
        MetadataAppender.text(append, change.oldType() == null ? null : change.oldType().sqlName());
        MetadataAppender.text(append, change.newType() == null ? null : change.newType().sqlName());
        append.append(utc(now));
        MetadataAppender.text(append, source);
        append.append(change.position()).append(change.detail()).endRow();
      }
    }
  }

  /** Timestamps are stored as UTC wall-clock values, whatever the machine's zone. */
  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String json(FieldPath path) {
    try {
      return JSON.writeValueAsString(path.segments());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings always serialises", e);
    }
  }

  private static List<String> parse(String json) {
    try {
      return JSON.readValue(json, SEGMENTS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("ferret_columns.source_path holds invalid JSON: " + json, e);
    }
  }
}
