package io.ferret.cli.schema;

import io.ferret.cli.DatabaseOption;
import io.ferret.cli.FerretCommand;
import io.ferret.store.Store;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ferret schema}: shows tables, their evolved columns and, on request, how they got there. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Show tables, their columns with value counts, event-time column and schema version.")
public final class SchemaCommand implements Callable<Integer> {
  @ParentCommand
  private FerretCommand parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private DatabaseOption database;

  @Option(names = "--table", paramLabel = "NAME", description = "Show only this table.")
  private String table;

  @Option(names = "--history", description = "Also show the schema history (ferret_schema_history).")
  private boolean history;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private SchemaFormat format = SchemaFormat.TEXT;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = Store.openReadOnly(database.resolve(parent.environment()))) {
      StoreDescription description = new SchemaReader(store).describe(table, history);
      switch (format) {
        case TEXT -> SchemaTextRenderer.render(description, out);
        case JSON -> SchemaJsonRenderer.render(description, out);
      }
    }
    out.flush();
    return 0;
  }
}
