package io.ferret.bench;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs Ferret's side of the benchmark in a JVM of its own, its heap capped at the target: completing at all
 * shows the ingest streams within it, and the heap figures are Ferret's alone rather than shared with DuckDB's
 * run and the file generation, and not inflated by a roomy heap that the collector lets fill with garbage.
 */
final class IsolatedFerretLoad {
  private static final String RESULT = "ferret-result";
  private static final int OUTPUT_LINES_KEPT = 20;

  private IsolatedFerretLoad() {}

  /** Loads {@code jsonl} in a child JVM with at most {@code heapLimitBytes} of heap, after loading {@code warmup}. */
  static FerretFileLoad.Result load(Path jsonl, Path database, Optional<Warmup> warmup, long heapLimitBytes) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heapLimitBytes / (1024 * 1024) + "m",
        // Arrow reads direct buffers' addresses, as the ferret launcher's jar manifest allows
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"),
        IsolatedFerretLoad.class.getName(),
        jsonl.toString(), database.toString()));
    warmup.ifPresent(run -> command.addAll(List.of(run.jsonl().toString(), run.database().toString())));
    try {
      Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
      String result = null;
      List<String> output = new ArrayList<>();
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.startsWith(RESULT)) {
            result = line;
          } else if (output.size() < OUTPUT_LINES_KEPT) {
            output.add(line);
          }
        }
      }
      int exit = child.waitFor();
      if (exit != 0 || result == null) {
        throw new FerretException(ErrorCode.INTERNAL, "Ferret's ingest in a JVM limited to "
            + heapLimitBytes / (1024 * 1024) + " MB of heap failed (exit " + exit + "):\n" + String.join("\n", output));
      }
      return parse(result);
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INTERNAL, "cannot run Ferret's ingest in a child JVM: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FerretException(ErrorCode.INTERNAL, "interrupted while Ferret's ingest ran", e);
    }
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

  private static FerretFileLoad.Result parse(String line) {
    String[] fields = line.split(" ");
    LoadMeasurement load = new LoadMeasurement(Long.parseLong(fields[1]), Duration.ofNanos(Long.parseLong(fields[2])),
        Duration.ofNanos(Long.parseLong(fields[3])));
    HeapFigures heap = new HeapFigures(Long.parseLong(fields[4]), Long.parseLong(fields[5]));
    return new FerretFileLoad.Result(load, heap, Long.parseLong(fields[6]));
  }

  /** A smaller file the child loads first, so that JIT compilation stays out of the measured load. */
  record Warmup(Path jsonl, Path database) {}
}
