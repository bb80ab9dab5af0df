package io.ferret.cli.bench;

import io.ferret.cli.text.WriterOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Model.CommandSpec;

/** The command's standard output as the print stream the benchmarks write to. */
final class BenchOutput {
  private BenchOutput() {}

  static PrintStream stream(CommandSpec spec) {
    return new PrintStream(new WriterOutputStream(spec.commandLine().getOut()), true, StandardCharsets.UTF_8);
  }
}
