package io.ferret.cli.status;

import io.ferret.cli.ingest.SchemaChangeText;
import io.ferret.cli.text.Numbers;
import io.ferret.cli.text.TableRenderer;
import io.ferret.cli.text.TextTable;
import java.io.PrintWriter;

/** Draws a {@link StatusReport} for people: a line on ingest, then topics and tables as aligned tables. */
final class StatusTextRenderer {
  private static final String UNKNOWN = "-";

  private StatusTextRenderer() {}

  static void render(StatusReport report, PrintWriter out) {
    out.println("Status of " + report.source() + (report.ingest() == null ? "" : ": Kafka ingest " + report.ingest())
        + (report.error() == null ? "" : " (" + report.error() + ")"));
    out.println();
    if (report.topics().isEmpty()) {
      out.println("No Kafka topics have landed yet.");
    } else {
      TextTable.Builder topics = TextTable.builder(
          "topic", "table", "partitions", "lag", "events/s", "landed", "rejects").rightAlign(2, 3, 4, 5, 6);
      for (TopicStatus topic : report.topics()) {
        topics.row(topic.topic(), topic.table() == null ? UNKNOWN : topic.table(), partitions(topic),
            topic.lag() == null ? UNKNOWN : Numbers.count(topic.lag()),
            topic.eventsPerSecond() == null ? UNKNOWN : Numbers.compact(topic.eventsPerSecond()),
            topic.landed() == null ? UNKNOWN : Numbers.count(topic.landed()), Numbers.count(topic.rejects()));
      }
      TableRenderer.render(topics.build(), out);
    }
    out.println();
    if (report.tables().isEmpty()) {
      out.println("No tables yet.");
    } else {
      TextTable.Builder tables = TextTable.builder(
          "table", "version", "last schema change", "column", "type", "changed at", "first needed at").rightAlign(1);
      for (TableStatus table : report.tables()) {
        SchemaChangeStatus change = table.lastChange();
        tables.row(table.table(), Integer.toString(table.schemaVersion()),
            change == null ? UNKNOWN : change.change(), change == null ? null : change.column(),
            change == null ? null : type(change), change == null ? null : change.changedAt(),
            change == null ? null : firstNeededAt(change));
      }
      TableRenderer.render(tables.build(), out);
    }
    out.flush();
  }

  /** The partitions owned, and how many of them are paused because the store fell behind: "3 (2 paused)". */
  private static String partitions(TopicStatus topic) {
    String owned = Integer.toString(topic.partitions());
    Integer paused = topic.pausedPartitions();
    return paused == null || paused == 0 ? owned : owned + " (" + paused + " paused)";
  }

  private static String type(SchemaChangeStatus change) {
    if (change.oldType() != null && change.newType() != null) {
      return change.oldType() + " -> " + change.newType();
    }
    return change.newType();
  }

  private static String firstNeededAt(SchemaChangeStatus change) {
    String position = change.position() == null ? "" : " " + SchemaChangeText.position(change.position());
    return (change.source() == null ? "" : change.source()) + position;
  }
}
