package io.ferret.ingest.kafka;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.store.TransactionHook;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.common.TopicPartition;

/**
 * The store's {@code ferret_offsets}: for each topic partition, the offset after the last message landed.
 *
 * <p>Rows and offsets commit in one transaction, so this table, not the consumer group, says where reading
 * resumes. Each update is a compare-and-set on the value the batch continues from: a batch that would land
 * messages already landed fails and rolls back instead.
 */
public final class OffsetTable {
  public static final String NAME = "ferret_offsets";

  private static final String DDL = "CREATE TABLE IF NOT EXISTS " + NAME + " (topic VARCHAR NOT NULL,"
      + " partition INTEGER NOT NULL, table_name VARCHAR NOT NULL, next_offset BIGINT NOT NULL,"
      + " updated_at TIMESTAMP NOT NULL, PRIMARY KEY (topic, partition))";

  private OffsetTable() {}

  static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(DDL);
    }
  }

  /** Every stored offset, by topic and partition; empty when the store has never landed Kafka messages. */
  public static List<StoredOffset> readAll(Connection connection) throws SQLException {
    List<StoredOffset> offsets = new ArrayList<>();
    if (!exists(connection)) {
      return offsets;
    }
    try (Statement select = connection.createStatement();
        ResultSet rs = select.executeQuery(
            "SELECT topic, partition, table_name, next_offset FROM " + NAME + " ORDER BY topic, partition")) {
      while (rs.next()) {
        offsets.add(new StoredOffset(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4)));
      }
    }
    return offsets;
  }

  /** The stored offsets of these partitions; a partition without one is left out. */
  static Map<TopicPartition, Long> read(Connection connection, Collection<TopicPartition> partitions)
      throws SQLException {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    for (TopicPartition partition : partitions) {
      stored(connection, partition).ifPresent(offset -> offsets.put(partition, offset));
    }
    return offsets;
  }

  /** The bookkeeping of one batch: moves each partition from where the batch continues to where it ends. */
  static TransactionHook advance(String table, Map<TopicPartition, PartitionSlice> slices, Instant now) {
    LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    return connection -> {
      for (Map.Entry<TopicPartition, PartitionSlice> slice : slices.entrySet()) {
        advance(connection, table, slice.getKey(), slice.getValue(), at);
      }
    };
  }

  private static void advance(Connection connection, String table, TopicPartition partition,
      PartitionSlice slice, LocalDateTime at) throws SQLException {
    OptionalLong stored = stored(connection, partition);
    long found = stored.orElse(PartitionSlice.NOTHING_STORED);
    if (found != slice.expectedStored()) {
      throw new FerretException(ErrorCode.STORE, "offsets of " + partition + " moved to " + describe(found)
          + " while a batch continuing from " + describe(slice.expectedStored())
          + " was in flight: another consumer landed them; restart to resume from the store");
    }
    String sql = stored.isPresent()
        ? "UPDATE " + NAME + " SET next_offset = ?, updated_at = ?, table_name = ? WHERE topic = ? AND partition = ?"
        : "INSERT INTO " + NAME + " (next_offset, updated_at, table_name, topic, partition) VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement write = connection.prepareStatement(sql)) {
      write.setLong(1, slice.nextOffset());
      write.setObject(2, at);
      write.setString(3, table);
      write.setString(4, partition.topic());
      write.setInt(5, partition.partition());
      write.executeUpdate();
    }
  }

  private static OptionalLong stored(Connection connection, TopicPartition partition) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT next_offset FROM " + NAME + " WHERE topic = ? AND partition = ?")) {
      select.setString(1, partition.topic());
      select.setInt(2, partition.partition());
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  private static boolean exists(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
      select.setString(1, NAME);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    }
  }

  private static String describe(long offset) {
    return offset == PartitionSlice.NOTHING_STORED ? "nothing stored" : "offset " + offset;
  }
}
