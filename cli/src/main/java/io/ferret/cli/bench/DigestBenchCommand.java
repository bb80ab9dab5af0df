package io.ferret.cli.bench;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.bench.digest.DigestBenchmark;
import io.ferret.cli.text.WriterOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ferret bench digest}: one digest run over 20 metrics × 90 days × 5 dimensions. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = {
      "Time one anomaly digest, end to end, over 20 metrics x 90 days x 5 dimensions with a planted anomaly,",
      "against one DuckDB scan of the same sums. Works in a temporary folder that is removed at the end."
    })
public final class DigestBenchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", description = "Rows of the table (default: ${DEFAULT-VALUE}).")
  private long rows = 1_000_000;

  @Override
  public Integer call() {
    if (rows < 10_000) {
      throw new FerretException(ErrorCode.USAGE, "--rows must be at least 10000, got " + rows);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (PrintStream stream = new PrintStream(new WriterOutputStream(out), true, StandardCharsets.UTF_8)) {
      DigestBenchmark.run(rows, Optional.empty(), stream);
    }
    return 0;
  }
}
