package io.ferret.bench.digest;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.bench.WorkFolder;
import io.ferret.investigator.InvestigatorSettings;
import io.ferret.investigator.digest.Anomaly;
import io.ferret.investigator.digest.Digest;
import io.ferret.investigator.digest.DigestRunner;
import io.ferret.investigator.digest.DigestSettings;
import io.ferret.investigator.digest.DigestText;
import io.ferret.investigator.digest.Sensitivity;
import io.ferret.investigator.semantic.SemanticCatalog;
import io.ferret.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ferret bench digest}: one digest run, end to end (every series judged, the top anomalies explained),
 * over 20 metrics × 90 days × 5 dimensions, against a baseline measured in the same run: one DuckDB scan that
 * computes the same sums per day and dimension value, which is the least any digest must read.
 */
public final class DigestBenchmark {
  /** The target for the whole run on a 2-core machine. */
  public static final Duration TARGET = Duration.ofSeconds(10);
  static final int DAYS = 90;
  static final int METRICS = 20;
  static final int NUMBERS = 10;
  private static final LocalDate LAST_DAY = LocalDate.parse("2026-11-15");

  private DigestBenchmark() {}

  /** What one run measured. */
  public record Result(long rows, int series, int anomalies, boolean plantedFound, Duration baseline,
      Duration digest) {
    public double ratio() {
      return (double) digest.toNanos() / baseline.toNanos();
    }
  }

  /** Builds the table in a temporary store, runs the baseline scan and the digest, and prints the figures. */
  public static Result run(long rows, Optional<Path> workParent, PrintStream out) {
    try (WorkFolder work = WorkFolder.create(workParent); Store store = Store.open(work.resolve("digest.duckdb"))) {
      out.printf(Locale.ROOT, "generate  %,d rows over %d days: %d numeric columns, 5 dimensions%n", rows, DAYS,
          NUMBERS);
      generate(store, rows);
      InvestigatorSettings settings = InvestigatorSettings.defaults();
      List<String> metrics = SemanticCatalog.load(store, null).layer("events").orElseThrow().metrics().stream()
          .map(terms -> terms.metric().name()).limit(METRICS).toList();
      DigestSettings digest = new DigestSettings("bench", ZoneOffset.UTC, List.of("events"), metrics,
          Sensitivity.MEDIUM, DigestSettings.DEFAULT_MIN_VOLUME, DigestSettings.DEFAULT_HISTORY_WEEKS,
          DigestSettings.DEFAULT_EXPLAINED);
      Duration baseline = time(() -> baselineScan(store));
      // warm the JIT and DuckDB's caches once, as a server that has run before would be
      new DigestRunner(store, settings).run(digest, LAST_DAY.minusDays(1), false);
      Digest[] result = new Digest[1];
      Duration elapsed = time(() -> result[0] = new DigestRunner(store, settings).run(digest, LAST_DAY, false));
      boolean planted = result[0].anomalies().stream().anyMatch(DigestBenchmark::isPlanted);
      Result figures = new Result(rows, result[0].series(), result[0].anomalies().size(), planted, baseline, elapsed);
      print(figures, metrics.size(), out);
      List<Anomaly> others = result[0].anomalies().stream().filter(anomaly -> !isPlanted(anomaly)).toList();
      out.printf(Locale.ROOT, "others    %d anomalies outside the planted segment%s%n", others.size(),
          others.isEmpty() ? "" : ", such as:");
      others.stream().limit(5).forEach(anomaly -> out.println("          " + DigestText.line(anomaly)));
      return figures;
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INTERNAL, "benchmark files failed: " + e.getMessage(), e);
    }
  }

  /** The planted anomaly: orders of region r1 on the last day are down to a fifth. */
  private static boolean isPlanted(Anomaly anomaly) {
    return anomaly.segment().size() == 1 && anomaly.segment().get(0).column().equals("region")
        && anomaly.segment().get(0).value().equals("r1") && !anomaly.rose();
  }

  private static void generate(Store store, long rows) {
    StringBuilder numbers = new StringBuilder();
    for (int n = 1; n <= NUMBERS; n++) {
      numbers.append(String.format(Locale.ROOT, ", (hash(i * 31 + %d) %% 10000) / 100.0 AS m%02d", n, n));
    }
    execute(store, "CREATE TABLE events AS SELECT TIMESTAMP '" + LAST_DAY.minusDays(DAYS - 1) + " 00:00:00'"
        + " + to_seconds((i * " + DAYS + " * 86400 // " + rows + ")::BIGINT) AS ts,"
        + " 'r' || (hash(i * 31 + 11) % 6) AS region, 'c' || (hash(i * 31 + 12) % 8) AS channel,"
        + " 'p' || (hash(i * 31 + 13) % 10) AS plan, 'k' || (hash(i * 31 + 14) % 12) AS country,"
        + " 's' || (hash(i * 31 + 15) % 4) AS source" + numbers + ", hash(i * 31 + 16) % 5 AS draw"
        + " FROM range(" + rows + ") t(i)");
    execute(store, "DELETE FROM events WHERE ts >= TIMESTAMP '" + LAST_DAY + " 00:00:00' AND region = 'r1'"
        + " AND draw > 0");
    execute(store, "ALTER TABLE events DROP COLUMN draw");
  }

  private static void baselineScan(Store store) {
    StringBuilder sums = new StringBuilder();
    for (int n = 1; n <= NUMBERS; n++) {
      sums.append(String.format(Locale.ROOT, ", sum(m%02d), avg(m%02d)", n, n));
    }
    for (String dimension : List.of("region", "channel", "plan", "country", "source")) {
      execute(store, "SELECT date_trunc('day', ts) AS day, " + dimension + ", count(*)" + sums
          + " FROM events GROUP BY ALL");
    }
  }

  private static void print(Result result, int metrics, PrintStream out) {
    out.printf(Locale.ROOT, "baseline  one DuckDB scan of the same sums per day and dimension value: %.2f s%n",
        seconds(result.baseline()));
    out.printf(Locale.ROOT, "digest    %d metrics x %d days x 5 dimensions, %,d series judged, %d anomalies,"
        + " planted one %s: %.2f s (target <= %.0f s) %s%n", metrics, DAYS, result.series(), result.anomalies(),
        result.plantedFound() ? "found" : "MISSED", seconds(result.digest()), seconds(TARGET),
        result.digest().compareTo(TARGET) <= 0 ? "met" : "MISSED");
    out.printf(Locale.ROOT, "ratio digest/baseline %.1f%n", result.ratio());
  }

  private static Duration time(Runnable work) {
    long started = System.nanoTime();
    work.run();
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  private static void execute(Store store, String sql) {
    try (Statement statement = store.connection().createStatement()) {
      if (statement.execute(sql)) {
        try (ResultSet rows = statement.getResultSet()) {
          while (rows.next()) {
            rows.getObject(rows.getMetaData().getColumnCount()); // read every row, as the digest does
          }
        }
      }
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "benchmark SQL failed: " + e.getMessage(), e);
    }
  }
}
