package io.ferret.store;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;
import org.duckdb.DuckDBConnection;

/**
 * Appends an Arrow batch to a table through the Arrow C data interface: DuckDB scans the vectors in place,
 * with no row-by-row JDBC.
 */
final class ArrowAppender {
  /** The name the batch is registered under; it is replaced on every append. */
  private static final String STREAM_NAME = "ferret_arrow_batch";

  private ArrowAppender() {}

  static long append(DuckDBConnection connection, BufferAllocator allocator, String table, VectorSchemaRoot root)
      throws SQLException {
    // the exported stream owns the reader and closes it when DuckDB releases the stream
    SingleBatchReader reader = new SingleBatchReader(allocator, root);
    try (ArrowArrayStream stream = ArrowArrayStream.allocateNew(allocator)) {
      Data.exportArrayStream(allocator, reader, stream);
      connection.registerArrowStream(STREAM_NAME, stream);
      try (Statement insert = connection.createStatement()) {
        return insert.executeUpdate(
            "INSERT INTO " + Sql.quote(table) + " BY NAME SELECT * FROM " + Sql.quote(STREAM_NAME));
      }
    }
  }

  /** Presents one already-filled root as an Arrow stream, moving its buffers rather than copying them. */
  private static final class SingleBatchReader extends ArrowReader {
    private final VectorSchemaRoot source;
    private boolean delivered;

    SingleBatchReader(BufferAllocator allocator, VectorSchemaRoot source) {
      super(allocator);
      this.source = source;
    }

    @Override
    public boolean loadNextBatch() throws IOException {
      if (delivered) {
        return false;
      }
      delivered = true;
      try (ArrowRecordBatch batch = new VectorUnloader(source).getRecordBatch()) {
        new VectorLoader(getVectorSchemaRoot()).load(batch);
      }
      return true;
    }

    @Override
    public long bytesRead() {
      return 0;
    }

    @Override
    protected void closeReadSource() {
      // the caller owns the source root
    }

    @Override
    protected Schema readSchema() {
      return source.getSchema();
    }
  }
}
