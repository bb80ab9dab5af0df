package io.ferret.cli.status;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ingest.kafka.KafkaIngestor;
import io.ferret.ingest.kafka.OffsetTable;
import io.ferret.ingest.kafka.StoredOffset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads from a store what {@code ferret status} shows: stored offsets and rejects by topic, schema changes. */
final class StoreStatusReader {
  private StoreStatusReader() {}

  static StoreFacts read(Connection connection) {
    try {
      return new StoreFacts(topics(connection), tables(connection));
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "reading the store's status failed: " + e.getMessage(), e);
    }
  }

  private static List<StoreFacts.StoredTopic> topics(Connection connection) throws SQLException {
    Map<String, String> tables = new TreeMap<>();
    Map<String, Integer> partitions = new TreeMap<>();
    for (StoredOffset offset : OffsetTable.readAll(connection)) {
      tables.put(offset.topic(), offset.table());
      partitions.merge(offset.topic(), 1, Integer::sum);
    }
    Map<String, Long> rejects = rejectsByTopic(connection);
    SortedSet<String> names = new TreeSet<>(tables.keySet());
    names.addAll(rejects.keySet());
    List<StoreFacts.StoredTopic> topics = new ArrayList<>();
    for (String topic : names) {
      topics.add(new StoreFacts.StoredTopic(topic, tables.get(topic), partitions.getOrDefault(topic, 0),
          rejects.getOrDefault(topic, 0L)));
    }
    return topics;
  }

  // A Kafka reject's position is topic/partition/offset, and topic names cannot hold a '/'.
  private static Map<String, Long> rejectsByTopic(Connection connection) throws SQLException {
    Map<String, Long> rejects = new TreeMap<>();
    if (!exists(connection, "ferret_rejects")) {
      return rejects;
    }
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT split_part(position, '/', 1), count(*) FROM ferret_rejects WHERE source = ? GROUP BY 1")) {
      select.setString(1, KafkaIngestor.SOURCE);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rejects.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return rejects;
  }

  private static List<TableStatus> tables(Connection connection) throws SQLException {
    List<TableStatus> tables = new ArrayList<>();
    if (!exists(connection, "ferret_tables")) {
      return tables;
    }
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT t.table_name, t.schema_version, h.version, h.change, h.column_name, h.old_type, h.new_type,"
            + " h.changed_at, h.source, h.position FROM ferret_tables t LEFT JOIN ("
            + " SELECT * FROM ferret_schema_history"
            + " QUALIFY row_number() OVER (PARTITION BY table_name ORDER BY version DESC, seq DESC) = 1"
            + ") h ON h.table_name = t.table_name ORDER BY t.table_name");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        SchemaChangeStatus change = rs.getString(4) == null ? null : new SchemaChangeStatus(rs.getInt(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), rs.getString(9),
            rs.getString(10));
        tables.add(new TableStatus(rs.getString(1), rs.getInt(2), change));
      }
    }
    return tables;
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
      select.setString(1, table);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    }
  }
}
