package io.ferret.bench;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ingest.sample.OrderStreamGenerator;
import io.ferret.ingest.sample.OrderStreamSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ferret bench ingest}: how fast Ferret ingests realistic JSONL order events compared with DuckDB reading
 * the same file by itself, and how much heap Ferret needs while doing it.
 *
 * <p>Run A is DuckDB's {@code read_json_auto} in this JVM; run B is Ferret's file ingest in a child JVM whose
 * heap is capped at the target (see {@link IsolatedFerretLoad}). Each first loads a smaller warm-up file, so that
 * JIT compilation and DuckDB's first-load costs stay out of the figures. Generating the files is timed apart and
 * is part of neither measurement. Every file lives in a temporary folder that is removed at the end.
 */
public final class IngestBenchmark {
  private static final String MEASURED = "measured";
  private static final String WARMUP = "warmup";

  private IngestBenchmark() {}

  /** Runs the benchmark, printing progress and then the figures to {@code out}. */
  public static BenchmarkReport run(IngestBenchmarkOptions options, PrintStream out) {
    try (WorkFolder work = WorkFolder.create(options.workParent())) {
      Optional<IsolatedFerretLoad.Warmup> ferretWarmup = Optional.empty();
      if (options.warmupRows() > 0) {
        out.println(String.format(Locale.ROOT, "warm-up   %,d rows each side", options.warmupRows()));
        Path warmup = work.resolve(WARMUP + ".jsonl");
        generate(options.warmupRows(), warmup);
        DuckDbJsonLoad.load(warmup, work.resolve(WARMUP + "-duckdb.duckdb"));
        ferretWarmup = Optional.of(new IsolatedFerretLoad.Warmup(warmup, work.resolve(WARMUP + "-ferret.duckdb")));
      }
      out.println(String.format(Locale.ROOT, "generate  %,d rows", options.rows()));
      Path file = work.resolve(MEASURED + ".jsonl");
      long started = System.nanoTime();
      generate(options.rows(), file);
      Duration generation = Duration.ofNanos(System.nanoTime() - started);
      out.println("measure   A: duckdb read_json_auto");
      LoadMeasurement duckdb = DuckDbJsonLoad.load(file, work.resolve(MEASURED + "-duckdb.duckdb"));
      out.println("measure   B: ferret file ingest (child JVM)");
      FerretFileLoad.Result ferret = IsolatedFerretLoad.load(file, work.resolve(MEASURED + "-ferret.duckdb"),
          ferretWarmup, BenchmarkReport.TARGET_PEAK_HEAP_BYTES);
      BenchmarkReport report = new BenchmarkReport(options.rows(), Files.size(file), generation, duckdb,
          ferret.measurement(), ferret.heap(), ferret.peakArrowBytes());
      BenchmarkReportPrinter.print(report, out);
      return report;
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INTERNAL, "benchmark files failed: " + e.getMessage(), e);
    }
  }

  private static void generate(long rows, Path file) throws IOException {
    OrderStreamGenerator.write(OrderStreamSpec.benchmark(rows), file);
  }

  /** Runs the benchmark from the command line: {@code [--rows N]}. */
  public static void main(String[] args) {
    IngestBenchmarkOptions options = IngestBenchmarkOptions.defaults();
    if (args.length == 2 && args[0].equals("--rows")) {
      options = options.withRows(Long.parseLong(args[1]));
    } else if (args.length != 0) {
      System.err.println("usage: IngestBenchmark [--rows N]");
      System.exit(2);
    }
    run(options, System.out);
  }
}
