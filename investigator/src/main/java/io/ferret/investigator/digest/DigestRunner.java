package io.ferret.investigator.digest;

import io.ferret.investigator.Investigator;
import io.ferret.investigator.InvestigatorSettings;
import io.ferret.investigator.semantic.SemanticCatalog;
import io.ferret.investigator.semantic.SemanticLayer;
import io.ferret.ml.TimeWindow;
import io.ferret.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Runs a digest over a store: scans every covered metric for anomalies and explains the top ones. */
public final class DigestRunner {
  private final Store store;
  private final InvestigatorSettings investigatorSettings;

  public DigestRunner(Store store, InvestigatorSettings investigatorSettings) {
    this.store = Objects.requireNonNull(store, "store is null");
    this.investigatorSettings = Objects.requireNonNull(investigatorSettings, "investigatorSettings is null");
  }

  /** The latest calendar day in {@code zone} that had ended by {@code asOf}: a digest never judges a partial day. */
  public static LocalDate latestCompleteDay(Instant asOf, ZoneId zone) {
    return asOf.atZone(zone).toLocalDate().minusDays(1);
  }

  /** The latest event time over the digest's tables; empty when they hold no timed rows. */
  public Optional<Instant> latestEventTime(DigestSettings settings) {
    SemanticCatalog catalog = SemanticCatalog.load(store, investigatorSettings.config());
    return layers(catalog, settings).stream().map(layer -> catalog.latestEventTime(layer.table()))
        .filter(Objects::nonNull).max(Instant::compareTo);
  }

  /** The digest for {@code day} (a calendar day in the digest's zone); {@code late} marks a catch-up run. */
  public Digest run(DigestSettings settings, LocalDate day, boolean late) {
    SemanticCatalog catalog = SemanticCatalog.load(store, investigatorSettings.config());
    List<SemanticLayer> layers = layers(catalog, settings);
    AnomalyDetector detector = new AnomalyDetector(settings);
    List<Anomaly> found = new ArrayList<>();
    int series = 0;
    for (SemanticLayer layer : layers) {
      AnomalyDetector.Scan scan = detector.scan(store, layer, day);
      found.addAll(scan.anomalies());
      series += scan.series();
    }
    found.sort(AnomalyDetector.RANKING);
    AnomalyExplainer explainer =
        new AnomalyExplainer(Investigator.compact(store, investigatorSettings), settings.zone());
    List<Anomaly> anomalies = new ArrayList<>();
    for (Anomaly anomaly : found) {
      boolean explain = anomalies.size() < settings.explained();
      anomalies.add(explain ? explainer.explain(anomaly, catalog.layer(anomaly.table()).orElseThrow()) : anomaly);
    }
    TimeWindow window = new TimeWindow(day.atStartOfDay(settings.zone()).toInstant(),
        day.plusDays(1).atStartOfDay(settings.zone()).toInstant());
    return new Digest(settings.name(), day, window, settings.zone(), anomalies,
        layers.stream().map(SemanticLayer::table).toList(), series, late);
  }

  private static List<SemanticLayer> layers(SemanticCatalog catalog, DigestSettings settings) {
    return catalog.layers().stream()
        .filter(layer -> layer.timeColumn() != null)
        .filter(layer -> settings.tables().isEmpty() || settings.tables().contains(layer.table()))
        .toList();
  }
}
