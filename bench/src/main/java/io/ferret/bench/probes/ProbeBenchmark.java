package io.ferret.bench.probes;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.bench.BenchTable;
import io.ferret.bench.WorkFolder;
import io.ferret.ml.Deadline;
import io.ferret.ml.Framing;
import io.ferret.ml.MlSettings;
import io.ferret.ml.ProbeRequest;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.ProbeStatus;
import io.ferret.ml.TrainingSet;
import io.ferret.ml.data.TrainingSetLoader;
import io.ferret.ml.probe.ModelProbe;
import io.ferret.ml.probe.ModelProbes;
import io.ferret.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import weka.classifiers.trees.J48;

/**
 * {@code ferret bench probes}: each model probe on the bench table's outcome question ("which orders are
 * returned?"), timed end to end (loading the sample from DuckDB, training, extracting and checking segments),
 * against plain J48 trained on a large sample in the same run; and how often each probe finds the planted
 * segment (online electronics, returned 35% of the time against 6%) at several sample caps.
 */
public final class ProbeBenchmark {
  static final long TARGET_MILLIS = 1_500;
  private static final Framing RETURNS = new Framing.Outcome("returned", true);
  private static final Duration DEADLINE = Duration.ofSeconds(120);

  private ProbeBenchmark() {}

  /** Runs the benchmark, printing the figures to {@code out}. */
  public static void run(ProbeBenchmarkOptions options, PrintStream out) {
    out.printf(Locale.ROOT, "ferret bench probes: %,d rows x %d columns, outcome 'returned', planted segment %s;"
        + " %d cores%n", options.rows(), BenchTable.COLUMNS, PlantedSegment.DESCRIPTION,
        Runtime.getRuntime().availableProcessors());
    try (WorkFolder work = WorkFolder.create(options.workParent());
        Store store = Store.open(work.resolve("probes.duckdb"))) {
      long started = System.nanoTime();
      BenchTable.create(store, options.rows(), options.tableSeed());
      out.printf(Locale.ROOT, "  generated in %,d ms; the planted segment holds %,d rows%n", millisSince(started),
          PlantedSegment.rows(store));
      List<ModelProbe> probes = ModelProbes.all(MlSettings.defaults());
      timeProbes(store, probes, options, out);
      recall(store, options, out);
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INTERNAL, "benchmark files failed: " + e.getMessage(), e);
    }
  }

  /** Per probe at the default cap: the median load, model and total time, against plain J48 on the baseline. */
  private static void timeProbes(Store store, List<ModelProbe> probes, ProbeBenchmarkOptions options,
      PrintStream out) {
    MlSettings settings = MlSettings.defaults();
    // one untimed round, so that the timed ones do not pay for class loading and the JIT
    runAll(store, probes, settings);
    int count = probes.size();
    List<List<Long>> loads = lists(count);
    List<List<Long>> models = lists(count);
    for (int r = 0; r < options.repeat(); r++) {
      for (int p = 0; p < count; p++) {
        // each probe loads its own sample here, as it would alone; an ask loads once for all three
        long start = System.nanoTime();
        TrainingSet data = load(store, settings);
        loads.get(p).add(millisSince(start));
        start = System.nanoTime();
        ProbeResult result = probes.get(p).run(data, Deadline.in(DEADLINE));
        models.get(p).add(millisSince(start));
        requireOk(result);
      }
    }
    long baseline = baselineJ48(store, options.baselineCap());
    out.printf(Locale.ROOT, "  baseline: plain J48 (default options) trained on %,d sampled rows: %,d ms%n",
        Math.min(options.baselineCap(), options.rows()), baseline);
    out.printf(Locale.ROOT, "  at the default cap of %,d rows, median of %d runs:%n", settings.sampleCap(),
        options.repeat());
    out.println("  probe    load ms  model ms  total ms  total / baseline  target <= 1,500 ms");
    for (int p = 0; p < count; p++) {
      long load = median(loads.get(p));
      long model = median(models.get(p));
      long total = median(sums(loads.get(p), models.get(p)));
      out.printf(Locale.ROOT, "  %-6s %,9d %,9d %,9d %17.3f  %s%n", probes.get(p).name(), load, model, total,
          (double) total / Math.max(1, baseline), total <= TARGET_MILLIS ? "met" : "NOT met");
    }
  }

  /** Recall of the planted segment per probe and cap, over sampling seeds 1 to {@code seeds}. */
  private static void recall(Store store, ProbeBenchmarkOptions options, PrintStream out) {
    List<ModelProbe> probes = ModelProbes.all(MlSettings.defaults());
    long plantedRows = PlantedSegment.rows(store);
    out.printf(Locale.ROOT, "  recall of the planted segment over sampling seeds 1..%d (found/runs, median ms of"
        + " load and model):%n", options.seeds());
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-9s", "cap"));
    probes.forEach(probe -> header.append(String.format(Locale.ROOT, "  %-18s", probe.name())));
    out.println(header);
    for (int cap : options.caps()) {
      int[] found = new int[probes.size()];
      List<List<Long>> millis = lists(probes.size());
      for (int seed = 1; seed <= options.seeds(); seed++) {
        MlSettings settings = MlSettings.defaults().withSampleCap(cap).withSeed(seed);
        long start = System.nanoTime();
        TrainingSet data = load(store, settings);
        long load = millisSince(start);
        List<ModelProbe> seeded = ModelProbes.all(settings);
        for (int p = 0; p < seeded.size(); p++) {
          start = System.nanoTime();
          ProbeResult result = seeded.get(p).run(data, Deadline.in(DEADLINE));
          millis.get(p).add(load + millisSince(start));
          requireOk(result);
          if (PlantedSegment.foundIn(result.segments(), plantedRows)) {
            found[p]++;
          }
        }
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-9s", String.format(Locale.ROOT, "%,d", cap)));
      for (int p = 0; p < probes.size(); p++) {
        line.append(String.format(Locale.ROOT, "  %-18s",
            String.format(Locale.ROOT, "%d/%d (%,d ms)", found[p], options.seeds(), median(millis.get(p)))));
      }
      out.println(line);
    }
  }

  private static void runAll(Store store, List<ModelProbe> probes, MlSettings settings) {
    TrainingSet data = load(store, settings);
    probes.forEach(probe -> requireOk(probe.run(data, Deadline.in(DEADLINE))));
  }

  private static TrainingSet load(Store store, MlSettings settings) {
    return TrainingSetLoader.load(store,
        new ProbeRequest(BenchTable.NAME, RETURNS, List.of(), List.of(), settings));
  }

  /** Time to train Weka's J48 with its default options on a sample of {@code cap} rows, all for training. */
  private static long baselineJ48(Store store, int cap) {
    MlSettings defaults = MlSettings.defaults();
    MlSettings all = new MlSettings(defaults.seed(), cap, defaults.nominalTopK(), 0.0, false, defaults.minSupport(),
        defaults.maxPValue(), defaults.clusters());
    TrainingSet data = load(store, all);
    long start = System.nanoTime();
    try {
      new J48().buildClassifier(data.train());
    } catch (Exception e) {
      throw new FerretException(ErrorCode.INTERNAL, "the J48 baseline failed: " + e.getMessage(), e);
    }
    return millisSince(start);
  }

  private static void requireOk(ProbeResult result) {
    if (result.status() != ProbeStatus.OK) {
      throw new FerretException(ErrorCode.INTERNAL, result.probe() + " did not finish: " + result.status() + ", "
          + result.detail());
    }
  }

  private static List<List<Long>> lists(int count) {
    List<List<Long>> lists = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }

  private static List<Long> sums(List<Long> first, List<Long> second) {
    List<Long> sums = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      sums.add(first.get(i) + second.get(i));
    }
    return sums;
  }

  static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
