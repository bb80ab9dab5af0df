package io.ferret.cli.serve;

import io.ferret.cli.FerretCommand;
import io.ferret.cli.slack.SlackRunner;
import io.ferret.investigator.InvestigatorSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ferret serve}: the long-running process that ingests from Kafka and answers a local HTTP API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run Ferret as one long-running process: Kafka ingest into the store and a local HTTP API",
      "(GET /health, GET /status, POST /ask with {\"question\": ...}). It is the store's only writer.",
      "Stop it with SIGTERM (Ctrl-C): it lands everything it has read before the process exits."
    })
public final class ServeCommand implements Callable<Integer> {
  /** Printed once the API answers; tools that start the server wait for it. */
  public static final String LISTENING = "ferret serve: listening on ";

  @ParentCommand
  private FerretCommand parent;

  @Spec
  private CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", description = "The configuration (default: ${DEFAULT-VALUE}).")
  private Path config = Path.of("ferret.yml");

  @Option(names = "--db", paramLabel = "PATH",
      description = "The DuckDB store file; overrides store.path (default: store.path, else $FERRET_DB, else ./ferret.duckdb).")
  private Path database;

  @Override
  public Integer call() throws Exception {
    // The environment is read here, once, for ${NAME} in the configuration.
    FerretConfig settings = ConfigLoader.load(config, System.getenv());
    Path store = database != null ? database
        : settings.store().path() != null ? Path.of(settings.store().path()) : parent.environment().defaultDatabase();
    PrintWriter out = spec.commandLine().getOut();
    // The same file's tables: section is the semantic layer /ask reads.
    InvestigatorSettings questions = InvestigatorSettings.defaults().withConfig(config);
    try (FerretServer server = FerretServer.start(settings, store, questions);
        // the slack: section, if any, runs the Slack app here: DuckDB lets only this process open the store
        SlackRunner slack = SlackRunner.startIfConfigured(config, server.store(), questions, System.getenv())) {
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ferret-serve-shutdown"));
      server.startDigests(slack.digests());
      out.println(LISTENING + server.address() + " (store " + server.database() + "; Kafka "
          + settings.kafka().map(kafka -> kafka.topics().size() + " topic route(s), group " + kafka.groupId())
              .orElse("not configured") + "; Slack " + slack.description() + ")");
      out.flush();
      server.awaitStop();
    }
    out.println("ferret serve: stopped");
    out.flush();
    return 0;
  }
}
