package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ErrorReportingTest {
  @TempDir
  Path folder;

  @Test
  void anUnknownFlagIsAUsageErrorOnOneLine() {
    Cli.Result result = Cli.in(folder).run("sql", "--bogus", "SELECT 1");

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("ferret: Unknown option: '--bogus'"), result.err());
    assertTrue(result.err().contains("see 'ferret sql --help'"), result.err());
  }

  @Test
  void aMissingRequiredOptionIsAUsageError() {
    Cli.Result result = Cli.in(folder).run("export", "--table", "orders");

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Cli.Result result = Cli.in(folder).run("fly");

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Result result = Cli.in(folder).run();

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().startsWith("ferret: name a command"), result.err());
  }

  @Test
  void helpExitsZero() {
    Cli.Result result = Cli.in(folder).run("--help");

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().contains("ingest"), result.out());
    assertTrue(result.out().contains("demo"), result.out());
  }

  @Test
  void printsNoStackTraceWithoutVerbose() {
    Cli.Result result = Cli.in(folder).run("sql", "--db", folder.resolve("absent.duckdb").toString(), "SELECT 1");

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertFalse(result.err().contains("\tat "), result.err());
  }

  @Test
  void printsTheStackTraceWithVerboseAnywhereOnTheLine() {
    String database = folder.resolve("absent.duckdb").toString();
    for (String[] args : new String[][] {
        {"--verbose", "sql", "--db", database, "SELECT 1"}, {"sql", "--verbose", "--db", database, "SELECT 1"}}) {
      Cli.Result result = Cli.in(folder).run(args);

      assertEquals(2, result.exitCode(), result::toString);
      assertTrue(result.err().startsWith("ferret: no database at "), result.err());
      assertTrue(result.err().contains("io.ferret.FerretException"), result.err());
      assertTrue(result.err().contains("\tat "), result.err());
    }
  }

  @Test
  void aStoreThatCannotBeOpenedIsARuntimeFailure() {
    Path notDuckDb = Cli.write(folder.resolve("notes.duckdb"), "just some text, not a database");

    Cli.Result result = Cli.in(folder).run("sql", "--db", notDuckDb.toString(), "SELECT 1");

    assertEquals(1, result.exitCode(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("ferret: cannot open database "), result.err());
  }

  @Test
  void describesUnexpectedExceptionsByClassAndFirstLine() {
    assertEquals("java.lang.IllegalStateException: broken",
        ErrorHandler.describe(new IllegalStateException("broken\nsecond line")));
    assertEquals("java.lang.NullPointerException", ErrorHandler.describe(new NullPointerException()));
    assertEquals("the message", ErrorHandler.describe(new FerretException(ErrorCode.STORE, "the message")));
  }

  @Test
  void mapsUsageErrorsToTwoAndOtherFailuresToOne() {
    assertEquals(2, ExitCodes.of(new FerretException(ErrorCode.USAGE, "bad")));
    assertEquals(1, ExitCodes.of(new FerretException(ErrorCode.INPUT, "bad")));
    assertEquals(1, ExitCodes.of(new FerretException(ErrorCode.STORE, "bad")));
    assertEquals(1, ExitCodes.of(new FerretException(ErrorCode.INTERNAL, "bad")));
    assertEquals(1, ExitCodes.of(new IllegalStateException("bug")));
    assertEquals(2, ExitCodes.of(new CommandLine.ParameterException(new CommandLine(new FerretCommand(
        CliEnvironment.of(java.util.Map.of(), false))), "bad flag")));
  }

  @Test
  void readsTheDefaultStoreFromFerretDbOnce() {
    assertEquals(Path.of("/data/shop.duckdb"),
        CliEnvironment.of(java.util.Map.of("FERRET_DB", "/data/shop.duckdb"), false).defaultDatabase());
    assertEquals(Path.of("ferret.duckdb"), CliEnvironment.of(java.util.Map.of(), false).defaultDatabase());
  }
}
