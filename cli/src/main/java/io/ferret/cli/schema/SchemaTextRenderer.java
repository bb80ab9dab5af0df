package io.ferret.cli.schema;

import io.ferret.cli.ingest.SchemaChangeText;
import io.ferret.cli.text.Numbers;
import io.ferret.cli.text.TableRenderer;
import io.ferret.cli.text.TextTable;
import java.io.PrintWriter;

/** Prints tables, their columns and optionally their schema history as aligned text. */
public final class SchemaTextRenderer {
  private SchemaTextRenderer() {}

  public static void render(StoreDescription store, PrintWriter out) {
    if (store.tables().isEmpty()) {
      out.println(store.database() + " has no tables yet; ingest some with: ferret ingest --db " + store.database()
          + " --table NAME FILE");
      return;
    }
    boolean first = true;
    for (TableDescription table : store.tables()) {
      if (!first) {
        out.println();
      }
      first = false;
      renderTable(table, out);
    }
  }

  private static void renderTable(TableDescription table, PrintWriter out) {
    out.println("Table " + table.name() + ": " + Numbers.count(table.rowCount(), "row", "rows")
        + ", schema version " + table.schemaVersion()
        + ", event time " + (table.eventTimeColumn() == null ? "not detected" : table.eventTimeColumn()));
    TextTable.Builder columns = TextTable.builder(
        "column", "type", "role", "source field", "values", "coerced", "variants").rightAlign(4, 5, 6);
    for (ColumnDescription column : table.columns()) {
      boolean counted = !"system".equals(column.role());
      columns.row(column.name(), column.type(), role(column), column.sourceField(),
          counted ? Numbers.count(column.values()) : "",
          counted ? Numbers.count(column.coerced()) : "",
          counted ? Numbers.count(column.variants()) : "");
    }
    TableRenderer.render(columns.build(), out);
    if (table.history() != null) {
      out.println();
      out.println("Schema history of " + table.name() + " (ferret_schema_history):");
      TextTable.Builder history = TextTable.builder(
          "version", "change", "column", "type", "first at", "changed at", "source", "detail").rightAlign(0);
      for (HistoryEntry entry : table.history()) {
        history.row(Integer.toString(entry.version()), entry.change(), entry.column(), type(entry),
            entry.position() == null ? null : SchemaChangeText.position(entry.position()), entry.changedAt(),
            entry.source(), entry.detail());
      }
      TableRenderer.render(history.build(), out);
    }
  }

  private static String role(ColumnDescription column) {
    return switch (column.role()) {
      case "variant" -> "variant of " + column.baseColumn();
      case "extra" -> "kept in _extra";
      default -> column.role();
    };
  }

  private static String type(HistoryEntry entry) {
    if (entry.oldType() != null && entry.newType() != null) {
      return entry.oldType() + " -> " + entry.newType();
    }
    return entry.newType();
  }
}
