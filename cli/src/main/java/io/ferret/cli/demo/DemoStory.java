package io.ferret.cli.demo;

import io.ferret.cli.ingest.SchemaChangeText;
import io.ferret.cli.schema.HistoryEntry;
import io.ferret.cli.text.Numbers;
import io.ferret.cli.text.TableRenderer;
import io.ferret.ingest.pipeline.IngestSummary;
import io.ferret.ingest.sample.GeneratedStream;
import io.ferret.ingest.sample.PlantedIncident;
import io.ferret.schema.Column;
import io.ferret.schema.ColumnRole;
import io.ferret.schema.ColumnStats;
import io.ferret.schema.TableSchema;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Tells in plain language what the demo did, from what the store recorded. */
final class DemoStory {
  private static final int WRAP_WIDTH = 100;
  /** Changes of one version by where in the file they were first needed, then as recorded. */
  private static final Comparator<HistoryEntry> IN_SOURCE_ORDER = Comparator
      .comparingLong((HistoryEntry entry) -> lineNumber(entry.position()))
      .thenComparingInt(HistoryEntry::seq);

  private final PrintWriter out;
  private final String database;
  private final int batchSize;

  DemoStory(PrintWriter out, String database, int batchSize) {
    this.out = Objects.requireNonNull(out, "out is null");
    this.database = Objects.requireNonNull(database, "database is null");
    this.batchSize = batchSize;
  }

  void tell(GeneratedStream stream, int malformedLines, IngestSummary summary, DemoFacts facts) {
    String table = facts.schema().table();
    out.println("Ferret demo");
    out.println("===========");
    out.println("Generated " + Numbers.count(stream.rows()) + " order events from " + day(stream.firstEventAt())
        + " to " + day(stream.lastEventAt()) + "; the producer changes its schema at event "
        + Numbers.count(stream.schemaChangeRow() + 1) + ". Appended " + malformedLines + " malformed lines.");
    out.println("Ingested them into " + database + ", table " + table + ", in batches of "
        + Numbers.count(batchSize) + " events:");
    out.println("  " + Numbers.count(summary.accepted(), "row", "rows") + " landed and "
        + Numbers.count(summary.rejected(), "line was", "lines were") + " rejected, in "
        + Numbers.duration(summary.elapsed()) + " (" + Numbers.compact(summary.rowsPerSecond()) + " rows/s).");
    out.println();
    tellRejects(facts.rejects());
    tellEvolution(facts.schema(), facts.history());
    tellCoercions(facts.schema());
    tellRevenue(facts, stream);
    tellNext(table);
    out.flush();
  }

  private void tellRejects(List<DemoFacts.RejectedLine> rejects) {
    if (rejects.isEmpty()) {
      out.println("No line was rejected.");
    } else {
      out.println("Rejected lines, kept with their raw text in ferret_rejects; the rest of the file still landed:");
      for (DemoFacts.RejectedLine reject : rejects) {
        out.println("  " + SchemaChangeText.position(reject.position()) + ": " + reject.reason());
      }
    }
    out.println();
  }

  private void tellEvolution(TableSchema schema, List<HistoryEntry> history) {
    out.println("How the schema evolved (now version " + schema.version()
        + "; every step is in ferret_schema_history):");
    Map<Integer, List<HistoryEntry>> byVersion = history.stream()
        .collect(Collectors.groupingBy(HistoryEntry::version, TreeMap::new, Collectors.toList()));
    for (Map.Entry<Integer, List<HistoryEntry>> version : byVersion.entrySet()) {
      List<HistoryEntry> changes = version.getValue().stream().sorted(IN_SOURCE_ORDER).toList();
      boolean created = changes.stream().anyMatch(c -> c.change().equals("create_table"));
      out.println("  version " + version.getKey() + ":");
      if (created) {
        List<String> columns = changes.stream()
            .filter(c -> c.change().equals("add_column"))
            .map(c -> c.column() + " " + c.newType())
            .toList();
        out.println("    created " + schema.table() + " with " + columns.size()
            + " columns inferred from the first batch (plus _extra for overflow):");
        wrap(columns, "      ");
      }
      for (HistoryEntry change : changes) {
        String sentence = sentence(change, created);
        if (sentence != null) {
          out.println("    " + sentence);
        }
      }
    }
    out.println();
  }

  /** One change in words; null for changes already told as part of creating the table. */
  private static String sentence(HistoryEntry change, boolean created) {
    String at = change.position() == null ? "" : " (first at " + SchemaChangeText.position(change.position()) + ")";
    return switch (change.change()) {
      case "create_table" -> null;
      case "add_column" -> created ? null
          : "new field " + change.sourceField() + " -> column " + change.column() + " " + change.newType() + at;
      case "widen_column" -> change.column() + " widened from " + change.oldType() + " to " + change.newType() + at
          + ": " + change.detail();
      case "add_variant" -> "variant column " + change.column() + " " + change.newType() + " added" + at + ": "
          + change.detail();
      case "overflow_to_extra" -> "field " + change.sourceField() + " kept in _extra" + at + ": " + change.detail();
      case "set_event_time" -> "event time: " + change.column() + " (" + change.newType() + "), "
          + change.detail();
      default -> change.change() + " " + Objects.toString(change.column(), "") + at;
    };
  }

  private void tellCoercions(TableSchema schema) {
    List<String> lines = new ArrayList<>();
    for (Column column : schema.columns()) {
      if (column.role() != ColumnRole.DATA) {
        continue;
      }
      ColumnStats stats = schema.statsOf(column.name());
      if (stats.coerced() > 0) {
        lines.add(column.name() + ": " + Numbers.count(stats.coerced()) + " of " + Numbers.count(stats.values())
            + " values arrived as " + coercedForm(column) + "; stored as " + column.type().sqlName()
            + ", the column keeps its type");
      }
      if (stats.variants() > 0) {
        lines.add(column.name() + ": " + Numbers.count(stats.variants()) + " values did not fit "
            + column.type().sqlName() + " and went to " + variantNames(schema, column));
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    out.println("Values that needed converting (ferret_columns counts them):");
    for (String line : lines) {
      out.println("  " + line);
    }
    out.println();
  }

  private static String coercedForm(Column column) {
    return switch (column.type()) {
      case BIGINT, DOUBLE -> "numeric text such as \"49.90\"";
      case TIMESTAMP -> "dates without a time";
      case VARCHAR -> "numbers, booleans or objects";
      default -> "another form";
    };
  }

  private static String variantNames(TableSchema schema, Column column) {
    List<String> names = schema.variantsOf(column.name()).values().stream().map(Column::name).toList();
    return names.isEmpty() ? TableSchema.EXTRA_COLUMN : String.join(", ", names);
  }

  private void tellRevenue(DemoFacts facts, GeneratedStream stream) {
    out.println("Weekly revenue of completed orders by region, from SQL:");
    facts.revenueQuery().lines().forEach(line -> out.println("  " + line));
    out.println();
    TableRenderer.render(facts.weeklyRevenue(), out);
    stream.incident().ifPresent(incident -> out.println(incidentNote(incident)));
    out.println();
  }

  private static String incidentNote(PlantedIncident incident) {
    String filter = incident.filter().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
    return "The generator planted an incident: from " + day(incident.start()) + ", orders with " + filter
        + " arrive at " + Math.round(incident.multiplier() * 100) + "% of their usual rate: compare EMEA's last week with the weeks before.";
  }

  private void tellNext(String table) {
    String db = database.contains(" ") ? "\"" + database + "\"" : database;
    out.println("Next:");
    out.println("  ferret sql --db " + db + " \"SELECT channel, count(*) AS orders, round(sum(amount)) AS revenue"
        + " FROM " + table + " WHERE region = 'EMEA' GROUP BY ALL ORDER BY revenue DESC\"");
    out.println("  ferret sql --db " + db + " \"SELECT position, reason, raw FROM ferret_rejects\"");
    out.println("  ferret schema --db " + db + " --table " + table + " --history");
  }

  private void wrap(List<String> items, String indent) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i) + (i < items.size() - 1 ? "," : "");
      if (line.length() > indent.length() && line.length() + 1 + item.length() > WRAP_WIDTH) {
        out.println(line);
        line = new StringBuilder(indent);
      }
      line.append(line.length() > indent.length() ? " " : "").append(item);
    }
    if (line.length() > indent.length()) {
      out.println(line);
    }
  }

  private static long lineNumber(String position) {
    try {
      return position == null ? Long.MAX_VALUE : Long.parseLong(position);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static String day(java.time.Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
  }
}
