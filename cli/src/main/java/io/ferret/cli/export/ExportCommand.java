package io.ferret.cli.export;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.cli.DatabaseOption;
import io.ferret.cli.FerretCommand;
import io.ferret.cli.schema.SchemaReader;
import io.ferret.cli.text.Numbers;
import io.ferret.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ferret export}: writes a whole table to a Parquet, Arrow IPC or CSV file. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export a table to a Parquet, Arrow IPC or CSV file.")
public final class ExportCommand implements Callable<Integer> {
  @ParentCommand
  private FerretCommand parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private DatabaseOption database;

  @Option(names = "--table", required = true, paramLabel = "NAME", description = "The table to export.")
  private String table;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "File format: ${COMPLETION-CANDIDATES}.")
  private ExportFormat format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced).")
  private Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    long rows;
    try (Store store = Store.openReadOnly(database.resolve(parent.environment()))) {
      SchemaReader.requireTable(store, table);
      createParentFolder(out);
      rows = switch (format) {
        case PARQUET, CSV -> CopyExporter.export(store, table, format, out);
        case ARROW -> ArrowExporter.export(store, table, out);
      };
    }
    stdout.println("Exported " + Numbers.count(rows, "row", "rows") + " of " + table + " to " + out
        + " (" + format + ")");
    stdout.flush();
    return 0;
  }

  private static void createParentFolder(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INPUT, "cannot create the folder for " + file + ": " + e.getMessage(), e);
    }
  }
}
