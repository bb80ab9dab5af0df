package io.ferret.cli;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config} option of commands that read {@code ferret.yml} when there is one. */
public final class ConfigOption {
  private static final Path DEFAULT_CONFIG = Path.of("ferret.yml");

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The configuration: its tables: section defines metrics and dimensions, its digests: section the"
          + " digests (default: ./ferret.yml when it exists).")
  private Path config;

  /** The named file, which must exist; else ./ferret.yml when present; else null. */
  public Path resolve() {
    if (config != null) {
      if (!Files.isRegularFile(config)) {
        throw new FerretException(ErrorCode.USAGE, "no config file " + config);
      }
      return config;
    }
    return Files.isRegularFile(DEFAULT_CONFIG) ? DEFAULT_CONFIG : null;
  }

  /** Whether --config was given on the command line. */
  public boolean isGiven() {
    return config != null;
  }
}
