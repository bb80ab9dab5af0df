package io.ferret.cli.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ferret bench}: groups the benchmarks. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Run a benchmark.",
    subcommands = {IngestBenchCommand.class, KafkaBenchCommand.class, AskBenchCommand.class,
      DigestBenchCommand.class, AccuracyBenchCommand.class, RcaBenchCommand.class, ProbesBenchCommand.class})
public final class BenchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "name a benchmark: ingest, kafka, ask, digest, accuracy or rca");
  }
}
