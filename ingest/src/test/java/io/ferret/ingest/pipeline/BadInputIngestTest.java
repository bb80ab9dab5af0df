package io.ferret.ingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.FerretException;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.SchemaEvolver;
import io.ferret.store.Store;
import io.ferret.store.TransactionHook;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets a clear reject or a defined lossless landing, and the rest of the file lands. */
class BadInputIngestTest {
  @TempDir Path dir;
  private Store store;
  private FileIngestor ingestor;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("bad.duckdb"));
    ingestor = new FileIngestor(store, new BatchWriter(store, new SchemaEvolver(EvolverSettings.defaults())),
        IngestSettings.defaults().withBatchSize(4), Clock.systemUTC());
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    store.close();
  }

  @Test
  void rejectsBadLinesWithPositionAndReasonAndLandsTheRest() throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM
    line(file, "{\"id\":1,\"amount\":10}\r");                                    // 1 CRLF
    line(file, "{\"id\":2,\"amount\":");                                        // 2 invalid JSON
    line(file, "[1,2,3]");                                                     // 3 array
    line(file, "42");                                                          // 4 scalar
    line(file, "{\"id\":5,\"big\":\"" + "x".repeat(2 << 20) + "\"}");            // 5 2 MiB line
    line(file, "{\"id\":6,\"deep\":" + "{\"a\":".repeat(200) + "1" + "}".repeat(200) + "}"); // 6 deep
    line(file, "{\"id\":7,\"id\":8}");                                          // 7 duplicate key
    line(file, "{\"id\":8,\"ratio\":NaN,\"up\":Infinity}");                      // 8 NaN/Infinity
    line(file, "{\"id\":9,\"huge\":123456789012345678901234567890,\"vast\":1e400}"); // 9 beyond int64/double
    line(file, "{\"id\":10,\"\":\"empty name\"}");                              // 10 empty field name
    line(file, "{\"id\":11,\"Amount\":1,\"amount\":2}");                         // 11 case-only names
    file.write("{\"id\":12,\"bad\":\"".getBytes(StandardCharsets.UTF_8));
    file.write(new byte[] {(byte) 0xC3, (byte) 0x28});                          // 12 invalid UTF-8
    line(file, "\"}");
    line(file, "{\"id\":13,\"x\\\"; DROP TABLE orders; --\":1}");                 // 13 injection
    file.write("{\"id\":14,\"amount\":".getBytes(StandardCharsets.UTF_8));      // 14 truncated last line
    Path input = dir.resolve("bad.jsonl");
    Files.write(input, file.toByteArray());

    IngestSummary summary = ingestor.ingest("orders", input, false, ProgressListener.SILENT);

    Map<String, String> rejects = rejects();
    assertEquals(List.of("2", "3", "4", "5", "7", "12", "14"), List.copyOf(rejects.keySet()));
    assertTrue(rejects.get("3").contains("not a JSON object"), rejects.get("3"));
    assertTrue(rejects.get("4").contains("not a JSON object"), rejects.get("4"));
    assertTrue(rejects.get("5").contains("limit"), rejects.get("5"));
    assertTrue(rejects.get("7").contains("duplicate"), rejects.get("7"));
    assertTrue(rejects.get("12").contains("UTF-8"), rejects.get("12"));
    assertEquals(7, summary.accepted());
    assertEquals(7, summary.rejected());
    assertEquals(14, summary.read(), "accepted plus rejected equals lines read");

    assertEquals("10", query("SELECT amount FROM orders WHERE id = 1"), "BOM and CRLF stripped");
    assertEquals("true", query("SELECT isnan(ratio) AND isinf(up) AND up > 0 FROM orders WHERE id = 8"));
    assertEquals("123456789012345678901234567890|1E+400",
        query("SELECT \"huge\" || '|' || \"vast\" FROM orders WHERE id = 9"));
    assertEquals("empty name", query("SELECT \"_empty\" FROM orders WHERE id = 10"));
    // amount existed since line 1, so the newcomer Amount gets the suffix
    assertEquals("2|1", query("SELECT \"amount\" || '|' || \"Amount~2\" FROM orders WHERE id = 11"));
    assertEquals("1", query("SELECT \"x\"\"; DROP TABLE orders; --\" FROM orders WHERE id = 13"));
    assertTrue(query("SELECT count(*) FROM orders WHERE id = 6").equals("1"), "200-deep nesting lands");
    assertEquals("1", query("SELECT raw_len FROM (SELECT length(raw) <= 65536 AS ok, count(*) AS raw_len"
        + " FROM ferret_rejects WHERE position = '5' GROUP BY ok) WHERE ok"), "raw text cut to 64 KiB");
  }

  @Test
  void skipsIdenticalFileUnlessForced() throws Exception {
    Path input = dir.resolve("once.jsonl");
    Files.writeString(input, "{\"id\":1}\n{\"id\":2}\n");
    assertFalse(ingestor.ingest("t", input, false, ProgressListener.SILENT).skippedAsDuplicate());
    Path copy = dir.resolve("copy.jsonl");
    Files.copy(input, copy);
    assertTrue(ingestor.ingest("t", copy, false, ProgressListener.SILENT).skippedAsDuplicate(),
        "same content under another name is the same data");
    assertEquals("2", query("SELECT count(*) FROM t"));
    ingestor.ingest("t", input, true, ProgressListener.SILENT);
    assertEquals("4", query("SELECT count(*) FROM t"));
  }

  @Test
  void failedBatchLeavesNoHalfEvolvedTable() throws Exception {
    Path input = dir.resolve("first.jsonl");
    Files.writeString(input, "{\"id\":1}\n");
    ingestor.ingest("t", input, false, ProgressListener.SILENT);
    BatchWriter writer = new BatchWriter(store, new SchemaEvolver(EvolverSettings.defaults()));
    var event = new io.ferret.ingest.source.Event(
        (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree("{\"id\":2,\"new_field\":\"x\"}"), "1");
    TransactionHook failing = connection -> {
      throw new SQLException("simulated crash after the rows were written");
    };
    assertThrows(FerretException.class, () -> writer.write("t", "test", List.of(event), List.of(), failing));
    assertEquals("1", query("SELECT count(*) FROM t"));
    assertEquals("0", query("SELECT count(*) FROM information_schema.columns WHERE table_name = 't'"
        + " AND column_name = 'new_field'"));
    assertEquals("0", query("SELECT count(*) FROM ferret_schema_history WHERE column_name = 'new_field'"));
    assertEquals(1, store.schema("t").version(), "the cached schema is the committed one");
  }

  @Test
  void rejectsReservedAndMalformedTableNames() {
    Path any = dir.resolve("x.jsonl");
    assertThrows(FerretException.class, () -> ingestor.ingest("ferret_rejects", any, false, ProgressListener.SILENT));
    assertThrows(FerretException.class, () -> ingestor.ingest("a; drop", any, false, ProgressListener.SILENT));
  }

  private Map<String, String> rejects() throws SQLException {
    Map<String, String> rejects = new LinkedHashMap<>();
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT position, reason FROM ferret_rejects ORDER BY CAST(position AS INT)")) {
      while (rs.next()) {
        rejects.put(rs.getString(1), rs.getString(2));
      }
    }
    return rejects;
  }

  private String query(String sql) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), "no row for " + sql);
      return rs.getString(1);
    }
  }

  private static void line(ByteArrayOutputStream out, String text) {
    out.writeBytes((text + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
