package io.ferret.cli.bench;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.bench.accuracy.AccuracyBenchmark;
import io.ferret.bench.accuracy.AccuracyOptions;
import io.ferret.investigator.InvestigatorSettings;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ferret bench accuracy}: recall@3 and null specificity on generated planted-cause scenarios. */
@Command(
    name = "accuracy",
    mixinStandardHelpOptions = true,
    description = {
      "Generate planted-cause scenarios over six business domains (with schema drift and null cases),",
      "ingest each from JSONL, ask about it in words, and score recall@3 and null specificity.",
      "Works in a temporary folder that is removed at the end."
    })
public final class AccuracyBenchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--scenarios", paramLabel = "N", description = "Scenarios to run (default: ${DEFAULT-VALUE}).")
  private int scenarios = AccuracyOptions.DEFAULT_SCENARIOS;

  @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the scenarios (default: ${DEFAULT-VALUE}).")
  private long seed = AccuracyOptions.DEFAULT_SEED;

  @Override
  public Integer call() {
    if (scenarios < 1) {
      throw new FerretException(ErrorCode.USAGE, "--scenarios must be at least 1, got " + scenarios);
    }
    try (PrintStream out = BenchOutput.stream(spec)) {
      AccuracyBenchmark.run(new AccuracyOptions(scenarios, seed, Optional.empty()),
          InvestigatorSettings.defaults(), out);
    }
    return 0;
  }
}
