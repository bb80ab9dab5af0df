package io.ferret.bench.ask;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.bench.BenchTable;
import io.ferret.bench.WorkFolder;
import io.ferret.investigator.AskOptions;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.Investigator;
import io.ferret.investigator.InvestigatorSettings;
import io.ferret.investigator.semantic.SemanticCatalog;
import io.ferret.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code ferret bench ask}: how long {@code Investigator.ask} takes over the three kinds of question on generated
 * tables of each size, and how much running the probes in parallel saves against running them one by one.
 *
 * <p>Each size gets a fresh DuckDB file in a temporary folder ({@link BenchTable}). Every question is asked once
 * to warm up (JIT, DuckDB's caches) and shown with its status; then each question is asked {@code repeat} times
 * with parallel probes and, right after, with sequential ones, so both modes see the same machine load.
 */
public final class AskBenchmark {
  private AskBenchmark() {}

  /** Runs the benchmark, printing progress and the figures to {@code out}. */
  public static void run(AskBenchmarkOptions options, PrintStream out) {
    List<BenchQuestion> questions = BenchQuestion.all();
    InvestigatorSettings settings = InvestigatorSettings.defaults();
    out.println(String.format(Locale.ROOT, "ferret bench ask: %d questions (%s), %d repeats, seed %d, %d cores",
        questions.size(), String.join(", ", BenchQuestion.KINDS), options.repeat(), options.seed(),
        Runtime.getRuntime().availableProcessors()));
    // an ask stops at its deadlines, so a figure near them is cut short, and a speed-up then a lower bound
    out.println(String.format(Locale.ROOT, "deadlines: %,d ms per probe, %,d ms per ask; probes run %d at once"
        + " (parallel) or 1 at once (sequential)", settings.probeDeadline().toMillis(),
        settings.totalDeadline().toMillis(), settings.parallelism()));
    try (WorkFolder work = WorkFolder.create(options.workParent())) {
      for (long rows : options.rows()) {
        String name = "ask-" + rows;
        try (Store store = Store.open(work.resolve(name + ".duckdb"))) {
          measure(store, rows, options, settings, questions, out);
        }
        work.deleteStartingWith(name + ".");
      }
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INTERNAL, "benchmark files failed: " + e.getMessage(), e);
    }
  }

  private static void measure(Store store, long rows, AskBenchmarkOptions options, InvestigatorSettings settings,
      List<BenchQuestion> questions, PrintStream out) {
    out.println();
    out.println(String.format(Locale.ROOT, "%,d rows x %d columns", rows, BenchTable.COLUMNS));
    long started = System.nanoTime();
    BenchTable.create(store, rows, options.seed());
    out.println(String.format(Locale.ROOT, "  generated in %,d ms", millisSince(started)));
    Investigator parallel = new Investigator(store, settings);
    Investigator sequential = new Investigator(store, settings.sequential());
    for (BenchQuestion question : questions) {
      started = System.nanoTime();
      Investigation answer = parallel.ask(question.text(), AskOptions.defaults());
      out.println(String.format(Locale.ROOT, "  warm-up %-8s %-46s %s, %,d ms", question.kind(),
          "\"" + question.text() + "\"", answer.status().jsonName(), millisSince(started)));
    }
    started = System.nanoTime();
    SemanticCatalog.load(store, settings.config());
    long catalogMillis = millisSince(started);
    AskMeasurements parallelTimes = new AskMeasurements();
    AskMeasurements sequentialTimes = new AskMeasurements();
    for (int round = 0; round < options.repeat(); round++) {
      for (BenchQuestion question : questions) {
        timeAsk(parallel, question, parallelTimes);
        timeAsk(sequential, question, sequentialTimes);
      }
    }
    AskBenchmarkPrinter.print(rows, catalogMillis, parallelTimes, sequentialTimes, out);
  }

  private static void timeAsk(Investigator investigator, BenchQuestion question, AskMeasurements measurements) {
    long started = System.nanoTime();
    Investigation answer = investigator.ask(question.text(), AskOptions.defaults());
    measurements.add(question, millisSince(started), answer);
  }

  private static long millisSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
