package io.ferret.ingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ingest.sample.OrderStreamGenerator;
import io.ferret.ingest.sample.OrderStreamSpec;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.SchemaEvolver;
import io.ferret.store.EventReader;
import io.ferret.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing on several threads, in chunks, with commits overlapping, lands exactly what one thread would. */
class ParallelIngestTest {
  /** Not a multiple of the parse chunk, so batches end inside chunks of the input. */
  private static final int BATCH_SIZE = 10_000;

  @TempDir Path dir;

  @Test
  void severalParserThreadsLandTheSameRowsRejectsAndHistoryAsOne() throws Exception {
    Path input = dir.resolve("orders.jsonl");
    OrderStreamGenerator.write(OrderStreamSpec.benchmark(30_000), input);
    List<String> lines = new ArrayList<>(Files.readAllLines(input));
    lines.add(12_345, "{\"broken\":");
    lines.add(20_000, "{\"id\":1,\"id\":2}");
    lines.add(25_000, "");
    Files.write(input, lines);

    Landed one = ingest(input, 1);
    Landed three = ingest(input, 3);

    assertEquals(30_000, one.summary.accepted());
    assertEquals(2, one.summary.rejected());
    assertEquals(one.summary.accepted(), three.summary.accepted());
    assertEquals(one.summary.rejected(), three.summary.rejected());
    assertEquals(one.summary.blankLines(), three.summary.blankLines());
    assertEquals(one.summary.schemaChanges(), three.summary.schemaChanges());
    assertEquals(one.rows, three.rows);
    assertEquals(one.rejects, three.rejects);
    assertEquals(one.history, three.history);
    assertEquals(List.of("12346|unexpected end-of-input within/between Object entries at column 11",
        "20001|duplicate key 'id'"), one.rejects);
  }

  @Test
  void aFileThatBreaksOffMidwayFailsAsUnreadableInput() throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(compressed)) {
      OrderStreamGenerator.write(OrderStreamSpec.benchmark(50_000), gzip);
    }
    byte[] whole = compressed.toByteArray();
    Path input = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));

    try (Store store = Store.open(dir.resolve("cut.duckdb"))) {
      FerretException failure = assertThrows(FerretException.class, () -> ingestor(store, 2).ingest("orders", input,
          false, ProgressListener.SILENT));
      assertEquals(ErrorCode.INPUT, failure.code());
    }
  }

  @Test
  void aFileOfTheSameSizeButOtherContentIsNotTakenForARepeat() throws IOException {
    Path first = Files.writeString(dir.resolve("first.jsonl"), "{\"id\":1}\n");
    Path second = Files.writeString(dir.resolve("second.jsonl"), "{\"id\":2}\n");
    try (Store store = Store.open(dir.resolve("same-size.duckdb"))) {
      FileIngestor ingestor = ingestor(store, 2);
      assertFalse(ingestor.ingest("t", first, false, ProgressListener.SILENT).skippedAsDuplicate());
      assertFalse(ingestor.ingest("t", second, false, ProgressListener.SILENT).skippedAsDuplicate());
      assertTrue(ingestor.ingest("t", first, false, ProgressListener.SILENT).skippedAsDuplicate());
    }
  }

  private Landed ingest(Path input, int parserThreads) throws SQLException {
    try (Store store = Store.open(dir.resolve("threads-" + parserThreads + ".duckdb"))) {
      IngestSummary summary = ingestor(store, parserThreads).ingest("orders", input, false, ProgressListener.SILENT);
      List<String> rows = EventReader.readAll(store, "orders").stream().map(Object::toString).toList();
      return new Landed(summary, rows,
          strings(store, "SELECT position || '|' || reason FROM ferret_rejects ORDER BY rowid"),
          strings(store, "SELECT concat_ws('|', version, seq, change, column_name, old_type, new_type, position)"
              + " FROM ferret_schema_history ORDER BY version, seq"));
    }
  }

  private static FileIngestor ingestor(Store store, int parserThreads) {
    return new FileIngestor(store, new BatchWriter(store, new SchemaEvolver(EvolverSettings.defaults())),
        IngestSettings.defaults().withBatchSize(BATCH_SIZE).withParserThreads(parserThreads), Clock.systemUTC());
  }

  private static List<String> strings(Store store, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = store.connection().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private record Landed(IngestSummary summary, List<String> rows, List<String> rejects, List<String> history) {}
}
