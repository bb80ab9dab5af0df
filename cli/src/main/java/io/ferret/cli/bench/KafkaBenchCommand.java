package io.ferret.cli.bench;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.bench.kafka.KafkaBenchmark;
import io.ferret.bench.kafka.KafkaBenchmarkOptions;
import io.ferret.cli.text.WriterOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ferret bench kafka}: Ferret's Kafka ingest against a consumer that reads and discards the same topic. */
@Command(
    name = "kafka",
    mixinStandardHelpOptions = true,
    description = {
      "Measure Kafka -> DuckDB ingest against a consume-and-discard consumer of the same topic, on a broker",
      "started inside this JVM; then latency from send until queryable at a steady rate, and peak heap.",
      "Works in a temporary folder that is removed at the end."
    })
public final class KafkaBenchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--events", paramLabel = "N", description = "Order events in the measured topic (default: ${DEFAULT-VALUE}).")
  private long events = KafkaBenchmarkOptions.DEFAULT_EVENTS;

  @Option(names = "--warmup", paramLabel = "N",
      description = "Events each side reads before measuring (default: the smaller of --events and ${DEFAULT-VALUE}).")
  private long warmup = KafkaBenchmarkOptions.DEFAULT_WARMUP_EVENTS;

  @Option(names = "--latency-rate", paramLabel = "N",
      description = "Events per second for the latency run; 0 skips it (default: ${DEFAULT-VALUE}).")
  private int latencyRate = KafkaBenchmarkOptions.DEFAULT_LATENCY_RATE;

  @Option(names = "--latency-seconds", paramLabel = "S", description = "Length of the latency run (default: ${DEFAULT-VALUE}).")
  private long latencySeconds = KafkaBenchmarkOptions.DEFAULT_LATENCY_DURATION.toSeconds();

  @Option(names = "--partitions", paramLabel = "N", description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
  private int partitions = KafkaBenchmarkOptions.DEFAULT_PARTITIONS;

  @Override
  public Integer call() {
    KafkaBenchmarkOptions options;
    try {
      options = new KafkaBenchmarkOptions(events, Math.min(events, warmup), partitions, latencyRate,
          Duration.ofSeconds(latencySeconds), KafkaBenchmarkOptions.defaults().workParent());
    } catch (IllegalArgumentException e) {
      throw new FerretException(ErrorCode.USAGE, e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (PrintStream stream = new PrintStream(new WriterOutputStream(out), true, StandardCharsets.UTF_8)) {
      KafkaBenchmark.run(options, stream);
    }
    return 0;
  }
}
