package io.ferret.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SchemaEvolverTest {
  private final SchemaEvolver evolver = new SchemaEvolver(EvolverSettings.defaults());
  private final TableSchema empty = TableSchema.empty("orders");

  @Test
  void infersEachTypeAndFlattensNestedObjects() {
    EvolutionPlan plan = Events.plan(evolver, empty,
        "{\"ok\":true,\"n\":1,\"x\":1.5,\"d\":\"2024-03-01\",\"ts\":\"2024-03-01T10:00:00Z\",\"s\":\"hi\","
            + "\"tags\":[1,2],\"customer\":{\"plan\":\"pro\",\"geo\":{\"country\":\"DE\"}}}");
    TableSchema after = plan.after();
    assertEquals(ColumnType.BOOLEAN, type(after, "ok"));
    assertEquals(ColumnType.BIGINT, type(after, "n"));
    assertEquals(ColumnType.DOUBLE, type(after, "x"));
    assertEquals(ColumnType.DATE, type(after, "d"));
    assertEquals(ColumnType.TIMESTAMP, type(after, "ts"));
    assertEquals(ColumnType.VARCHAR, type(after, "s"));
    assertEquals(ColumnType.JSON, type(after, "tags"));
    assertEquals(ColumnType.VARCHAR, type(after, "customer.plan"));
    assertEquals(ColumnType.VARCHAR, type(after, "customer.geo.country"));
    assertEquals("ts", after.eventTimeColumn());
    assertEquals(1, after.version());
  }

  @Test
  void keepsNumericColumnNumericWhenNumericStringsArrive() {
    TableSchema first = Events.plan(evolver, empty, "{\"amount\":10.5}", "{\"amount\":3.25}").after();
    EvolutionPlan second = Events.plan(evolver, first, "{\"amount\":\"49.90\"}", "{\"amount\":7.5}");
    assertEquals(ColumnType.DOUBLE, type(second.after(), "amount"));
    assertArrayEquals(new Object[] {49.9, 7.5}, values(second, "amount"));
    assertEquals(1, second.after().statsOf("amount").coerced());
    assertTrue(second.changes().isEmpty(), "coercion is not a schema change");
  }

  @Test
  void keepsMinorityTextBesideNumericColumnInVariant() {
    TableSchema first = Events.plan(evolver, empty, "{\"amount\":10}").after();
    EvolutionPlan second =
        Events.plan(evolver, first, "{\"amount\":1}", "{\"amount\":\"n/a\"}", "{\"amount\":3}");
    assertEquals(ColumnType.BIGINT, type(second.after(), "amount"));
    assertArrayEquals(new Object[] {1L, null, 3L}, values(second, "amount"));
    assertArrayEquals(new Object[] {null, "n/a", null}, values(second, "amount__v_text"));
    assertEquals(ChangeKind.ADD_VARIANT, second.changes().get(0).kind());
    assertEquals("2", second.changes().get(0).position());
  }

  @Test
  void widensToTextOnlyWhenMostValuesReallyChangedType() {
    TableSchema numeric = Events.plan(evolver, empty, "{\"code\":1}", "{\"code\":2}").after();
    String[] text = IntStream.range(0, 40).mapToObj(i -> "{\"code\":\"A-" + i + "\"}").toArray(String[]::new);
    EvolutionPlan plan = Events.plan(evolver, numeric, text);
    assertEquals(ColumnType.VARCHAR, type(plan.after(), "code"));
    SchemaChange widen = plan.changes().get(0);
    assertEquals(ChangeKind.WIDEN_COLUMN, widen.kind());
    assertEquals(ColumnType.BIGINT, widen.oldType());
    assertEquals(ColumnType.VARCHAR, widen.newType());
    assertEquals("A-0", values(plan, "code")[0]);
  }

  @Test
  void oneStrayValueInSmallBatchDoesNotWidenColumn() {
    TableSchema numeric = Events.plan(evolver, empty, "{\"code\":1}", "{\"code\":2}").after();
    EvolutionPlan plan = Events.plan(evolver, numeric, "{\"code\":\"oops\"}");
    assertEquals(ColumnType.BIGINT, type(plan.after(), "code"));
  }

  @Test
  void widensBigintToDoubleWhenDecimalsArrive() {
    TableSchema ints = Events.plan(evolver, empty, "{\"q\":1}").after();
    EvolutionPlan plan = Events.plan(evolver, ints, "{\"q\":2}", "{\"q\":1.5}");
    assertEquals(ColumnType.DOUBLE, type(plan.after(), "q"));
    assertEquals("2", plan.changes().get(0).position(), "the first decimal caused it");
    assertArrayEquals(new Object[] {2.0, 1.5}, values(plan, "q"));
  }

  @Test
  void doesNotWidenToDoubleWhenIntegersBeyondDoublePrecisionLanded() {
    TableSchema ints = Events.plan(evolver, empty, "{\"q\":9007199254740993}").after();
    EvolutionPlan plan = Events.plan(evolver, ints, "{\"q\":1.5}");
    assertEquals(ColumnType.BIGINT, type(plan.after(), "q"));
    assertArrayEquals(new Object[] {1.5}, values(plan, "q__v_double"));
  }

  @Test
  void keepsIntegersBeyondInt64AsExactText() {
    EvolutionPlan plan = Events.plan(evolver, empty, "{\"n\":1}", "{\"n\":2}", "{\"n\":123456789012345678901234567890}");
    assertEquals(ColumnType.BIGINT, type(plan.after(), "n"));
    assertArrayEquals(new Object[] {null, null, "123456789012345678901234567890"}, values(plan, "n__v_text"));
  }

  @Test
  void keepsNumbersBeyondDoubleAsExactText() {
    EvolutionPlan plan = Events.plan(evolver, empty, "{\"x\":1.5}", "{\"x\":2.5}", "{\"x\":1e400}");
    assertArrayEquals(new Object[] {null, null, "1E+400"}, values(plan, "x__v_text"));
  }

  @Test
  void storesNanAndInfinityInDoubleColumns() {
    EvolutionPlan plan = Events.plan(evolver, empty, "{\"x\":1.5}", "{\"x\":NaN}", "{\"x\":-Infinity}");
    Object[] x = values(plan, "x");
    assertTrue(Double.isNaN((Double) x[1]));
    assertEquals(Double.NEGATIVE_INFINITY, x[2]);
  }

  @Test
  void widensDateToTimestampWhenTimesArrive() {
    TableSchema dates = Events.plan(evolver, empty, "{\"day\":\"2024-01-01\"}").after();
    EvolutionPlan plan = Events.plan(evolver, dates, "{\"day\":\"2024-01-02T03:04:05Z\"}", "{\"day\":\"2024-01-03\"}");
    assertEquals(ColumnType.TIMESTAMP, type(plan.after(), "day"));
    assertEquals(19_725L * 86_400_000_000L, values(plan, "day")[1]);
  }

  @Test
  void separatesFieldsThatDifferOnlyInCase() {
    EvolutionPlan plan = Events.plan(evolver, empty, "{\"Amount\":1,\"amount\":2}");
    assertEquals(List.of("Amount", "amount~2"), dataColumnNames(plan.after()));
  }

  @Test
  void separatesLiteralDottedKeyFromNestedPath() {
    EvolutionPlan plan = Events.plan(evolver, empty, "{\"a\":{\"b\":1},\"a.b\":2}");
    TableSchema after = plan.after();
    assertEquals(List.of("a.b", "a.b~2"), dataColumnNames(after));
    assertEquals(FieldPath.of("a", "b"), after.column("a.b").orElseThrow().path());
    assertEquals(FieldPath.of("a.b"), after.column("a.b~2").orElseThrow().path());
  }

  @Test
  void namesEmptyAndOverlongFieldsSafely() {
    String longName = "x".repeat(500);
    EvolutionPlan plan = Events.plan(evolver, empty, "{\"\":1,\"" + longName + "\":2,\"select\":3,\"\\\"q\\\"\":4}");
    List<String> names = dataColumnNames(plan.after());
    assertEquals("_empty", names.get(0));
    assertEquals(ColumnNamer.MAX_NAME_LENGTH, names.get(1).length());
    assertEquals("select", names.get(2));
    assertEquals("\"q\"", names.get(3));
  }

  @Test
  void sendsFieldsPastColumnLimitToExtra() {
    SchemaEvolver small = new SchemaEvolver(EvolverSettings.defaults().withMaxColumns(2));
    EvolutionPlan plan = Events.plan(small, empty, "{\"a\":1,\"b\":2,\"c\":{\"d\":3}}");
    assertEquals(List.of("a", "b"), dataColumnNames(plan.after()));
    assertEquals(ColumnRole.EXTRA, plan.after().column("c.d").orElseThrow().role());
    assertEquals("{\"c\":{\"d\":3}}", values(plan, TableSchema.EXTRA_COLUMN)[0]);
    assertTrue(plan.changes().stream().anyMatch(c -> c.kind() == ChangeKind.OVERFLOW_TO_EXTRA));
  }

  @Test
  void keepsDeepObjectsAsJsonPastFlattenDepth() {
    String deep = "{\"a\":".repeat(12) + "1" + "}".repeat(12);
    EvolutionPlan plan = Events.plan(evolver, empty, deep);
    Column column = plan.after().columns().stream().filter(c -> c.role() == ColumnRole.DATA).findFirst().orElseThrow();
    assertEquals(EvolverSettings.DEFAULT_MAX_FLATTEN_DEPTH, column.path().depth());
    assertEquals(ColumnType.JSON, column.type());
    assertEquals("{\"a\":{\"a\":1}}", values(plan, column.name())[0]);
  }

  @Test
  void skipsFieldsSeenOnlyAsNull() {
    EvolutionPlan plan = Events.plan(evolver, empty, "{\"a\":1,\"b\":null}");
    assertEquals(List.of("a"), dataColumnNames(plan.after()));
  }

  @Test
  void majorityDecidesNewColumnType() {
    EvolutionPlan plan = Events.plan(evolver, empty, "{\"v\":1}", "{\"v\":2}", "{\"v\":\"x\"}");
    assertEquals(ColumnType.BIGINT, type(plan.after(), "v"));
    EvolutionPlan tie = Events.plan(evolver, empty, "{\"v\":1}", "{\"v\":\"x\"}");
    assertEquals(ColumnType.VARCHAR, type(tie.after(), "v"));
    assertArrayEquals(new Object[] {"1", "x"}, values(tie, "v"));
  }

  @Test
  void unchangedBatchKeepsVersion() {
    TableSchema first = Events.plan(evolver, empty, "{\"a\":1}").after();
    EvolutionPlan plan = Events.plan(evolver, first, "{\"a\":2}");
    assertFalse(plan.changesSchema());
    assertEquals(first.version(), plan.after().version());
    assertNull(first.variantsOf("a").get(ColumnType.VARCHAR));
  }

  @Test
  void usesConfiguredEventTimeColumn() {
    SchemaEvolver configured = new SchemaEvolver(EvolverSettings.defaults().withEventTimeColumn("meta.sent"));
    EvolutionPlan plan = Events.plan(configured, empty,
        "{\"ts\":\"2024-01-01T00:00:00Z\",\"meta\":{\"sent\":\"2024-01-01T00:00:01Z\"}}");
    assertEquals("meta.sent", plan.after().eventTimeColumn());
  }

  private static ColumnType type(TableSchema schema, String column) {
    return schema.column(column).orElseThrow(() -> new AssertionError("no column " + column)).type();
  }

  private static Object[] values(EvolutionPlan plan, String column) {
    return plan.columns().stream()
        .filter(c -> c.name().equals(column))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no values for " + column + " in "
            + plan.columns().stream().map(ColumnValues::name).collect(Collectors.joining(", "))))
        .values();
  }

  private static List<String> dataColumnNames(TableSchema schema) {
    return schema.columns().stream().filter(c -> c.role() == ColumnRole.DATA).map(Column::name).toList();
  }

}
