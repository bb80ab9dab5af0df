package io.ferret.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestBenchmarkTest {
  private static final long ROWS = 20_000;

  @TempDir Path parent;

  @Test
  void measuresBothSidesOnTheSameRowsAndRemovesItsFiles() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    IngestBenchmarkOptions options =
        IngestBenchmarkOptions.defaults().withRows(ROWS).withWarmupRows(1_000).withWorkParent(parent);

    BenchmarkReport report =
        IngestBenchmark.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertEquals(ROWS, report.rows());
    assertEquals(ROWS, report.duckdb().rowsInTable());
    assertEquals(ROWS, report.ferret().rowsInTable());
    assertTrue(report.duckdb().rowsPerSecond() > 0, "duckdb rate");
    assertTrue(report.ferret().rowsPerSecond() > 0, "ferret rate");
    assertEquals(BenchmarkReport.TARGET_PEAK_HEAP_BYTES, report.ferretHeap().limitBytes(), "ferret ran capped");
    assertTrue(report.ferretHeap().peakInUseBytes() > 0, "peak heap");
    assertTrue(report.fileBytes() > 0, "file size");
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.lines().anyMatch(line -> line.startsWith("ratio ferret/duckdb ")), text);
    try (Stream<Path> left = Files.list(parent)) {
      assertEquals(0, left.count(), "the benchmark's folder is removed");
    }
  }
}
