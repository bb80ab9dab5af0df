package io.ferret.store;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;

/**
 * A stretch of many batch commits during which DuckDB runs on one thread and its automatic checkpoints wait,
 * ended by one checkpoint.
 *
 * <p>With DuckDB's default 16 MiB threshold, nearly every batch of a large load is big enough to trigger a
 * checkpoint at its commit, and each checkpoint compresses and rewrites the table's last, partly filled row group
 * again: most of the time of a load went there. During a bulk load batches still commit one by one, each durable
 * in the write-ahead log; the rows are compressed once, by the checkpoint at the end or when the log reaches
 * {@value #DEFERRED_THRESHOLD}, which also bounds the memory DuckDB holds them in meanwhile.
 *
 * <p>A batch is a handful of small statements, each run best by the calling thread alone: DuckDB's other worker
 * threads only kept waking up to look for work, which took about a third of the CPU of a load and competed with
 * the threads parsing the next batches. A streaming load, which lasts as long as {@code ferret serve} and shares
 * the store with questions, keeps DuckDB's threads and a smaller threshold, {@value #STREAMING_THRESHOLD}.
 */
public final class BulkLoad implements AutoCloseable {
  static final String DEFERRED_THRESHOLD = "1GB";
  static final String STREAMING_THRESHOLD = "256MB";

  private final DuckDBConnection connection;
  private final String previousThreshold;
  private final int previousThreads;

  private BulkLoad(DuckDBConnection connection, String previousThreshold, int previousThreads) {
    this.connection = connection;
    this.previousThreshold = previousThreshold;
    this.previousThreads = previousThreads;
  }

  static BulkLoad begin(DuckDBConnection connection, boolean streaming) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      String threshold = setting(statement, "checkpoint_threshold");
      int threads = Integer.parseInt(setting(statement, "threads"));
      statement.execute("SET checkpoint_threshold = '" + (streaming ? STREAMING_THRESHOLD : DEFERRED_THRESHOLD) + "'");
      if (!streaming) {
        statement.execute("SET threads = 1");
      }
      return new BulkLoad(connection, threshold, threads);
    }
  }

  private static String setting(Statement statement, String name) throws SQLException {
    try (ResultSet rs = statement.executeQuery("SELECT current_setting('" + name + "')")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Checkpoints what the load committed, and restores the usual settings. */
  @Override
  public void close() {
    try (Statement statement = connection.createStatement()) {
      try {
        // The checkpoint compresses all the load's rows at once, work that does spread over threads.
        statement.execute("SET threads = " + previousThreads);
        statement.execute("CHECKPOINT");
      } finally {
        statement.execute("SET checkpoint_threshold = '" + previousThreshold.replace("'", "''") + "'");
      }
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE,
          "checkpointing after a bulk load failed: " + Store.firstLine(String.valueOf(e.getMessage())), e);
    }
  }
}
