package io.ferret.ingest.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ferret.ingest.pipeline.BatchWriter;
import io.ferret.ingest.pipeline.FileIngestor;
import io.ferret.ingest.pipeline.IngestSettings;
import io.ferret.ingest.pipeline.IngestSummary;
import io.ferret.ingest.pipeline.ProgressListener;
import io.ferret.ingest.source.SourceLimits;
import io.ferret.schema.ColumnRole;
import io.ferret.schema.ColumnType;
import io.ferret.schema.EvolverSettings;
import io.ferret.schema.SchemaEvolver;
import io.ferret.schema.TableSchema;
import io.ferret.store.EventReader;
import io.ferret.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real drifting JSON written by others (GitHub webhooks, dlt's schema cases) lands with no crash and no loss. */
class RealDriftDataTest {
  private static final JsonMapper EXACT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  @TempDir Path dir;

  @Test
  void githubWebhooksOfEveryVersionLandLosslessly() throws IOException {
    Path data = SharedDatasets.require("json-github-webhooks-drift");
    List<ObjectNode> originals = new ArrayList<>();
    try (Store store = Store.open(dir.resolve("webhooks.duckdb"))) {
      FileIngestor ingestor = ingestor(store);
      for (String file : List.of("webhooks_earliest.jsonl", "webhooks_latest.jsonl")) {
        IngestSummary summary = ingestor.ingest("webhooks", data.resolve(file), false, ProgressListener.SILENT);
        assertEquals(0, summary.rejected(), file);
        originals.addAll(readLines(data.resolve(file)));
      }
      assertRoundTrip(store, "webhooks", originals);
      TableSchema schema = store.schema("webhooks");
      assertTrue(schema.columns().stream().anyMatch(c -> c.role() == ColumnRole.EXTRA),
          "payloads this varied pass the 500-column limit and overflow into _extra");
    }
  }

  @Test
  void dltCasesWithBigIntegersAndDeepNestingLandLosslessly() throws IOException {
    Path data = SharedDatasets.require("json-dlt-schema-cases");
    try (Store store = Store.open(dir.resolve("dlt.duckdb"))) {
      FileIngestor ingestor = ingestor(store);
      for (String file : List.of("ethereum.blocks.9c1d9b504ea240a482b007788d5cd61c_2.json",
          "github.events.load_page_1_duck.json", "github.issues.load_page_5_duck.json",
          "rasa_event_bot_metadata.json", "event.event.many_load_2.json")) {
        String table = "t" + Integer.toHexString(file.hashCode()).replace('-', '_');
        List<ObjectNode> originals = readDocument(data.resolve(file));
        ingestor.ingest(table, toJsonl(file, originals), false, ProgressListener.SILENT);
        assertRoundTrip(store, table, originals);
      }
    }
  }

  @Test
  void dltBoolThenFloatConflictKeepsBothInVariants() throws IOException {
    Path data = SharedDatasets.require("json-dlt-schema-cases");
    List<ObjectNode> originals = new ArrayList<>();
    try (Store store = Store.open(dir.resolve("conflict.duckdb"))) {
      FileIngestor ingestor = ingestor(store);
      for (String file : List.of("event_user.event_user.user_load.json", "event_user.event_user.user_load_extra.json",
          "event_user.event_user.user_load_extra_conflict.json")) {
        List<ObjectNode> events = readDocument(data.resolve(file));
        originals.addAll(events);
        ingestor.ingest("user_events", toJsonl(file, events), false, ProgressListener.SILENT);
      }
      assertRoundTrip(store, "user_events", originals);
      TableSchema schema = store.schema("user_events");
      assertEquals(ColumnType.BOOLEAN, schema.column("extra").orElseThrow().type());
      assertEquals(ColumnType.DOUBLE, schema.variantsOf("extra").keySet().iterator().next());
      assertTrue(schema.column("timestamp_2").isPresent(), "the renamed field became a new column");
    }
  }

  /** Ethereum blocks are about 1 MB a line, over the default event limit, so the limit is raised here. */
  private FileIngestor ingestor(Store store) {
    return new FileIngestor(store, new BatchWriter(store, new SchemaEvolver(EvolverSettings.defaults())),
        new IngestSettings(50, new SourceLimits(8 << 20, 1000)), Clock.systemUTC());
  }

  private static void assertRoundTrip(Store store, String table, List<ObjectNode> originals) {
    List<ObjectNode> readBack = EventReader.readAll(store, table);
    assertEquals(originals.size(), readBack.size());
    for (int i = 0; i < originals.size(); i++) {
      assertNull(JsonEquivalence.difference(originals.get(i), readBack.get(i), table + " event " + (i + 1)));
    }
  }

  private static List<ObjectNode> readLines(Path jsonl) throws IOException {
    List<ObjectNode> events = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      if (!line.isBlank()) {
        events.add((ObjectNode) EXACT.readTree(line));
      }
    }
    return events;
  }

  /** A file holding one JSON object or an array of them. */
  private static List<ObjectNode> readDocument(Path file) throws IOException {
    JsonNode root = EXACT.readTree(file.toFile());
    List<ObjectNode> events = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(node -> events.add((ObjectNode) node));
    } else {
      events.add((ObjectNode) root);
    }
    return events;
  }

  private Path toJsonl(String name, List<ObjectNode> events) throws IOException {
    Path jsonl = dir.resolve(name + "l");
    List<String> lines = new ArrayList<>();
    for (ObjectNode event : events) {
      lines.add(EXACT.writeValueAsString(event));
    }
    Files.write(jsonl, lines);
    return jsonl;
  }
}
