package io.ferret.investigator.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ferret.investigator.Investigation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Reads the JSON answer back with Jackson and checks it against the {@code ask} contract, key by key. */
class JsonAnswerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(Investigation investigation) throws IOException {
    return MAPPER.readTree(AnswerRenderer.render(investigation, AnswerFormat.JSON, false));
  }

  private static Set<String> keys(JsonNode object) {
    assertTrue(object.isObject(), object::toString);
    Set<String> keys = new TreeSet<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static Set<String> set(String... keys) {
    return new TreeSet<>(List.of(keys));
  }

  @Test
  void answeredChangeCarriesTheContractsKeysAndOnlyThose() throws IOException {
    JsonNode json = json(AnswerFixtures.answeredChange());

    assertEquals(set("question", "status", "interpretation", "change", "summary", "findings", "probes", "ruled_out",
        "caveats", "series"), keys(json));
    assertEquals(AnswerFixtures.QUESTION, json.get("question").textValue());
    assertEquals("answered", json.get("status").textValue());
    assertEquals(AnswerFixtures.HEADLINE, json.get("summary").textValue());
    assertEquals("Payment method: every value fell 15–18%, in line with the total.",
        json.get("ruled_out").get(0).textValue());
    assertEquals("12 rows have no region; they count as their own segment.", json.get("caveats").get(0).textValue());
    assertEquals(8, json.get("series").size());
    assertEquals(set("start", "value"), keys(json.get("series").get(7)));
    assertEquals("2026-11-09T00:00:00Z", json.get("series").get(7).get("start").textValue());
    assertEquals(99_612, json.get("series").get(7).get("value").doubleValue());
  }

  @Test
  void interpretationNamesTableTypeMetricFiltersAndWindows() throws IOException {
    JsonNode interpretation = json(AnswerFixtures.answeredChange()).get("interpretation");

    assertEquals(set("table", "type", "metric", "filters", "current", "baseline", "window_description", "notes"),
        keys(interpretation));
    assertEquals("orders", interpretation.get("table").textValue());
    assertEquals("change", interpretation.get("type").textValue());
    assertEquals(set("name", "expression"), keys(interpretation.get("metric")));
    assertEquals("revenue", interpretation.get("metric").get("name").textValue());
    assertEquals("sum(\"amount\")", interpretation.get("metric").get("expression").textValue());
    JsonNode filter = interpretation.get("filters").get(0);
    assertEquals(set("column", "op", "value"), keys(filter));
    assertEquals("segment", filter.get("column").textValue());
    assertEquals("=", filter.get("op").textValue());
    assertEquals("enterprise", filter.get("value").textValue());
    assertEquals(set("from", "to"), keys(interpretation.get("current")));
    assertEquals("2026-11-09T00:00:00Z", interpretation.get("current").get("from").textValue());
    assertEquals("2026-11-16T00:00:00Z", interpretation.get("current").get("to").textValue());
    assertEquals("2026-11-02T00:00:00Z", interpretation.get("baseline").get("from").textValue());
    assertEquals("2026-11-09T00:00:00Z", interpretation.get("baseline").get("to").textValue());
    assertEquals("last week (Nov 9 – Nov 15) vs the week before (Nov 2 – Nov 8)",
        interpretation.get("window_description").textValue());
    assertEquals("'enterprise' read as segment = enterprise", interpretation.get("notes").get(0).textValue());
  }

  @Test
  void changeHasItsFourNumbersAndWhetherItIsBeyondNormalVariation() throws IOException {
    JsonNode change = json(AnswerFixtures.answeredChange()).get("change");

    assertEquals(set("current", "baseline", "absolute", "relative", "beyond_normal_variation"), keys(change));
    assertEquals(99_612, change.get("current").doubleValue());
    assertEquals(120_345, change.get("baseline").doubleValue());
    assertEquals(-20_733, change.get("absolute").doubleValue());
    assertEquals(-0.1723, change.get("relative").doubleValue());
    assertTrue(change.get("beyond_normal_variation").booleanValue());
  }

  @Test
  void findingsAreAllThereWithSegmentsNumbersProbesAndRecipes() throws IOException {
    JsonNode findings = json(AnswerFixtures.answeredChange()).get("findings");

    assertEquals(4, findings.size(), "JSON carries every finding, not only the three prose shows");
    JsonNode top = findings.get(0);
    assertEquals(set("rank", "segment", "statement", "impact", "confidence", "probes", "recipe"), keys(top));
    assertTrue(top.get("rank").isInt());
    assertEquals(1, top.get("rank").intValue());
    assertEquals(AnswerFixtures.TOP_STATEMENT, top.get("statement").textValue());
    assertEquals(0.95, top.get("impact").doubleValue());
    assertEquals(0.9991, top.get("confidence").doubleValue());
    assertEquals(List.of("drilldown", "j48"), texts(top.get("probes")));
    assertEquals("region", top.get("segment").get(0).get("column").textValue());
    assertEquals("channel", top.get("segment").get(1).get("column").textValue());
    assertEquals("partner", top.get("segment").get(1).get("value").textValue());
    assertEquals(">", findings.get(1).get("segment").get(0).get("op").textValue());
    assertTrue(findings.get(1).get("segment").get(0).get("value").isNumber());
    assertEquals("!=", findings.get(3).get("segment").get(0).get("op").textValue());
    assertEquals(4, findings.get(3).get("rank").intValue());
  }

  @Test
  void recipesLeaveOutWhatASqlOnlyProbeDoesNotHave() throws IOException {
    JsonNode findings = json(AnswerFixtures.answeredChange()).get("findings");

    JsonNode sqlOnly = findings.get(0).get("recipe");
    assertEquals(set("sql", "parameters", "table_rows"), keys(sqlOnly));
    assertEquals(List.of("EMEA", "partner", "2026-11-09T00:00:00Z", "2026-11-16T00:00:00Z"),
        texts(sqlOnly.get("parameters")));
    assertEquals(3_120, sqlOnly.get("table_rows").longValue());
    JsonNode model = findings.get(1).get("recipe");
    assertEquals(set("sql", "parameters", "model", "options", "seed", "sample_rows", "table_rows"), keys(model));
    assertEquals("weka.classifiers.trees.J48", model.get("model").textValue());
    assertEquals("-C 0.25 -M 2", model.get("options").textValue());
    assertEquals(42, model.get("seed").longValue());
    assertEquals(5_000, model.get("sample_rows").intValue());
    assertEquals(30_000, model.get("table_rows").longValue());
  }

  @Test
  void probesHaveNameStatusWholeMillisAndDetail() throws IOException {
    JsonNode probes = json(AnswerFixtures.answeredChange()).get("probes");

    assertEquals(4, probes.size());
    JsonNode timeout = probes.get(3);
    assertEquals(set("name", "status", "millis", "detail"), keys(timeout));
    assertEquals("em", timeout.get("name").textValue());
    assertEquals("timeout", timeout.get("status").textValue());
    assertTrue(timeout.get("millis").canConvertToLong() && timeout.get("millis").isIntegralNumber());
    assertEquals(10_000, timeout.get("millis").longValue());
    assertEquals("ran out of time after 10 s", timeout.get("detail").textValue());
  }

  @Test
  void noSignificantDriverHasAnEmptyFindingsList() throws IOException {
    JsonNode json = json(AnswerFixtures.noSignificantDriver());

    assertEquals("no_significant_driver", json.get("status").textValue());
    assertTrue(json.get("findings").isArray() && json.get("findings").isEmpty());
    assertFalse(json.get("change").get("beyond_normal_variation").booleanValue());
    assertFalse(json.has("caveats"));
  }

  @Test
  void clarificationHasTheMessageAndCandidatesAndNothingThatDidNotHappen() throws IOException {
    JsonNode json = json(AnswerFixtures.needsClarification());

    assertEquals(set("question", "status", "summary", "clarification"), keys(json));
    assertEquals("needs_clarification", json.get("status").textValue());
    assertEquals(set("message", "candidates"), keys(json.get("clarification")));
    assertEquals("Ferret could not find a measure in that question. Which do you mean?",
        json.get("clarification").get("message").textValue());
    assertEquals(List.of("revenue", "orders"), texts(json.get("clarification").get("candidates")));
  }

  @Test
  void errorHasItsMessage() throws IOException {
    JsonNode json = json(AnswerFixtures.error());

    assertEquals(set("question", "status", "summary", "error"), keys(json));
    assertEquals("error", json.get("status").textValue());
    assertEquals(set("message"), keys(json.get("error")));
    assertEquals("Ferret hit an internal error (error id 1a2b3c4d)", json.get("error").get("message").textValue());
  }

  @Test
  void lookupHasRowsAndNoFindings() throws IOException {
    JsonNode json = json(AnswerFixtures.lookup());

    assertEquals(set("question", "status", "interpretation", "summary", "probes", "rows"), keys(json));
    assertEquals("lookup", json.get("interpretation").get("type").textValue());
    assertEquals(List.of("region"), texts(json.get("interpretation").get("group_by")));
    JsonNode rows = json.get("rows");
    assertEquals(3, rows.size());
    assertEquals(set("region", "revenue"), keys(rows.get(0)));
    assertEquals("EMEA", rows.get(0).get("region").textValue());
    assertEquals(31_250.5, rows.get(0).get("revenue").doubleValue());
    assertTrue(rows.get(2).get("region").isNull());
  }

  @Test
  void driverQuestionShowsTheRateSqlWithItsValueInlinedAndListValuedSegments() throws IOException {
    JsonNode json = json(AnswerFixtures.drivers());

    JsonNode interpretation = json.get("interpretation");
    assertEquals("drivers", interpretation.get("type").textValue());
    assertEquals("CAST(sum(CASE WHEN \"churned\" = true THEN 1 ELSE 0 END) AS DOUBLE) / nullif(count(\"churned\"), 0)",
        interpretation.get("metric").get("expression").textValue());
    assertFalse(interpretation.has("current"));
    assertFalse(interpretation.has("baseline"));
    assertFalse(json.has("change"));
    JsonNode segment = json.get("findings").get(0).get("segment").get(0);
    assertEquals("in", segment.get("op").textValue());
    assertEquals(List.of("basic", "trial"), texts(segment.get("value")));
  }

  @Test
  void writesNullWhereAMeasurementIsNotANumber() throws IOException {
    String text = AnswerRenderer.render(AnswerFixtures.notANumber(), AnswerFormat.JSON, false);
    JsonNode json = MAPPER.readTree(text);

    assertFalse(text.contains("NaN") || text.contains("Infinity"), text);
    assertTrue(json.get("change").get("relative").isNull());
    assertFalse(json.get("change").has("beyond_normal_variation"));
    assertTrue(json.get("findings").get(0).get("impact").isNull());
    assertTrue(json.get("findings").get(0).get("confidence").isNull());
    assertTrue(json.get("series").get(0).get("value").isNull());
  }

  @Test
  void everyContractKeyIsSnakeCase() throws IOException {
    for (Investigation investigation : List.of(AnswerFixtures.answeredChange(), AnswerFixtures.lookup(),
        AnswerFixtures.drivers(), AnswerFixtures.needsClarification(), AnswerFixtures.error())) {
      List<String> keys = new ArrayList<>();
      collectKeys(json(investigation), keys);
      for (String key : keys) {
        assertTrue(key.matches("[a-z]+(_[a-z]+)*"), key);
      }
    }
  }

  /** Every key except those of result rows and their columns, which are the table's own names. */
  private static void collectKeys(JsonNode node, List<String> keys) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        keys.add(field.getKey());
        if (!field.getKey().equals("rows")) {
          collectKeys(field.getValue(), keys);
        }
      }
    } else if (node.isArray()) {
      node.forEach(element -> collectKeys(element, keys));
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.textValue()));
    return texts;
  }
}
