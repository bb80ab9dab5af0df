package io.ferret.investigator.answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ferret.investigator.ChangeSummary;
import io.ferret.investigator.Finding;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.InvestigationStatus;
import io.ferret.investigator.ProbeRun;
import io.ferret.investigator.Recipe;
import io.ferret.investigator.SeriesPoint;
import io.ferret.investigator.question.QuestionKind;

/**
 * The {@code ask} JSON contract, built key by key so a rename cannot slip in through a record change.
 *
 * <p>Keys that do not apply are left out: {@code interpretation} when the question was not understood,
 * {@code change} unless a change was measured, {@code findings} unless a change or driver question was answered
 * (an empty list means no segment stood out), {@code probes} when none ran, {@code rows} unless a lookup was
 * answered, {@code clarification} and {@code error} outside their statuses. Extensions, never renames:
 * {@code ruled_out}, {@code caveats} and {@code series} when not empty; {@code beyond_normal_variation} in
 * {@code change} when known; {@code window_description}, {@code group_by} and {@code notes} in
 * {@code interpretation}.
 */
final class JsonAnswer {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonAnswer() {}

  static String write(Investigation investigation) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(investigation)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  static ObjectNode tree(Investigation investigation) {
    ObjectNode json = JsonValues.NODES.objectNode();
    json.put("question", investigation.question());
    json.put("status", investigation.status().jsonName());
    if (investigation.interpretation() != null) {
      json.set("interpretation", JsonInterpretation.of(investigation.interpretation()));
    }
    if (investigation.change() != null) {
      json.set("change", change(investigation.change()));
    }
    json.put("summary", investigation.summary());
    if (hasFindings(investigation)) {
      ArrayNode findings = json.putArray("findings");
      investigation.findings().forEach(finding -> findings.add(finding(finding)));
    }
    if (!investigation.probes().isEmpty()) {
      ArrayNode probes = json.putArray("probes");
      investigation.probes().forEach(run -> probes.add(probe(run)));
    }
    if (isLookup(investigation) && investigation.status() == InvestigationStatus.ANSWERED) {
      ArrayNode rows = json.putArray("rows");
      investigation.rows().forEach(row -> {
        ObjectNode object = rows.addObject();
        row.forEach((column, value) -> object.set(column, JsonValues.of(value)));
      });
    }
    if (investigation.clarification() != null) {
      json.putObject("clarification").put("message", investigation.clarification().message())
          .set("candidates", JsonValues.strings(investigation.clarification().candidates()));
    }
    if (investigation.status() == InvestigationStatus.ERROR) {
      json.putObject("error").put("message",
          investigation.error() != null ? investigation.error() : investigation.summary());
    }
    extensions(investigation, json);
    return json;
  }

  private static void extensions(Investigation investigation, ObjectNode json) {
    if (!investigation.ruledOut().isEmpty()) {
      json.set("ruled_out", JsonValues.strings(investigation.ruledOut()));
    }
    if (!investigation.caveats().isEmpty()) {
      json.set("caveats", JsonValues.strings(investigation.caveats()));
    }
    if (!investigation.series().isEmpty()) {
      ArrayNode series = json.putArray("series");
      for (SeriesPoint point : investigation.series()) {
        series.addObject().put("start", point.start().toString()).set("value", JsonValues.number(point.value()));
      }
    }
  }

  /** Findings apply to change and driver questions once their probes have run to an answer. */
  private static boolean hasFindings(Investigation investigation) {
    boolean concluded = investigation.status() == InvestigationStatus.ANSWERED
        || investigation.status() == InvestigationStatus.NO_SIGNIFICANT_DRIVER;
    return concluded && investigation.interpretation() != null && !isLookup(investigation);
  }

  private static boolean isLookup(Investigation investigation) {
    return investigation.interpretation() != null && investigation.interpretation().kind() == QuestionKind.LOOKUP;
  }

  private static ObjectNode change(ChangeSummary change) {
    ObjectNode json = JsonValues.NODES.objectNode();
    json.set("current", JsonValues.number(change.current()));
    json.set("baseline", JsonValues.number(change.baseline()));
    json.set("absolute", JsonValues.number(change.absolute()));
    json.set("relative", JsonValues.number(change.relative()));
    if (change.beyondNormalVariation() != null) {
      json.put("beyond_normal_variation", change.beyondNormalVariation());
    }
    return json;
  }

  private static ObjectNode finding(Finding finding) {
    ObjectNode json = JsonValues.NODES.objectNode();
    json.put("rank", finding.rank());
    json.set("segment", JsonInterpretation.predicates(finding.segment()));
    json.put("statement", finding.statement());
    json.set("impact", JsonValues.number(finding.impact()));
    json.set("confidence", JsonValues.number(finding.confidence()));
    json.set("probes", JsonValues.strings(finding.probes()));
    json.set("recipe", recipe(finding.recipe()));
    return json;
  }

  private static ObjectNode recipe(Recipe recipe) {
    ObjectNode json = JsonValues.NODES.objectNode();
    json.put("sql", recipe.sql());
    json.set("parameters", JsonValues.of(recipe.parameters()));
    putUnlessNull(json, "model", recipe.model());
    putUnlessNull(json, "options", recipe.options());
    putUnlessNull(json, "seed", recipe.seed());
    putUnlessNull(json, "sample_rows", recipe.sampleRows());
    putUnlessNull(json, "table_rows", recipe.tableRows());
    return json;
  }

  private static void putUnlessNull(ObjectNode json, String key, Object value) {
    if (value != null) {
      json.set(key, JsonValues.of(value));
    }
  }

  private static ObjectNode probe(ProbeRun run) {
    return JsonValues.NODES.objectNode().put("name", run.name()).put("status", run.status())
        .put("millis", run.millis()).put("detail", run.detail());
  }
}
