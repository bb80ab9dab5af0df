package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir
  Path folder;

  @Test
  void ingestsTheSampleStreamAndTellsWhatHappened() {
    Cli cli = Cli.in(folder);
    Path database = folder.resolve("demo.duckdb");

    Cli.Result result = cli.run("demo", "--db", database.toString());

    assertEquals(0, result.exitCode(), result::toString);
    String out = result.out();
    assertTrue(out.contains("20,000 rows landed and 3 lines were rejected"), out);
    assertTrue(out.contains("line 20001: "), out);
    assertTrue(out.contains("line 20002: not a JSON object"), out);
    assertTrue(out.contains("line 20003: "), out);
    assertTrue(out.contains("event time: ts (TIMESTAMP)"), out);
    assertTrue(out.contains("new field shipping.method -> column shipping.method VARCHAR (first at line 10001)"), out);
    assertTrue(out.contains("new field shipping.cost -> column shipping.cost DOUBLE"), out);
    assertTrue(out.contains("quantity widened from BIGINT to DOUBLE"), out);
    assertTrue(out.contains("values arrived as numeric text"), out);
    assertTrue(out.contains(" week       |"), out);
    assertTrue(out.contains("Next:\n  ferret sql --db " + database), out);
    // the three sample questions, one of each kind, with the planted incident named as the driver
    String unwrapped = out.replaceAll("\\s+", " ");
    assertTrue(unwrapped.contains("Revenue fell "), out);
    assertTrue(unwrapped.contains("the drop is mostly explained by region = EMEA and channel = partner"), out);
    assertTrue(out.contains("\"what drives first orders?\"\n\nFirst order rate is "), out);
    assertTrue(out.contains("Revenue by region, "), out);
    assertEquals("", result.err());

    Cli.Result count = cli.run("sql", "--db", database.toString(), "--format", "csv",
        "SELECT count(*) AS n FROM orders");
    assertEquals("n\n20000\n", count.out());
  }

  @Test
  void replacesAnEarlierDemoStore() {
    Cli cli = Cli.in(folder);
    String database = folder.resolve("demo.duckdb").toString();
    cli.run("demo", "--db", database);

    Cli.Result again = cli.run("demo", "--db", database);

    assertEquals(0, again.exitCode(), again::toString);
    Cli.Result count = cli.run("sql", "--db", database, "--format", "csv", "SELECT count(*) AS n FROM orders");
    assertEquals("n\n20000\n", count.out());
  }

  @Test
  void refusesToReplaceAFileThatIsNotADuckDbStore() throws Exception {
    Path precious = Cli.write(folder.resolve("precious.txt"), "do not delete me");

    Cli.Result result = Cli.in(folder).run("demo", "--db", precious.toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().startsWith("ferret: refusing to replace "), result.err());
    assertEquals("do not delete me\n", Files.readString(precious));
  }
}
