package io.ferret.bench.ask;

import io.ferret.investigator.Investigation;
import io.ferret.investigator.ProbeRun;
import java.util.LinkedHashMap;
import java.util.Map;

/** The latencies of one way of running probes (parallel or sequential), by kind of question and by probe. */
final class AskMeasurements {
  private final Map<String, Latencies> byKind = new LinkedHashMap<>();
  private final Latencies all = new Latencies();
  private final Map<String, Map<String, Latencies>> probesByKind = new LinkedHashMap<>();
  private int unfinishedProbes;

  /** Records one answered question: how long the ask took and how long each of its probes ran. */
  void add(BenchQuestion question, long millis, Investigation answer) {
    byKind.computeIfAbsent(question.kind(), kind -> new Latencies()).add(millis);
    all.add(millis);
    Map<String, Latencies> probes = probesByKind.computeIfAbsent(question.kind(), kind -> new LinkedHashMap<>());
    for (ProbeRun run : answer.probes()) {
      probes.computeIfAbsent(run.name(), name -> new Latencies()).add(run.millis());
      if (run.status().equals("timeout") || run.status().equals("failed")) {
        unfinishedProbes++;
      }
    }
  }

  Latencies kind(String kind) {
    return byKind.getOrDefault(kind, new Latencies());
  }

  Latencies all() {
    return all;
  }

  /** Per kind of question, each probe's durations. */
  Map<String, Map<String, Latencies>> probes() {
    return probesByKind;
  }

  /** Probes that timed out or failed: their figures are cut short, not faster. */
  int unfinishedProbes() {
    return unfinishedProbes;
  }
}
