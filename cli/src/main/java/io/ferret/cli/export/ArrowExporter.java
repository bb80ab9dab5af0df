package io.ferret.cli.export;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.store.Sql;
import io.ferret.store.Store;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.duckdb.DuckDBResultSet;

/** Exports a table to an Arrow IPC file, streaming DuckDB's Arrow record batches straight into the writer. */
final class ArrowExporter {
  /** Rows per record batch DuckDB hands over. */
  static final int BATCH_ROWS = 65_536;

  private ArrowExporter() {}

  /** Writes the table and returns the number of rows written. */
  static long export(Store store, String table, Path file) {
    try (Statement statement = store.connection().createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM " + Sql.quote(table));
        ArrowReader reader = (ArrowReader) ((DuckDBResultSet) result).arrowExportStream(store.allocator(), BATCH_ROWS);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      long rows = 0;
      try (ArrowFileWriter writer = new ArrowFileWriter(root, reader, channel)) {
        writer.start();
        while (reader.loadNextBatch()) {
          writer.writeBatch();
          rows += root.getRowCount();
        }
        writer.end();
      }
      return rows;
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "exporting " + table + " to " + file + " failed: "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INPUT, "writing " + file + " failed: " + e.getMessage(), e);
    }
  }
}
