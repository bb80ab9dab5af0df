package io.ferret.bench.ask;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints one size's figures: latency percentiles per kind and mode, the target, the speed-up, probe medians. */
final class AskBenchmarkPrinter {
  /** The p50 targets on a 2-core machine: 2 s at 1M rows, 5 s at 10M rows. */
  private static final Map<Long, Long> TARGET_P50_MILLIS = Map.of(1_000_000L, 2_000L, 10_000_000L, 5_000L);

  private AskBenchmarkPrinter() {}

  static void print(long rows, long catalogMillis, AskMeasurements parallel, AskMeasurements sequential,
      PrintStream out) {
    out.println(String.format(Locale.ROOT, "  reading the semantic layer: %,d ms, once per change to the data (the"
        + " warm-up asks read it; the timed asks reuse it)", catalogMillis));
    out.println(String.format(Locale.ROOT, "  %-8s %5s %14s %8s %16s %8s %10s", "kind", "asks", "parallel p50",
        "p95", "sequential p50", "p95", "speed-up"));
    for (String kind : BenchQuestion.KINDS) {
      row(out, kind, parallel.kind(kind), sequential.kind(kind));
    }
    row(out, "all", parallel.all(), sequential.all());
    Long target = TARGET_P50_MILLIS.get(rows);
    long p50 = parallel.all().p50();
    out.println(target == null ? "  target: none for this size (the issue sets p50 targets at 1M and 10M rows)"
        : String.format(Locale.ROOT, "  target: p50 <= %,d ms at %,d rows: %s (%,d ms)", target, rows,
            p50 <= target ? "met" : "NOT met", p50));
    out.println("  speed-up: sequential p50 / parallel p50, measured in the same run, question by question");
    out.println("  where the time goes with parallel probes (median ms per probe):");
    for (Map.Entry<String, Map<String, Latencies>> kind : parallel.probes().entrySet()) {
      out.println(String.format(Locale.ROOT, "    %-8s %s", kind.getKey(), kind.getValue().entrySet().stream()
          .map(probe -> String.format(Locale.ROOT, "%s %,d", probe.getKey(), probe.getValue().p50()))
          .collect(Collectors.joining(", "))));
    }
    if (parallel.unfinishedProbes() + sequential.unfinishedProbes() > 0) {
      out.println(String.format(Locale.ROOT, "  probes that timed out or failed: %d parallel, %d sequential"
          + " (their times are cut short, not fast)", parallel.unfinishedProbes(), sequential.unfinishedProbes()));
    }
  }

  private static void row(PrintStream out, String kind, Latencies parallel, Latencies sequential) {
    if (parallel.isEmpty()) {
      return;
    }
    out.println(String.format(Locale.ROOT, "  %-8s %5d %,14d %,8d %,16d %,8d %9.1fx", kind, parallel.count(),
        parallel.p50(), parallel.p95(), sequential.p50(), sequential.p95(),
        (double) sequential.p50() / Math.max(1, parallel.p50())));
  }
}
