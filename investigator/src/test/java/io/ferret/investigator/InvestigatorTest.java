package io.ferret.investigator;

import static io.ferret.investigator.probe.PlantedTables.CHURN_RATE;
import static io.ferret.investigator.probe.PlantedTables.ORDERS;
import static io.ferret.investigator.probe.PlantedTables.REFUND_RATE;
import static io.ferret.investigator.probe.PlantedTables.REVENUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ingest.pipeline.BatchWriter;
import io.ferret.ingest.pipeline.FileIngestor;
import io.ferret.ingest.pipeline.IngestSettings;
import io.ferret.ingest.pipeline.ProgressListener;
import io.ferret.ingest.sample.OrderStreamGenerator;
import io.ferret.ingest.sample.OrderStreamSpec;
import io.ferret.investigator.probe.FakeTrainingSets;
import io.ferret.investigator.probe.PlantedTables;
import io.ferret.investigator.probe.Probe;
import io.ferret.investigator.probe.ProbeContext;
import io.ferret.investigator.probe.ProbeOutcome;
import io.ferret.investigator.probe.StandardProbes;
import io.ferret.investigator.question.Direction;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionKind;
import io.ferret.investigator.question.TimeWindowParser;
import io.ferret.investigator.semantic.Metric;
import io.ferret.ml.Deadline;
import io.ferret.ml.MlSettings;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.SchemaEvolver;
import io.ferret.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvestigatorTest {
  private static final Predicate EMEA = new Predicate("region", Operator.EQ, "EMEA");
  private static final Predicate PARTNER = new Predicate("channel", Operator.EQ, "partner");
  private static final List<String> CHANGE_PROBES =
      List.of("metric_change", "time_series", "drilldown", "j48", "jrip", "em", "data_quality");

  @TempDir
  static Path folder;
  private static Store store;
  private static Investigator investigator;

  @BeforeAll
  static void plantTables() throws SQLException, IOException {
    store = Store.open(folder.resolve("investigator.duckdb"));
    PlantedTables.sales(store, "sales_channel", "channel = 'partner'", 0.3);
    PlantedTables.sales(store, "sales_pair", "region = 'EMEA' AND channel = 'partner'", 0.2);
    PlantedTables.sales(store, "sales_uniform", "TRUE", 0.85);
    PlantedTables.sales(store, "sales_noise", "FALSE", 1);
    PlantedTables.refunds(store);
    PlantedTables.customers(store);
    PlantedTables.execute(store, "CREATE TABLE tickets AS SELECT * FROM (VALUES "
        + "('NA', TIMESTAMP '2026-02-24 10:00:00'), ('EMEA', TIMESTAMP '2026-02-24 11:00:00'), "
        + "('EMEA', TIMESTAMP '2026-02-25 09:00:00'), ('APAC', TIMESTAMP '2026-02-26 12:00:00'), "
        + "('EMEA', TIMESTAMP '2026-02-27 08:00:00'), ('NA', TIMESTAMP '2026-02-10 08:00:00')) AS t(region, ts)");
    ingestDemo();
    investigator = new Investigator(store, settings());
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  private static InvestigatorSettings settings() {
    return InvestigatorSettings.defaults().withDeadlines(Duration.ofSeconds(20), Duration.ofSeconds(40));
  }

  /** The {@code ferret demo} stream as table orders: EMEA partner orders drop to 30% in the week to Nov 15. */
  private static void ingestDemo() throws IOException {
    Path file = folder.resolve("demo.jsonl");
    OrderStreamGenerator.write(OrderStreamSpec.demo(), file);
    new FileIngestor(store, new BatchWriter(store, new SchemaEvolver(EvolverSettings.defaults())),
        IngestSettings.defaults().withBatchSize(5_000), Clock.systemUTC())
        .ingest("orders", file, false, ProgressListener.SILENT);
  }

  private static Investigation change(String table, Metric metric, Direction direction) {
    return investigator.investigate(PlantedTables.change(table, metric, direction, List.of()), "why " + table);
  }

  private static Set<Predicate> segment(Finding finding) {
    return Set.copyOf(finding.segment());
  }

  /** Asserts the investigation was answered with {@code segment} as its first finding, and returns that finding. */
  private static Finding answeredWith(Investigation answer, Predicate... segment) {
    assertEquals(InvestigationStatus.ANSWERED, answer.status(), answer.summary());
    Finding top = answer.findings().get(0);
    assertEquals(Set.of(segment), segment(top), answer.findings().toString());
    return top;
  }

  @Test
  void plantedSingleColumnDriverIsFoundAtRankOne() {
    Investigation answer = change("sales_channel", REVENUE, Direction.DOWN);

    Finding top = answeredWith(answer, PARTNER);
    assertTrue(top.confidence() >= 0.99, top.toString());
    assertTrue(top.impact() > 0.85 && top.impact() < 1.05, top.toString());
    assertTrue(top.statement().startsWith("Partner revenue fell from "), top.statement());
    assertEquals(Boolean.TRUE, answer.change().beyondNormalVariation());
    assertTrue(answer.change().relative() < -0.25, answer.change().toString());
    assertTrue(answer.summary().contains("the drop is mostly explained by channel = partner"), answer.summary());
  }

  @Test
  void plantedPairIsFoundAtRankOneAndItsPartsAreNotDrivers() {
    Investigation answer = change("sales_pair", ORDERS, Direction.ANY);

    Finding top = answeredWith(answer, EMEA, PARTNER);
    assertTrue(top.confidence() >= 0.99, top.toString());
    assertTrue(top.impact() > 0.85, top.toString());
    assertTrue(answer.findings().stream().noneMatch(finding -> segment(finding).equals(Set.of(EMEA))
        || segment(finding).equals(Set.of(PARTNER))), answer.findings().toString());
    assertTrue(answer.findings().stream().noneMatch(finding -> finding.segment().stream()
        .anyMatch(predicate -> predicate.column().equals("currency"))), "currency follows region");
  }

  @Test
  void uniformDropHasNoDriverEvenThoughOneSegmentIsBiggest() {
    Investigation answer = change("sales_uniform", REVENUE, Direction.DOWN);

    assertEquals(InvestigationStatus.NO_SIGNIFICANT_DRIVER, answer.status());
    assertTrue(answer.findings().isEmpty(), answer.findings().toString());
    assertEquals(Boolean.TRUE, answer.change().beyondNormalVariation());
    assertTrue(answer.summary().contains("no single segment explains it: the drop is broad-based. Day by day, this is"
        + " a level shift since Mon Feb 23: daily revenue "), answer.summary());
    assertTrue(answer.ruledOut().stream().anyMatch(line -> line.startsWith("No single channel explains it: every"
        + " channel fell ")), answer.ruledOut().toString());
  }

  @Test
  void noiseIsWithinNormalVariation() {
    Investigation answer = change("sales_noise", REVENUE, Direction.ANY);

    assertEquals(InvestigationStatus.NO_SIGNIFICANT_DRIVER, answer.status());
    assertEquals(Boolean.FALSE, answer.change().beyondNormalVariation());
    assertTrue(answer.summary().contains("that is within normal variation, and no segment stands out. Day by day,"
        + " revenue in the window stayed within its usual range for those weekdays"), answer.summary());
  }

  @Test
  void rateThatRoseThroughMixIsExplainedByTheSegmentWhoseShareGrew() {
    Investigation answer = change("refunds", REFUND_RATE, Direction.UP);

    Finding top = answeredWith(answer, PARTNER);
    assertTrue(top.statement().startsWith("Where channel = partner, the share of rows rose from 10."),
        top.statement());
    assertTrue(top.statement().contains("this shift in mix accounts for"), top.statement());
    assertTrue(top.impact() > 0.9, top.toString());
  }

  @Test
  void driverQuestionFindsThePlantedChurnRule() {
    Investigation answer = investigator.investigate(PlantedTables.drivers("customers", CHURN_RATE),
        "what drives churn?");

    Finding top = answeredWith(answer, EMEA, PARTNER);
    assertTrue(top.impact() > 4, "lift minus one: " + top.impact());
    assertNull(answer.change());
    assertTrue(answer.summary().startsWith("Churn rate is 9."), answer.summary());
    assertEquals(List.of("drilldown", "j48", "jrip", "em", "data_quality"),
        answer.probes().stream().map(ProbeRun::name).toList());
  }

  @Test
  void modelsThatFindTheDrillDownsSegmentJoinItsFinding() {
    Investigator withModels = new Investigator(store, settings(),
        interpretation -> StandardProbes.plan(interpretation, MlSettings.defaults()),
        new FakeTrainingSets(store, List.of("region", "channel", "plan")));

    Investigation answer = withModels.investigate(PlantedTables.drivers("customers", CHURN_RATE), "what drives churn?");

    assertEquals(List.of("ok", "ok", "ok", "ok", "ok"), answer.probes().stream().map(ProbeRun::status).toList(),
        answer.probes().toString());
    Finding top = answeredWith(answer, EMEA, PARTNER);
    assertTrue(top.probes().containsAll(List.of("drilldown", "j48", "jrip")), top.probes().toString());
    assertEquals(1, answer.findings().size(), answer.findings().toString());
  }

  @Test
  void lookupAnswersWithASmallOrderedTable() {
    Interpretation byRegion = new Interpretation("tickets", QuestionKind.LOOKUP, ORDERS, Direction.ANY, List.of(),
        "ts", PlantedTables.LAST_WEEK, List.of("region"), List.of());

    Investigation answer = investigator.investigate(byRegion, "tickets by region last week");

    assertEquals(InvestigationStatus.ANSWERED, answer.status());
    assertEquals(List.of(Map.of("region", "APAC", "orders", 1L), Map.of("region", "EMEA", "orders", 3L),
        Map.of("region", "NA", "orders", 1L)), answer.rows());
    assertEquals("Orders by region, 2026-02-23 to 2026-03-01: 3 rows.", answer.summary());
  }

  @Test
  void everyPlannedProbeIsListedAndFindingsKeepTheirRecipes() {
    Investigation answer = change("sales_pair", REVENUE, Direction.DOWN);

    assertEquals(CHANGE_PROBES, answer.probes().stream().map(ProbeRun::name).toList());
    Recipe recipe = answer.findings().get(0).recipe();
    assertTrue(recipe.sql().contains("FROM \"sales_pair\""), recipe.sql());
    assertTrue(recipe.parameters().containsAll(List.of("EMEA", "partner")), recipe.parameters().toString());
    List<SeriesPoint> series = answer.series();
    assertEquals(21, series.size(), "a day per point from a week before the baseline");
    assertEquals(Instant.parse("2026-02-09T00:00:00Z"), series.get(0).start());
    double lastWeek = series.subList(14, 21).stream().mapToDouble(SeriesPoint::value).sum();
    assertEquals(answer.change().current(), lastWeek, 1e-6);
  }

  @Test
  void timedOutProbeIsReportedWhileTheOthersStillAnswer() {
    CountDownLatch never = new CountDownLatch(1);
    Probe stuck = new Probe() {
      @Override
      public String name() {
        return "stuck";
      }

      @Override
      public ProbeOutcome run(ProbeContext context, Deadline deadline) {
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("abandoned");
      }
    };
    InvestigatorSettings settings = InvestigatorSettings.defaults()
        .withDeadlines(Duration.ofSeconds(2), Duration.ofSeconds(20));
    Investigator withStuckProbe = new Investigator(store, settings, interpretation -> {
      List<Probe> probes = new ArrayList<>(StandardProbes.plan(interpretation, MlSettings.defaults()));
      probes.add(1, stuck);
      return probes;
    }, null);
    long start = System.nanoTime();

    Investigation answer = withStuckProbe.investigate(
        PlantedTables.change("sales_channel", REVENUE, Direction.DOWN, List.of()), "why?");

    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 10_000);
    ProbeRun stuckRun = answer.probes().get(1);
    assertEquals("stuck", stuckRun.name());
    assertEquals("timeout", stuckRun.status());
    assertEquals("ok", answer.probes().get(2).status());
    assertEquals(Set.of(PARTNER), segment(answer.findings().get(0)));
    assertTrue(answer.caveats().contains("The stuck probe ran out of time, so the answer rests on the other"
        + " probes."), answer.caveats().toString());
  }

  @Test
  void sameQuestionGivesTheSameInvestigationInParallelAndInSequence() {
    Interpretation question = PlantedTables.change("sales_pair", REVENUE, Direction.DOWN, List.of());
    Investigator sequential = new Investigator(store, settings().sequential());

    Investigation first = withoutTimings(investigator.investigate(question, "why?"));
    Investigation second = withoutTimings(investigator.investigate(question, "why?"));
    Investigation third = withoutTimings(sequential.investigate(question, "why?"));

    assertEquals(first, second);
    assertEquals(first, third);
  }

  @Test
  void askedInWordsTheDemoDropIsExplainedByEmeaPartnerOrders() {
    Instant asOf = Instant.parse("2026-11-16T00:00:00Z");
    // several tables here have revenue, so Ferret asks which one rather than guessing
    Investigation ambiguous = investigator.ask("Why did revenue drop last week?", new AskOptions(null, asOf));
    assertEquals(InvestigationStatus.NEEDS_CLARIFICATION, ambiguous.status());
    assertTrue(ambiguous.clarification().candidates().contains("orders"), ambiguous.clarification().toString());

    Investigation answer = investigator.ask("Why did revenue drop last week?", new AskOptions("orders", asOf));

    assertEquals("orders", answer.interpretation().table());
    assertEquals("amount", answer.interpretation().metric().column());
    answeredWith(answer, EMEA, PARTNER);
  }

  @Test
  void aQuestionFerretCannotReadAsksBackInsteadOfFailing() {
    Investigation answer = investigator.ask("SELECT * FROM orders; DROP TABLE orders", AskOptions.defaults());

    assertEquals(InvestigationStatus.NEEDS_CLARIFICATION, answer.status());
    assertTrue(answer.clarification().message().contains("ferret sql"), answer.clarification().message());
  }

  @Test
  void demoRevenueDropIsExplainedByEmeaPartnerOrders() {
    Instant asOf = Instant.parse("2026-11-16T00:00:00Z");
    String question = "why did revenue drop last week?";
    Interpretation interpretation = new Interpretation("orders", QuestionKind.CHANGE, REVENUE, Direction.DOWN,
        List.of(), "ts", new TimeWindowParser(ZoneOffset.UTC).parse(question, asOf).orElseThrow(), List.of(),
        List.of());

    Investigation answer = investigator.investigate(interpretation, question);

    Finding top = answeredWith(answer, EMEA, PARTNER);
    assertTrue(top.statement().startsWith("EMEA partner revenue fell from "), top.statement());
    assertTrue(answer.summary().contains("region = EMEA and channel = partner"), answer.summary());
  }

  @Test
  void failureIsAnErrorInvestigationNotAnException() {
    Investigation answer = change("no_such_table", REVENUE, Direction.DOWN);

    assertEquals(InvestigationStatus.ERROR, answer.status());
    assertTrue(answer.error().startsWith("there is no table named no_such_table (error id "), answer.error());
  }

  /** The investigation with every probe's run time set to 0, the one part that differs from run to run. */
  private static Investigation withoutTimings(Investigation answer) {
    List<ProbeRun> probes = answer.probes().stream()
        .map(run -> new ProbeRun(run.name(), run.status(), 0, run.detail())).toList();
    return new Investigation(answer.question(), answer.status(), answer.interpretation(), answer.change(),
        answer.summary(), answer.findings(), answer.ruledOut(), answer.caveats(), probes, answer.rows(),
        answer.series(), answer.clarification(), answer.error());
  }
}
