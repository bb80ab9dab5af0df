package io.ferret.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints a {@link BenchmarkReport} as plain text, each figure beside its target. */
public final class BenchmarkReportPrinter {
  private static final double MEBIBYTE = 1024.0 * 1024.0;

  private BenchmarkReportPrinter() {}

  public static void print(BenchmarkReport report, PrintStream out) {
    out.println(format("file      %,d order events, %.1f MB of JSONL", report.rows(), report.fileBytes() / MEBIBYTE));
    out.println(format("generate  %.2f s (not part of either measurement)", seconds(report.generation().toNanos())));
    out.println("duckdb    " + DuckDbJsonLoad.SQL);
    out.println(line("duckdb    read_json_auto", report.duckdb()));
    out.println(line("ferret    file ingest   ", report.ferret()));
    out.println(format("ratio ferret/duckdb %.2f (target >= %.2f) %s",
        report.ratio(), BenchmarkReport.TARGET_RATIO, verdict(report.meetsRatioTarget())));
    out.println(format("cpu       duckdb/ferret CPU per row %.2f (steadier than wall time on a busy machine)",
        report.cpuRatio()));
    out.println(format("heap      ferret peak %.0f MB (target <= %.0f MB) %s",
        report.ferretPeakHeapBytes() / MEBIBYTE, BenchmarkReport.TARGET_PEAK_HEAP_BYTES / MEBIBYTE,
        verdict(report.meetsHeapTarget())));
    out.println(format("arrow     ferret peak %.0f MB off-heap", report.ferretPeakArrowBytes() / MEBIBYTE));
  }

  private static String line(String label, LoadMeasurement measurement) {
    return format("%s %,12.0f rows/s  (%,d rows in %.2f s; %.2f s CPU, %.1f us CPU/row)", label,
        measurement.rowsPerSecond(), measurement.rowsInTable(), seconds(measurement.elapsed().toNanos()),
        seconds(measurement.cpuTime().toNanos()), measurement.cpuMicrosPerRow());
  }

  private static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static String format(String pattern, Object... arguments) {
    return String.format(Locale.ROOT, pattern, arguments);
  }
}
