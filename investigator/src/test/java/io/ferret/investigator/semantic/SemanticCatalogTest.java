package io.ferret.investigator.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ingest.pipeline.BatchWriter;
import io.ferret.ingest.pipeline.FileIngestor;
import io.ferret.ingest.pipeline.IngestSettings;
import io.ferret.ingest.pipeline.ProgressListener;
import io.ferret.ingest.sample.OrderStreamGenerator;
import io.ferret.ingest.sample.OrderStreamSpec;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.SchemaEvolver;
import io.ferret.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The semantic layers Ferret infers from real tables, with no ferret.yml. */
class SemanticCatalogTest {
  @TempDir
  static Path folder;
  private static BusinessTables tables;
  private static SemanticCatalog catalog;

  @BeforeAll
  static void createTables() throws SQLException, IOException {
    tables = BusinessTables.create(folder);
    Store store = tables.store();
    BusinessTables.execute(store, "CREATE TABLE daily_signups AS SELECT DATE '2026-03-01' + i::INTEGER AS day,"
        + " 3 AS signups FROM range(10) t(i)");
    BusinessTables.execute(store, "CREATE TABLE empty_events (ts TIMESTAMP, amount DOUBLE)");
    ingestDemoOrders(store);
    catalog = tables.catalog();
  }

  /** The {@code ferret demo} stream, ingested as Ferret ingests files: nested fields, _extra, event-time metadata. */
  private static void ingestDemoOrders(Store store) throws IOException {
    Path file = folder.resolve("demo.jsonl");
    OrderStreamGenerator.write(OrderStreamSpec.demo(), file);
    new FileIngestor(store, new BatchWriter(store, new SchemaEvolver(EvolverSettings.defaults())),
        IngestSettings.defaults().withBatchSize(5_000), Clock.systemUTC())
        .ingest("demo_orders", file, false, ProgressListener.SILENT);
  }

  @AfterAll
  static void closeStore() {
    tables.close();
  }

  private static SemanticLayer layer(String table) {
    return catalog.layer(table).orElseThrow(() -> new AssertionError("no layer for " + table));
  }

  private static List<String> metricNames(String table) {
    return layer(table).metrics().stream().map(m -> m.metric().name()).toList();
  }

  private static MetricTerms terms(String table, String metric) {
    return layer(table).metrics().stream().filter(m -> m.metric().name().equals(metric)).findFirst()
        .orElseThrow(() -> new AssertionError(table + " has no metric " + metric + ": " + metricNames(table)));
  }

  @Test
  void namesTheRowCountAfterTheTablesNoun() {
    assertEquals("orders", layer("orders").noun());
    assertEquals("tickets", layer("ticket_events").noun());
    assertEquals("orders", metricNames("orders").get(0));
    assertEquals(MetricKind.COUNT, layer("orders").metric("orders").orElseThrow().kind());
    assertTrue(terms("ticket_events", "tickets").phrases().contains("ticket"));
  }

  @Test
  void callsTheMoneyColumnsSumRevenueAndKnowsItsBusinessWords() {
    Metric revenue = layer("orders").metric("revenue").orElseThrow();
    assertEquals(new Metric("revenue", MetricKind.SUM, "amount", null, null), revenue);
    assertEquals("sum(amount)", revenue.formula());
    assertTrue(terms("orders", "revenue").vocabulary().containsAll(List.of("sales", "arr", "mrr", "bookings")));
    assertEquals(MetricKind.AVERAGE, layer("orders").metric("average amount").orElseThrow().kind());
    assertTrue(terms("orders", "average amount").vocabulary().containsAll(List.of("average order value", "aov")));
  }

  @Test
  void arrIsItsOwnMetricWhereTheTableHasIt() {
    assertEquals("arr", layer("subscriptions").metric("arr").orElseThrow().column());
    assertTrue(terms("subscriptions", "arr").vocabulary().contains("revenue"));
    assertTrue(layer("subscriptions").metric("revenue").isEmpty());
  }

  @Test
  void identifiersAndTimeAreNotMeasuresAndPercentagesAreOnlyAveraged() {
    List<String> names = metricNames("orders");
    assertTrue(names.stream().noneMatch(n -> n.contains("order id")), names.toString());
    assertTrue(names.contains("average discount pct"), names.toString());
    assertFalse(names.contains("discount pct"), "a sum of percentages means nothing: " + names);
  }

  @Test
  void booleanYesNoAndStatusColumnsGiveRates() {
    assertEquals(new Metric("churn rate", MetricKind.RATE, "churned", null, true),
        layer("subscriptions").metric("churn rate").orElseThrow());
    assertEquals(new Metric("conversion rate", MetricKind.RATE, "converted", null, true),
        layer("marketing").metric("conversion rate").orElseThrow());
    assertEquals(new Metric("late rate", MetricKind.RATE, "late", null, true),
        layer("orders").metric("late rate").orElseThrow());
    assertEquals(new Metric("y rate", MetricKind.RATE, "y", null, "yes"), layer("bank").metric("y rate").orElseThrow());
    assertEquals(new Metric("refund rate", MetricKind.RATE, "status", null, "refunded"),
        layer("orders").metric("refund rate").orElseThrow());
    assertTrue(terms("subscriptions", "churn rate").phrases().containsAll(List.of("churn", "churned")));
  }

  @Test
  void dimensionsAreLowCardinalityTextAndBooleanColumnsWithTheirValues() {
    SemanticLayer orders = layer("orders");
    assertEquals(List.of("region", "segment", "channel", "status", "country", "late"), orders.dimensionColumns());
    assertEquals(List.of("APAC", "EMEA", "NA"), orders.dimensions().get(0).values());
    assertEquals(List.of(false, true), orders.dimensions().get(5).values());
  }

  @Test
  void ingestedTablesUseTheRecordedEventTimeAndOnlyTheirDataColumns() {
    SemanticLayer demo = layer("demo_orders");
    assertEquals("ts", demo.timeColumn());
    assertEquals("orders", demo.noun());
    assertEquals("amount", demo.metric("revenue").orElseThrow().column());
    assertEquals("shipping.cost", demo.metric("shipping cost").orElseThrow().column());
    assertTrue(demo.dimensionColumns().containsAll(List.of("customer.segment", "region", "channel")),
        demo.dimensionColumns().toString());
    assertFalse(demo.dimensionColumns().contains("order_id"), "an identifier is no dimension");
    assertTrue(metricNames("demo_orders").stream().noneMatch(n -> n.contains("extra")));
    Dimension segment = demo.dimensions().get(demo.dimensionColumns().indexOf("customer.segment"));
    assertEquals(List.of("customer segment", "segment"), segment.names());
    assertEquals(List.of("enterprise", "mid-market", "smb"), segment.values());
  }

  @Test
  void ferretsOwnTablesHaveNoLayer() {
    assertTrue(catalog.layers().stream().noneMatch(l -> l.table().startsWith("ferret_")));
    assertTrue(catalog.layer("ferret_tables").isEmpty());
  }

  @Test
  void latestEventTimeIsTheDefaultAsOf() {
    assertEquals(Instant.parse("2026-11-23T07:00:00Z"), catalog.latestEventTime("orders"));
    assertTrue(catalog.latestEventTime("demo_orders").isBefore(Instant.parse("2026-11-16T00:00:00Z")));
    assertTrue(catalog.latestEventTime("demo_orders").isAfter(Instant.parse("2026-11-15T00:00:00Z")));
  }

  @Test
  void aDatesEventsLastUntilTheEndOfThatDay() {
    assertEquals("day", layer("daily_signups").timeColumn());
    assertEquals(Instant.parse("2026-03-11T00:00:00Z"), catalog.latestEventTime("daily_signups"));
  }

  @Test
  void latestEventTimeIsNullWithoutATimeOrRowsAndAnErrorForAnUnknownTable() {
    assertNull(layer("bank").timeColumn());
    assertNull(catalog.latestEventTime("bank"));
    assertNull(catalog.latestEventTime("empty_events"));
    FerretException unknown = assertThrows(FerretException.class, () -> catalog.latestEventTime("nope"));
    assertEquals(ErrorCode.USAGE, unknown.code());
  }
}
