package io.ferret.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Writes rejected input to {@code ferret_rejects}. */
final class RejectWriter {
  private RejectWriter() {}

  static void write(DuckDBConnection connection, String table, List<RejectRecord> rejects, Instant now)
      throws SQLException {
    if (rejects.isEmpty()) {
      return;
    }
    try (DuckDBAppender append = MetadataAppender.open(connection, MetadataTables.REJECTS)) {
      for (RejectRecord reject : rejects) {
        append.beginRow().append(table).append(reject.source()).append(reject.position()).append(reject.reason());
        MetadataAppender.text(append, reject.raw());
        append.append(SchemaRepository.utc(now)).endRow();
      }
    }
  }
}
