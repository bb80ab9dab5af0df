package io.ferret.schema;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helper: events parsed the way the JSONL source parses them (exact decimals, NaN allowed). */
final class Events {
  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  private Events() {}

  static List<ObjectNode> parse(String... lines) {
    List<ObjectNode> events = new ArrayList<>();
    for (String line : lines) {
      try {
        events.add((ObjectNode) MAPPER.readTree(line));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return events;
  }

  static EvolutionPlan plan(SchemaEvolver evolver, TableSchema current, String... lines) {
    return evolver.plan(current, parse(lines), i -> Integer.toString(i + 1));
  }
}
