package io.ferret.cli;

import io.ferret.cli.ask.AskCommand;
import io.ferret.cli.bench.BenchCommand;
import io.ferret.cli.demo.DemoCommand;
import io.ferret.cli.digest.DigestCommand;
import io.ferret.cli.export.ExportCommand;
import io.ferret.cli.ingest.IngestCommand;
import io.ferret.cli.schema.SchemaCommand;
import io.ferret.cli.serve.ServeCommand;
import io.ferret.cli.slack.SlackCommand;
import io.ferret.cli.sql.SqlCommand;
import io.ferret.cli.status.StatusCommand;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code ferret} command; the work happens in its subcommands. */
@Command(
    name = "ferret",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lands event files in an embedded DuckDB store whose schema follows the data, and queries it.",
    subcommands = {
      IngestCommand.class,
      SchemaCommand.class,
      SqlCommand.class,
      ExportCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      StatusCommand.class,
      AskCommand.class,
      DigestCommand.class,
      SlackCommand.class
    })
public final class FerretCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec
  private CommandSpec spec;

  @Option(
      names = ErrorHandler.VERBOSE_OPTION,
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  private boolean verbose;

  public FerretCommand(CliEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment is null");
  }

  public CliEnvironment environment() {
    return environment;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "name a command: ingest, schema, sql, export, demo or bench");
  }
}
