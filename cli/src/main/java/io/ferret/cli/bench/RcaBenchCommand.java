package io.ferret.cli.bench;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.bench.rca.RcaBenchmark;
import io.ferret.investigator.InvestigatorSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ferret bench rca}: F1 on the RS dataset's 135 labelled incidents, against the peers' figures. */
@Command(
    name = "rca",
    mixinStandardHelpOptions = true,
    description = {
      "Load each labelled incident of rca-robustspot-rs, ask why the failure rate spiked at the anomalous",
      "minute, and score the findings' segments by F1 under exact set matching (RiskLoc's evaluation).",
      "Skips with a message when the dataset is absent."
    })
public final class RcaBenchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The dataset's data folder, with anomaly.yaml (default: ${DEFAULT-VALUE}).")
  private Path data = Path.of("../shared/datasets/rca-robustspot-rs/data");

  @Option(names = "--cases", paramLabel = "N", description = "Run only the first N cases (default: all).")
  private int cases = Integer.MAX_VALUE;

  @Override
  public Integer call() {
    if (cases < 1) {
      throw new FerretException(ErrorCode.USAGE, "--cases must be at least 1, got " + cases);
    }
    try (PrintStream out = BenchOutput.stream(spec)) {
      RcaBenchmark.run(data, cases, InvestigatorSettings.defaults(), out);
    }
    return 0;
  }
}
