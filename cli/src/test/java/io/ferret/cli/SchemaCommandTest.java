package io.ferret.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {
  @TempDir
  Path folder;

  @Test
  void jsonListsTablesColumnsStatsAndHistory() throws Exception {
    Cli cli = Cli.in(folder);
    Path database = Orders.ingest(cli, folder);

    Cli.Result result = cli.run("schema", "--db", database.toString(), "--history", "--format", "json");

    assertEquals(0, result.exitCode(), result::toString);
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertEquals(database.toString(), json.get("database").asText());
    JsonNode table = json.get("tables").get(0);
    assertEquals("orders", table.get("name").asText());
    assertEquals(3, table.get("schema_version").asInt());
    assertEquals("ts", table.get("event_time_column").asText());
    assertEquals(Orders.ACCEPTED, table.get("row_count").asLong());
    assertEquals(List.of("_extra", "id", "ts", "region", "amount", "coupon"), names(table.get("columns"), "name"));
    JsonNode amount = table.get("columns").get(4);
    assertEquals("DOUBLE", amount.get("type").asText());
    assertEquals("data", amount.get("role").asText());
    assertEquals("amount", amount.get("source_field").asText());
    assertEquals(4, amount.get("values").asLong());
    assertEquals(0, amount.get("coerced").asLong());
    assertEquals(0, amount.get("variants").asLong());
    List<String> changes = names(table.get("history"), "change");
    assertEquals("create_table", changes.get(0));
    assertTrue(changes.contains("widen_column"), changes::toString);
    JsonNode widen = table.get("history").get(changes.indexOf("widen_column"));
    assertEquals("BIGINT", widen.get("old_type").asText());
    assertEquals("DOUBLE", widen.get("new_type").asText());
    assertEquals("3", widen.get("position").asText());
    assertEquals(2, widen.get("version").asInt());
  }

  @Test
  void jsonLeavesHistoryOutUnlessAsked() throws Exception {
    Cli cli = Cli.in(folder);
    Path database = Orders.ingest(cli, folder);

    Cli.Result result = cli.run("schema", "--db", database.toString(), "--format", "json");

    JsonNode table = new ObjectMapper().readTree(result.out()).get("tables").get(0);
    assertFalse(table.has("history"), result.out());
  }

  @Test
  void textShowsColumnsWithRolesAndCountsAndTheHistory() {
    Cli cli = Cli.in(folder);
    Path database = Orders.ingest(cli, folder);

    Cli.Result result = cli.run("schema", "--db", database.toString(), "--table", "orders", "--history");

    assertEquals(0, result.exitCode(), result::toString);
    String out = result.out();
    assertTrue(out.contains("Table orders: 4 rows, schema version 3, event time ts"), out);
    assertTrue(out.contains(" amount | DOUBLE    | data   | amount       |      4 |       0 |        0"), out);
    assertTrue(out.contains("Schema history of orders"), out);
    assertTrue(out.contains("BIGINT -> DOUBLE"), out);
  }

  @Test
  void anUnknownTableIsAUsageErrorNamingTheTables() {
    Cli cli = Cli.in(folder);
    Path database = Orders.ingest(cli, folder);

    Cli.Result result = cli.run("schema", "--db", database.toString(), "--table", "nope");

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("ferret: no table 'nope' in "), result.err());
    assertTrue(result.err().contains("tables: orders"), result.err());
  }

  @Test
  void aMissingStoreIsAUsageError() {
    Cli.Result result = Cli.in(folder).run("schema", "--db", folder.resolve("absent.duckdb").toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().startsWith("ferret: no database at "), result.err());
  }

  private static List<String> names(JsonNode array, String field) {
    List<String> names = new ArrayList<>();
    array.forEach(node -> names.add(node.get(field).asText()));
    return names;
  }
}
