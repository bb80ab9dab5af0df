package io.ferret.bench.kafka;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.bench.ChildJvm;
import io.ferret.bench.GcHeapWatch;
import io.ferret.bench.HeapFigures;
import io.ferret.bench.LoadMeasurement;
import io.ferret.bench.ProcessCpuClock;
import io.ferret.bench.TableRows;
import io.ferret.ingest.kafka.KafkaIngestor;
import io.ferret.ingest.kafka.KafkaSettings;
import io.ferret.ingest.kafka.LandingListener;
import io.ferret.ingest.pipeline.BatchWriter;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.SchemaEvolver;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ferret's side: Kafka ingest as {@code ferret serve} runs it, into a fresh store, until every event landed. It
 * runs in a {@link ChildJvm} with the heap capped at the target, against the benchmark's broker.
 */
final class FerretKafkaLoad {
  private static final String RESULT = "ferret-kafka-result";

  private FerretKafkaLoad() {}

  /** What one load measured, beyond time and rows. */
  record Result(LoadMeasurement measurement, HeapFigures heap, long peakArrowBytes) {}

  /** One topic to land into a fresh store, read by a group of its own. */
  record Load(String topic, String group, long events, Path database) {
    private List<String> arguments() {
      return List.of(topic, group, Long.toString(events), database.toString());
    }

    private static Load of(String[] arguments, int from) {
      return new Load(arguments[from], arguments[from + 1], Long.parseLong(arguments[from + 2]),
          Path.of(arguments[from + 3]));
    }
  }

  /** Runs {@code measured} in a child JVM with at most {@code heapLimitBytes} of heap, after {@code warmup}. */
  static Result loadIsolated(String bootstrap, Load measured, Optional<Load> warmup, long heapLimitBytes) {
    List<String> arguments = new ArrayList<>(List.of(bootstrap));
    arguments.addAll(measured.arguments());
    warmup.ifPresent(load -> arguments.addAll(load.arguments()));
    String[] fields = ChildJvm.run(FerretKafkaLoad.class, heapLimitBytes, RESULT, arguments);
    LoadMeasurement load = new LoadMeasurement(Long.parseLong(fields[0]), Duration.ofNanos(Long.parseLong(fields[1])),
        Duration.ofNanos(Long.parseLong(fields[2])));
    return new Result(load, new HeapFigures(Long.parseLong(fields[3]), Long.parseLong(fields[4])),
        Long.parseLong(fields[5]));
  }

  /** The child: {@code bootstrap topic group events database [warm-up topic group events database]}. */
  public static void main(String[] args) {
    String bootstrap = args[0];
    if (args.length == 9) {
      load(bootstrap, Load.of(args, 5));
    }
    Result result = load(bootstrap, Load.of(args, 1));
    LoadMeasurement load = result.measurement();
    System.out.println(String.join(" ", RESULT, Long.toString(load.rowsInTable()),
        Long.toString(load.elapsed().toNanos()), Long.toString(load.cpuTime().toNanos()),
        Long.toString(result.heap().limitBytes()), Long.toString(result.heap().peakInUseBytes()),
        Long.toString(result.peakArrowBytes())));
  }

  private static Result load(String bootstrap, Load load) {
    KafkaSettings settings = KafkaBenchmark.settings(bootstrap, load.topic(), load.group());
    try (Store store = Store.open(load.database())) {
      LandingCounter landed = new LandingCounter();
      KafkaIngestor ingestor = ingestor(store, settings, landed);
      Duration elapsed;
      Duration cpu;
      HeapFigures heap;
      try (GcHeapWatch watch = GcHeapWatch.start()) {
        Duration cpuBefore = ProcessCpuClock.now();
        long started = System.nanoTime();
        ingestor.start();
        landed.await(load.events(), ingestor);
        elapsed = Duration.ofNanos(System.nanoTime() - started);
        cpu = ProcessCpuClock.now().minus(cpuBefore);
        heap = new HeapFigures(Runtime.getRuntime().maxMemory(), watch.peakInUseBytes());
      } finally {
        // Leaving the group is not part of landing, so it is outside the measured time.
        ingestor.close();
      }
      LoadMeasurement measurement =
          new LoadMeasurement(TableRows.count(store.connection(), KafkaBenchmark.TABLE), elapsed, cpu);
      return new Result(measurement, heap, store.allocator().getPeakMemoryAllocation());
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "counting the rows Ferret landed failed: " + e.getMessage(), e);
    }
  }

  static KafkaIngestor ingestor(Store store, KafkaSettings settings, LandingListener listener) {
    return new KafkaIngestor(store, new BatchWriter(store, new SchemaEvolver(EvolverSettings.defaults())),
        settings, listener, Clock.systemUTC());
  }
}
