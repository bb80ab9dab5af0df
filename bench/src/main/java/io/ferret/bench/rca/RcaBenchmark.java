package io.ferret.bench.rca;

import io.ferret.bench.WorkFolder;
import io.ferret.bench.accuracy.StoreFiles;
import io.ferret.investigator.AskOptions;
import io.ferret.investigator.Finding;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.Investigator;
import io.ferret.investigator.InvestigatorSettings;
import io.ferret.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ferret bench rca}: the 135 labelled incidents of the RS dataset. Each case is CSV-ingested into its
 * own store and asked "why did the failure rate spike at HH:MM?" as of the end of the anomalous minute; the
 * findings' segments are the predicted causes, scored by F1 under exact set matching as RiskLoc scores them.
 */
public final class RcaBenchmark {
  /** F1 of the peers' own code on this machine, from the issue. */
  private static final String PEERS = "RobustSpot 0.458, Adtributor 0.274, AutoRoot 0.261, HotSpot 0.042";
  static final double TARGET = 0.70;
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private RcaBenchmark() {}

  /** Runs every case in {@code dataFolder} (or the first {@code limit}); says so and returns if it is absent. */
  public static void run(Path dataFolder, int limit, InvestigatorSettings settings, PrintStream out) {
    if (!Files.isRegularFile(dataFolder.resolve(RcaCases.LABELS))) {
      out.println("RCA benchmark skipped: no " + RcaCases.LABELS + " in " + dataFolder
          + " (the rca-robustspot-rs dataset is absent)");
      return;
    }
    try (WorkFolder folder = WorkFolder.create(Optional.empty())) {
      List<RcaCase> cases = RcaCases.read(dataFolder).stream().limit(limit).toList();
      out.printf(Locale.ROOT, "RCA: %d labelled incidents from %s (CSV -> ingest -> ask)%n", cases.size(),
          dataFolder);
      F1Score total = F1Score.ZERO;
      for (RcaCase rcaCase : cases) {
        Set<String> predicted = predict(rcaCase, folder, settings);
        F1Score score = F1Score.of(predicted, rcaCase.causes());
        total = total.plus(score);
        out.printf(Locale.ROOT, "  %-34s %s  truth %s  predicted %s%n", rcaCase.name(),
            score.falsePositives() + score.falseNegatives() == 0 ? "ok  " : "MISS", rcaCase.causes(), predicted);
      }
      out.printf(Locale.ROOT, "%nF1 %.3f (precision %.3f, recall %.3f; TP %d, FP %d, FN %d)%n", total.f1(),
          total.precision(), total.recall(), total.truePositives(), total.falsePositives(),
          total.falseNegatives());
      out.printf(Locale.ROOT, "peers on this machine: %s; target >= %.2f -> %s%n", PEERS, TARGET,
          total.f1() >= TARGET ? "met" : "NOT met");
    } catch (IOException e) {
      throw new UncheckedIOException("the RCA benchmark's files failed", e);
    }
  }

  private static Set<String> predict(RcaCase rcaCase, WorkFolder folder, InvestigatorSettings settings)
      throws IOException {
    String name = "case-" + Math.abs(rcaCase.name().hashCode());
    Path csv = folder.resolve(name + ".csv");
    Path config = folder.resolve(name + ".yml");
    RcaCaseStore.writeConfig(RcaCaseStore.writeCsv(rcaCase.csv(), csv), config);
    try (Store store = Store.open(folder.resolve(name + ".duckdb"))) {
      StoreFiles.ingestCsv(store, RcaCaseStore.TABLE, csv);
      String question = "why did the failure rate spike at "
          + CLOCK.format(rcaCase.minute().atZone(ZoneOffset.UTC)) + "?";
      Investigation investigation = new Investigator(store, settings.withConfig(config))
          .ask(question, new AskOptions(RcaCaseStore.TABLE, rcaCase.minute().plusSeconds(60)));
      Set<String> predicted = new LinkedHashSet<>();
      for (Finding finding : investigation.findings()) {
        CauseSet.key(finding.segment()).ifPresent(predicted::add);
      }
      return predicted;
    } finally {
      folder.deleteStartingWith(name + ".");
    }
  }
}
