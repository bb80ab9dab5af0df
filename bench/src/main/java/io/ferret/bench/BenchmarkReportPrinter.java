package io.ferret.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints a {@link BenchmarkReport} as plain text, each figure labelled with its run and beside its target. */
public final class BenchmarkReportPrinter {
  private static final double MEBIBYTE = 1024.0 * 1024.0;

  private BenchmarkReportPrinter() {}

  public static void print(BenchmarkReport report, PrintStream out) {
    out.println(format("file      %,d order events, %.1f MB of JSONL, generated in %.2f s (timed by neither run)",
        report.rows(), report.fileBytes() / MEBIBYTE, seconds(report.generation().toNanos())));
    out.println("run A     duckdb: " + DuckDbJsonLoad.SQL + ", in this JVM");
    out.println(format("run B     ferret: file ingest with default settings, in a child JVM with -Xmx%.0fm",
        report.ferretHeap().limitBytes() / MEBIBYTE));
    out.println(line("A duckdb ", report.duckdb()));
    out.println(line("B ferret ", report.ferret()));
    out.println(format("ratio ferret/duckdb %.2f (B/A rows/s, target >= %.2f) %s",
        report.ratio(), BenchmarkReport.TARGET_RATIO, verdict(report.meetsRatioTarget())));
    out.println(format("cpu       duckdb/ferret CPU per row %.2f (A/B; steadier than wall time on a busy machine)",
        report.cpuRatio()));
    HeapFigures heap = report.ferretHeap();
    out.println(format("heap B    ferret streamed the file within a %.0f MB heap cap, peak in use %.0f MB"
        + " (target <= %.0f MB) %s", heap.limitBytes() / MEBIBYTE, heap.peakInUseBytes() / MEBIBYTE,
        BenchmarkReport.TARGET_PEAK_HEAP_BYTES / MEBIBYTE, verdict(report.meetsHeapTarget())));
    out.println(format("arrow B   ferret peak %.0f MB off-heap", report.ferretPeakArrowBytes() / MEBIBYTE));
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
