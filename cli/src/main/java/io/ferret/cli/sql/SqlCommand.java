package io.ferret.cli.sql;

import io.ferret.cli.DatabaseOption;
import io.ferret.cli.FerretCommand;
import io.ferret.store.Store;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ferret sql}: runs a read-only query against the store and prints its result. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Run a read-only SQL query (DuckDB dialect) against the store.",
      "The store is opened read-only and file access is switched off, so the query can neither change the"
          + " store nor read or write other files."
    })
public final class SqlCommand implements Callable<Integer> {
  @ParentCommand
  private FerretCommand parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private DatabaseOption database;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private SqlFormat format = SqlFormat.TABLE;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The query, e.g. \"SELECT count(*) FROM orders\".")
  private String query;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = Store.openReadOnly(database.resolve(parent.environment()))) {
      ReadOnlyQuery.run(store, query, result -> {
        switch (format) {
          case TABLE -> ResultTableWriter.write(result, out);
          case CSV -> CsvResultWriter.write(result, out);
          case JSON -> JsonResultWriter.write(result, out);
        }
      });
    }
    out.flush();
    return 0;
  }
}
