package io.ferret.cli.bench;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.bench.probes.ProbeBenchmark;
import io.ferret.bench.probes.ProbeBenchmarkOptions;
import io.ferret.cli.text.WriterOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ferret bench probes}: J48, JRip and EM end to end on a generated table, and their recall by sample cap. */
@Command(
    name = "probes",
    mixinStandardHelpOptions = true,
    description = {
      "Time each model probe (J48, JRip, EM) end to end on a generated 20-column table: loading its sample from",
      "DuckDB, training, extracting and checking segments; compare with plain J48 on 200k rows in the same run;",
      "and print how often each finds the planted segment at sample caps of 10k, 25k, 50k and 200k rows.",
      "Works in a temporary folder that is removed at the end."
    })
public final class ProbesBenchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", description = "Rows of the table (default: ${DEFAULT-VALUE}).")
  private long rows = ProbeBenchmarkOptions.DEFAULT_ROWS;

  @Option(names = "--repeat", paramLabel = "N",
      description = "Timed runs of each probe at the default cap (default: ${DEFAULT-VALUE}).")
  private int repeat = ProbeBenchmarkOptions.DEFAULT_REPEAT;

  @Option(names = "--caps", paramLabel = "N", split = ",",
      description = "Sample caps for the recall, comma-separated (default: 10000,25000,50000,200000).")
  private List<Integer> caps;

  @Option(names = "--seeds", paramLabel = "N",
      description = "Sampling seeds per cap for the recall (default: ${DEFAULT-VALUE}).")
  private int seeds = ProbeBenchmarkOptions.DEFAULT_SEEDS;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated table (default: ${DEFAULT-VALUE}).")
  private long seed = 42;

  @Override
  public Integer call() {
    ProbeBenchmarkOptions options;
    try {
      options = new ProbeBenchmarkOptions(rows, repeat, caps == null ? ProbeBenchmarkOptions.DEFAULT_CAPS : caps,
          seeds, ProbeBenchmarkOptions.DEFAULT_BASELINE_CAP, seed, Optional.empty());
    } catch (IllegalArgumentException e) {
      throw new FerretException(ErrorCode.USAGE, e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (PrintStream stream = new PrintStream(new WriterOutputStream(out), true, StandardCharsets.UTF_8)) {
      ProbeBenchmark.run(options, stream);
    }
    return 0;
  }
}
