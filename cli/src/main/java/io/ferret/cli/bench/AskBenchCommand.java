package io.ferret.cli.bench;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.bench.ask.AskBenchmark;
import io.ferret.bench.ask.AskBenchmarkOptions;
import io.ferret.cli.text.WriterOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ferret bench ask}: ask latency over the three kinds of question, parallel against sequential probes. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = {
      "Measure ask latency (p50, p95) over change, driver and lookup questions on generated 20-column tables,",
      "with parallel and with sequential probes. Works in a temporary folder that is removed at the end."
    })
public final class AskBenchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", split = ",",
      description = "Table sizes to measure, comma-separated (default: 1000000,10000000).")
  private List<Long> rows;

  @Option(names = "--repeat", paramLabel = "N",
      description = "Times each question is asked in each mode (default: ${DEFAULT-VALUE}).")
  private int repeat = AskBenchmarkOptions.DEFAULT_REPEAT;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated tables (default: ${DEFAULT-VALUE}).")
  private long seed = AskBenchmarkOptions.DEFAULT_SEED;

  @Override
  public Integer call() {
    List<Long> sizes = rows == null ? AskBenchmarkOptions.DEFAULT_ROWS : rows;
    if (sizes.stream().anyMatch(count -> count < 1)) {
      throw new FerretException(ErrorCode.USAGE, "--rows must list sizes of at least 1, got " + sizes);
    }
    if (repeat < 1) {
      throw new FerretException(ErrorCode.USAGE, "--repeat must be at least 1, got " + repeat);
    }
    AskBenchmarkOptions options = AskBenchmarkOptions.defaults().withRows(sizes).withRepeat(repeat).withSeed(seed);
    PrintWriter out = spec.commandLine().getOut();
    try (PrintStream stream = new PrintStream(new WriterOutputStream(out), true, StandardCharsets.UTF_8)) {
      AskBenchmark.run(options, stream);
    }
    return 0;
  }
}
