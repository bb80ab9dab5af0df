package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir
  Path folder;

  private Cli cli;
  private String database;

  @BeforeEach
  void ingestOrders() {
    cli = Cli.in(folder);
    database = Orders.ingest(cli, folder).toString();
  }

  @Test
  void exportsParquetWithEveryRow() throws SQLException {
    Path out = folder.resolve("orders.parquet");
    Cli.Result result = export("parquet", out);

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().contains("Exported 4 rows of orders"), result.out());
    assertEquals(Orders.ACCEPTED, countWithDuckDb("SELECT count(*) FROM read_parquet(?)", out));
  }

  @Test
  void exportsCsvWithEveryRow() throws SQLException {
    Path out = folder.resolve("orders.csv");
    Cli.Result result = export("csv", out);

    assertEquals(0, result.exitCode(), result::toString);
    assertEquals(Orders.ACCEPTED, countWithDuckDb("SELECT count(*) FROM read_csv(?)", out));
  }

  @Test
  void exportsAnArrowIpcFileWithEveryRow() throws IOException {
    Path out = folder.resolve("orders.arrow");
    Cli.Result result = export("arrow", out);

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().contains("Exported 4 rows"), result.out());
    try (BufferAllocator allocator = new RootAllocator();
        FileChannel channel = FileChannel.open(out, StandardOpenOption.READ);
        ArrowFileReader reader = new ArrowFileReader(channel, allocator)) {
      long rows = 0;
      for (ArrowBlock block : reader.getRecordBlocks()) {
        reader.loadRecordBatch(block);
        rows += reader.getVectorSchemaRoot().getRowCount();
      }
      assertEquals(Orders.ACCEPTED, rows);
      assertEquals("amount", reader.getVectorSchemaRoot().getSchema().getFields().get(4).getName());
    }
  }

  @Test
  void writesToAPathWithAQuoteInIt() throws SQLException {
    Path out = folder.resolve("it's here.parquet");
    Cli.Result result = export("parquet", out);

    assertEquals(0, result.exitCode(), result::toString);
    assertEquals(Orders.ACCEPTED, countWithDuckDb("SELECT count(*) FROM read_parquet(?)", out));
  }

  @Test
  void anUnknownTableIsAUsageErrorAndWritesNothing() {
    Path out = folder.resolve("nope.parquet");
    Cli.Result result = cli.run("export", "--db", database, "--table", "nope", "--format", "parquet",
        "--out", out.toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("ferret: no table 'nope'"), result.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli.Result result = cli.run("export", "--db", database, "--table", "orders", "--format", "xlsx",
        "--out", folder.resolve("x").toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
  }

  private Cli.Result export(String format, Path out) {
    return cli.run("export", "--db", database, "--table", "orders", "--format", format, "--out", out.toString());
  }

  private static long countWithDuckDb(String query, Path file) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement select = connection.prepareStatement(query)) {
      select.setString(1, file.toString());
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
