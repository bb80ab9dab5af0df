package io.ferret.cli;

import picocli.CommandLine;

/** The {@code ferret} executable: wires the environment into the commands and exits with their code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    LogLevel.configure(args);
    CommandLine commandLine = ErrorHandler.install(new CommandLine(new FerretCommand(CliEnvironment.fromSystem())));
    System.exit(commandLine.execute(args));
  }
}
