package io.ferret.bench.kafka;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.bench.DuckDbJsonLoad;
import io.ferret.bench.LoadMeasurement;
import io.ferret.bench.WorkFolder;
import io.ferret.ingest.kafka.KafkaSettings;
import io.ferret.ingest.kafka.TopicRoute;
import io.ferret.ingest.kafka.testing.TestingKafka;
import io.ferret.ingest.sample.OrderStreamGenerator;
import io.ferret.ingest.sample.OrderStreamSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ferret bench kafka}: how fast Ferret lands Kafka messages in DuckDB compared with a consumer that only
 * reads them, both on the same topic of an in-JVM broker in the same run; how long events take to become
 * queryable at a steady rate; and how much heap Ferret needs meanwhile, in a JVM of its own capped at the target.
 *
 * <p>Both consumers first read a smaller warm-up topic once, so that JIT compilation stays out of the figures.
 * Every store lives in a temporary folder that is removed at the end, and the broker with it.
 */
public final class KafkaBenchmark {
  static final String TABLE = "orders";

  private KafkaBenchmark() {}

  /** Runs the benchmark, printing progress and then the figures to {@code out}. */
  public static KafkaBenchmarkReport run(KafkaBenchmarkOptions options, PrintStream out) {
    try (WorkFolder work = WorkFolder.create(options.workParent())) {
      long brokerStarted = System.nanoTime();
      try (TestingKafka kafka = TestingKafka.start()) {
        Duration brokerStart = Duration.ofNanos(System.nanoTime() - brokerStarted);
        String bootstrap = kafka.bootstrapServers();
        if (options.warmupEvents() > 0) {
          out.println(String.format(Locale.ROOT, "warm-up   %,d events each side", options.warmupEvents()));
          String warmup = topic(kafka, "warmup", options);
          OrderTopicWriter.write(bootstrap, warmup, options.warmupEvents());
          DiscardingConsumer.consume(settings(bootstrap, warmup, "warmup-discard"), warmup, options.warmupEvents());
        }
        out.println(String.format(Locale.ROOT, "produce   %,d events", options.events()));
        String measured = topic(kafka, "orders", options);
        long producing = System.nanoTime();
        long bytes = OrderTopicWriter.write(bootstrap, measured, options.events());
        Duration produce = Duration.ofNanos(System.nanoTime() - producing);
        out.println("measure   consume and discard");
        LoadMeasurement discard =
            DiscardingConsumer.consume(settings(bootstrap, measured, "discard"), measured, options.events());
        out.println("measure   ferret Kafka -> DuckDB");
        Optional<FerretKafkaLoad.Load> ferretWarmup = options.warmupEvents() > 0
            ? Optional.of(new FerretKafkaLoad.Load("warmup", "warmup-ferret", options.warmupEvents(),
                work.resolve("warmup.duckdb")))
            : Optional.empty();
        FerretKafkaLoad.Result ferret = FerretKafkaLoad.loadIsolated(bootstrap,
            new FerretKafkaLoad.Load(measured, "ferret", options.events(), work.resolve("measured.duckdb")),
            ferretWarmup, KafkaBenchmarkReport.TARGET_PEAK_HEAP_BYTES);
        work.deleteStartingWith("warmup");
        work.deleteStartingWith("measured");
        out.println("measure   duckdb read_json_auto of the same events from a file (the store's own ceiling)");
        Path jsonl = work.resolve("ceiling.jsonl");
        OrderStreamGenerator.write(OrderStreamSpec.benchmark(options.events()), jsonl);
        LoadMeasurement ceiling = DuckDbJsonLoad.load(jsonl, work.resolve("ceiling.duckdb"));
        work.deleteStartingWith("ceiling");
        Optional<LatencyMeasurement> latency = Optional.empty();
        if (options.latencyRate() > 0) {
          out.println(String.format(Locale.ROOT, "measure   latency at %,d events/s for %d s",
              options.latencyRate(), options.latencyDuration().toSeconds()));
          String steady = topic(kafka, "steady", options);
          latency = Optional.of(LatencyRun.run(settings(bootstrap, steady, "latency"), steady, options.partitions(),
              options.latencyRate(), options.latencyDuration(), work.resolve("latency.duckdb")));
        }
        KafkaBenchmarkReport report = new KafkaBenchmarkReport(options.events(), bytes, brokerStart, produce,
            discard, ferret.measurement(), ceiling, ferret.heap(), ferret.peakArrowBytes(), latency);
        KafkaBenchmarkReportPrinter.print(report, out);
        return report;
      }
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INTERNAL, "benchmark files failed: " + e.getMessage(), e);
    }
  }

  private static String topic(TestingKafka kafka, String name, KafkaBenchmarkOptions options) {
    kafka.createTopic(name, options.partitions());
    return name;
  }

  /** Ferret's default settings, one topic into {@value #TABLE}, in a group of the side's own. */
  static KafkaSettings settings(String bootstrap, String topic, String group) {
    return KafkaSettings.defaults(bootstrap, List.of(TopicRoute.topic(topic, TABLE))).withGroupId(group);
  }

  /** Runs the benchmark from the command line: {@code [--events N]}. */
  public static void main(String[] args) {
    KafkaBenchmarkOptions options = KafkaBenchmarkOptions.defaults();
    if (args.length == 2 && args[0].equals("--events")) {
      options = options.withEvents(Long.parseLong(args[1]));
    } else if (args.length != 0) {
      System.err.println("usage: KafkaBenchmark [--events N]");
      System.exit(2);
    }
    run(options, System.out);
  }
}
