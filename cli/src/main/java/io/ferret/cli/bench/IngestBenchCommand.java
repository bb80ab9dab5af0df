package io.ferret.cli.bench;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.bench.IngestBenchmark;
import io.ferret.bench.IngestBenchmarkOptions;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ferret bench ingest}: Ferret's file ingest against DuckDB loading the same JSONL by itself. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Measure file ingest on generated order events against DuckDB's read_json_auto of the same file.",
      "Works in a temporary folder that is removed at the end."
    })
public final class IngestBenchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", description = "Order events to generate (default: ${DEFAULT-VALUE}).")
  private long rows = IngestBenchmarkOptions.DEFAULT_ROWS;

  @Override
  public Integer call() {
    if (rows < 1) {
      throw new FerretException(ErrorCode.USAGE, "--rows must be at least 1, got " + rows);
    }
    // The warm-up need not be larger than the measured file itself.
    IngestBenchmarkOptions options = IngestBenchmarkOptions.defaults()
        .withRows(rows)
        .withWarmupRows(Math.min(rows, IngestBenchmarkOptions.DEFAULT_WARMUP_ROWS));
    try (PrintStream stream = BenchOutput.stream(spec)) {
      IngestBenchmark.run(options, stream);
    }
    return 0;
  }
}
