package io.ferret.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Ferret's side of the ingest benchmark, run in a {@link ChildJvm} with its heap capped at the target. */
final class IsolatedFerretLoad {
  private static final String RESULT = "ferret-result";

  private IsolatedFerretLoad() {}

  /** Loads {@code jsonl} in a child JVM with at most {@code heapLimitBytes} of heap, after loading {@code warmup}. */
  static FerretFileLoad.Result load(Path jsonl, Path database, Optional<Warmup> warmup, long heapLimitBytes) {
    List<String> arguments = new ArrayList<>(List.of(jsonl.toString(), database.toString()));
    warmup.ifPresent(run -> arguments.addAll(List.of(run.jsonl().toString(), run.database().toString())));
    String[] fields = ChildJvm.run(IsolatedFerretLoad.class, heapLimitBytes, RESULT, arguments);
    LoadMeasurement load = new LoadMeasurement(Long.parseLong(fields[0]), Duration.ofNanos(Long.parseLong(fields[1])),
        Duration.ofNanos(Long.parseLong(fields[2])));
    HeapFigures heap = new HeapFigures(Long.parseLong(fields[3]), Long.parseLong(fields[4]));
    return new FerretFileLoad.Result(load, heap, Long.parseLong(fields[5]));
  }

  /** The child: {@code <jsonl> <database> [<warm-up jsonl> <warm-up database>]}; prints one result line. */
  public static void main(String[] args) {
    if (args.length == 4) {
      FerretFileLoad.load(Path.of(args[2]), Path.of(args[3]));
    }
    FerretFileLoad.Result result = FerretFileLoad.load(Path.of(args[0]), Path.of(args[1]));
    LoadMeasurement load = result.measurement();
    HeapFigures heap = result.heap();
    System.out.println(String.join(" ", RESULT, Long.toString(load.rowsInTable()),
        Long.toString(load.elapsed().toNanos()), Long.toString(load.cpuTime().toNanos()),
        Long.toString(heap.limitBytes()), Long.toString(heap.peakInUseBytes()),
        Long.toString(result.peakArrowBytes())));
  }

  /** A smaller file the child loads first, so that JIT compilation stays out of the measured load. */
  record Warmup(Path jsonl, Path database) {}
}
