package io.ferret.cli.status;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.cli.FerretCommand;
import io.ferret.cli.serve.ServerClient;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ferret status}: per-topic lag, events/s and rejects, and each table's last schema change. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Show Kafka ingest per topic (lag, events/s, landed, rejects) and each table's last schema change.",
      "Ask a running `ferret serve` with --server; read a store that no server holds with --db."
    })
public final class StatusCommand implements Callable<Integer> {
  @ParentCommand
  private FerretCommand parent;

  @Spec
  private CommandSpec spec;

  @ArgGroup(exclusive = true)
  private Target target;

  /** Where the status comes from: a server, or a store file. */
  static final class Target {
    @Option(names = "--server", paramLabel = "URL", description = "A running ferret serve, e.g. http://127.0.0.1:8765.")
    String server;

    @Option(names = "--db", paramLabel = "PATH",
        description = "The DuckDB store file (default: $FERRET_DB, else ./ferret.duckdb); lag and rates need --server.")
    Path database;
  }

  @Override
  public Integer call() {
    StatusReport report;
    if (target != null && target.server != null) {
      report = StatusClient.fetch(ServerClient.of(target.server));
    } else {
      Path database = target != null && target.database != null ? target.database
          : parent.environment().defaultDatabase();
      try (Store store = openReadOnly(database)) {
        report = StatusAssembler.fromStore(database.toString(), store.connection());
      }
    }
    StatusTextRenderer.render(report, spec.commandLine().getOut());
    return 0;
  }

  private static Store openReadOnly(Path database) {
    try {
      return Store.openReadOnly(database);
    } catch (FerretException e) {
      if (e.code() != ErrorCode.STORE) {
        throw e;
      }
      // Most likely ferret serve holds the store: DuckDB lets no other process open it, even to read.
      throw new FerretException(ErrorCode.STORE, e.getMessage() + "; while ferret serve runs, use --server URL", e);
    }
  }
}
