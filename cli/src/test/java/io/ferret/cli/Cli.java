package io.ferret.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code ferret} in-process, as Main wires it, capturing stdout and stderr. */
final class Cli {
  private final CliEnvironment environment;

  private Cli(CliEnvironment environment) {
    this.environment = environment;
  }

  /** A CLI whose default store lives in {@code folder} and which sees no terminal. */
  static Cli in(Path folder) {
    return new Cli(new CliEnvironment(folder.resolve("default.duckdb"), false));
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = ErrorHandler.install(new CommandLine(new FerretCommand(environment)));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  /** Writes a file of lines, for tiny inputs with known answers. */
  static Path write(Path file, String... lines) {
    try {
      Files.write(file, List.of(lines), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
