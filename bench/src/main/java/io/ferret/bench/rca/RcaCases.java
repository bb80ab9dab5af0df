package io.ferret.bench.rca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code anomaly.yaml}: each case's file, anomalous minute and cause (one dict, or a list of them). */
final class RcaCases {
  static final String LABELS = "anomaly.yaml";

  private RcaCases() {}

  static List<RcaCase> read(Path dataFolder) throws IOException {
    JsonNode entries = new ObjectMapper(new YAMLFactory()).readTree(dataFolder.resolve(LABELS).toFile());
    List<RcaCase> cases = new ArrayList<>();
    for (JsonNode entry : entries) {
      String name = entry.get("data").asText();
      JsonNode cause = entry.get("cause");
      Set<String> causes = new HashSet<>();
      if (cause.isArray()) {
        cause.forEach(one -> causes.add(CauseSet.key(fields(one))));
      } else {
        causes.add(CauseSet.key(fields(cause)));
      }
      cases.add(new RcaCase(name, dataFolder.resolve(name + ".csv"),
          Instant.ofEpochSecond(entry.get("timestamp").asLong()), causes));
    }
    return cases;
  }

  private static Map<String, String> fields(JsonNode cause) {
    Map<String, String> fields = new LinkedHashMap<>();
    cause.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
    return fields;
  }
}
