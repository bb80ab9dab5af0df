package io.ferret.bench.kafka;

import io.ferret.bench.LoadMeasurement;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Prints a {@link KafkaBenchmarkReport} as plain text, each figure beside its target. */
final class KafkaBenchmarkReportPrinter {
  private static final double MEBIBYTE = 1024.0 * 1024.0;

  private KafkaBenchmarkReportPrinter() {}

  static void print(KafkaBenchmarkReport report, PrintStream out) {
    out.println(format("broker    in-JVM Kafka (KRaft, one node) started in %.1f s", seconds(report.brokerStart())));
    out.println(format("topic     %,d order events, %.1f MB of JSON, written in %.1f s (not part of either"
        + " measurement)", report.events(), report.topicBytes() / MEBIBYTE, seconds(report.produce())));
    out.println(line("discard   consume and discard", report.discard()));
    out.println(line("ferret    Kafka -> DuckDB     ", report.ferret()));
    out.println(line("duckdb    read_json_auto file ", report.duckDbCeiling()));
    out.println(format("ratio ferret/discard %.2f (target >= %.2f) %s", report.ratio(),
        KafkaBenchmarkReport.TARGET_RATIO, verdict(report.meetsRatioTarget())));
    out.println(format("ceiling   duckdb/discard %.2f: DuckDB loading the same events from a file by itself;"
        + " ferret/duckdb %.2f", report.ceilingRatio(), report.ferret().rowsPerSecond()
        / report.duckDbCeiling().rowsPerSecond()));
    report.latency().ifPresent(latency -> out.println(format(
        "latency   %,d events at %,d/s (achieved %,.0f/s): p50 %.2f s, p99 %.2f s, max %.2f s"
            + " (target p99 <= %.2f s) %s",
        latency.events(), latency.rate(), latency.achievedRate(), seconds(latency.percentile(0.5)),
        seconds(latency.percentile(0.99)), seconds(latency.percentile(1.0)),
        seconds(KafkaBenchmarkReport.TARGET_P99), verdict(report.meetsLatencyTarget().orElse(false)))));
    out.println(format("heap      ferret peak %.0f MB in use over %,d events, in a JVM of its own capped at %.0f MB"
        + " (target <= %.0f MB) %s", report.ferretHeap().peakInUseBytes() / MEBIBYTE, report.events(),
        report.ferretHeap().limitBytes() / MEBIBYTE,
        KafkaBenchmarkReport.TARGET_PEAK_HEAP_BYTES / MEBIBYTE, verdict(report.meetsHeapTarget())));
    out.println(format("arrow     ferret peak %.0f MB off-heap", report.ferretPeakArrowBytes() / MEBIBYTE));
  }

  private static String line(String label, LoadMeasurement measurement) {
    return format("%s %,12.0f events/s  (%,d events in %.2f s; %.2f s CPU, %.1f us CPU/event)", label,
        measurement.rowsPerSecond(), measurement.rowsInTable(), seconds(measurement.elapsed()),
        seconds(measurement.cpuTime()), measurement.cpuMicrosPerRow());
  }

  private static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  private static String format(String pattern, Object... arguments) {
    return String.format(Locale.ROOT, pattern, arguments);
  }
}
