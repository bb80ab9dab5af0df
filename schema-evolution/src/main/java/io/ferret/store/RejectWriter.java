package io.ferret.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Writes rejected input to {@code ferret_rejects}. */
final class RejectWriter {
  private RejectWriter() {}

  static void write(Connection connection, String table, List<RejectRecord> rejects, Instant now)
      throws SQLException {
    if (rejects.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ferret_rejects VALUES (?, ?, ?, ?, ?, ?)")) {
      for (RejectRecord reject : rejects) {
        insert.setString(1, table);
        insert.setString(2, reject.source());
        insert.setString(3, reject.position());
        insert.setString(4, reject.reason());
        insert.setString(5, reject.raw());
        insert.setObject(6, SchemaRepository.utc(now));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
