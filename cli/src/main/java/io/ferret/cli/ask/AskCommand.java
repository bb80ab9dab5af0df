package io.ferret.cli.ask;

import io.ferret.cli.ConfigOption;
import io.ferret.cli.DatabaseOption;
import io.ferret.cli.ExitCodes;
import io.ferret.cli.FerretCommand;
import io.ferret.cli.schema.SchemaReader;
import io.ferret.cli.serve.ServerClient;
import io.ferret.investigator.AskOptions;
import io.ferret.investigator.Investigation;
import io.ferret.investigator.InvestigationStatus;
import io.ferret.investigator.Investigator;
import io.ferret.investigator.InvestigatorSettings;
import io.ferret.investigator.answer.AnswerFormat;
import io.ferret.investigator.answer.AnswerRenderer;
import io.ferret.store.Store;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ferret ask}: answers a question about a table in plain language, with numbers.
 *
 * <p>The answer goes to stdout in the chosen format whatever the outcome, so a JSON reader always gets a whole
 * document. A question to clarify exits 0: it is a normal reply that asks something back, and its status is
 * in the answer for scripts. A failed investigation exits 1 and also names the failure on stderr.
 */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = {
      "Ask why a metric changed, what drives an outcome, or for a number, e.g.",
      "  ferret ask \"why did revenue drop last week?\"",
      "The store is opened read-only.",
      "Exit codes: 0 for an answer, including \"no significant driver\" and a question asked",
      "back to clarify; 1 when the investigation failed; 2 for a usage error."
    })
public final class AskCommand implements Callable<Integer> {
  @ParentCommand
  private FerretCommand parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private DatabaseOption database;

  @Option(names = "--table", paramLabel = "NAME", description = "The table to ask about (default: the question"
      + " picks it).")
  private String table;

  @Option(
      names = "--as-of",
      paramLabel = "TIME",
      converter = AsOfConverter.class,
      description = "The moment \"last week\" and \"today\" are relative to: an ISO instant, or a date meaning its"
          + " start, in UTC (default: the table's latest event time).")
  private Instant asOf;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private AnswerFormat format = AnswerFormat.TEXT;

  @Option(names = "--explain", description = "Add each finding's recipe: the query and its parameters, the model"
      + " and its settings, the seed and the sample (JSON always has them).")
  private boolean explain;

  @Mixin
  private ConfigOption config;

  @Option(
      names = "--server",
      paramLabel = "URL",
      description = "Ask a running ferret serve, e.g. http://127.0.0.1:8765, which uses its own store and config;"
          + " needed while it runs, since DuckDB lets no other process open the store.")
  private String server;

  @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in quotes.")
  private String question;

  @Override
  public Integer call() {
    if (question.isBlank()) {
      throw new ParameterException(spec.commandLine(), "ask a question, e.g. \"why did revenue drop last week?\"");
    }
    if (server != null) {
      if (database.isGiven() || config.isGiven()) {
        throw new ParameterException(spec.commandLine(),
            "--server asks a running ferret serve, which has its own store and config; drop --db and --config");
      }
      return RemoteAsk.ask(ServerClient.of(server), question, new AskOptions(table, asOf), format, explain,
          spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    InvestigatorSettings settings = InvestigatorSettings.defaults().withConfig(config.resolve());
    Investigation investigation;
    try (Store store = Store.openReadOnly(database.resolve(parent.environment()))) {
      if (table != null) {
        SchemaReader.requireTable(store, table);
      }
      investigation = new Investigator(store, settings).ask(question, new AskOptions(table, asOf));
    }
    if (format == AnswerFormat.HTML) {
      // Charts are drawn into images only; without this, AWT would try to reach the display named in $DISPLAY.
      System.setProperty("java.awt.headless", "true");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(AnswerRenderer.render(investigation, format, explain));
    out.flush();
    if (investigation.status() == InvestigationStatus.ERROR) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("ferret: " + (investigation.error() != null ? investigation.error() : investigation.summary()));
      err.flush();
      return ExitCodes.FAILURE;
    }
    return ExitCodes.OK;
  }
}
