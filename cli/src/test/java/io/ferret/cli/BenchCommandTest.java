package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir
  Path folder;

  @Test
  void benchIngestRunsTheIngestBenchmarkOnTheRowsAsked() {
    Cli.Result result = Cli.in(folder).run("bench", "ingest", "--rows", "500");

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().contains("500 rows"), result.out());
  }

  @Test
  void benchWithoutABenchmarkIsAUsageError() {
    Cli.Result result = Cli.in(folder).run("bench");

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().startsWith("ferret: name a benchmark"), result.err());
  }

  @Test
  void refusesRowsBelowOne() {
    Cli.Result result = Cli.in(folder).run("bench", "ingest", "--rows", "0");

    assertEquals(2, result.exitCode(), result::toString);
    assertFalse(result.err().isEmpty());
  }

  @Test
  void benchAskRefusesSizesAndRepeatsBelowOne() {
    Cli.Result rows = Cli.in(folder).run("bench", "ask", "--rows", "1000,0");
    Cli.Result repeat = Cli.in(folder).run("bench", "ask", "--rows", "1000", "--repeat", "0");

    assertEquals(2, rows.exitCode(), rows::toString);
    assertTrue(rows.err().contains("--rows must list sizes of at least 1, got [1000, 0]"), rows.err());
    assertEquals(2, repeat.exitCode(), repeat::toString);
    assertTrue(repeat.err().contains("--repeat must be at least 1"), repeat.err());
  }
}
