package io.ferret.cli;

import java.util.List;
import java.util.Set;

/**
 * How much the CLI logs, chosen from the command line before any logger exists. A one-shot command reports its
 * outcome itself (in its answer, or one {@code ferret: …} line), so it logs nothing unless {@code --verbose} asks
 * for the warnings and their stack traces. The long-running commands log warnings for whoever runs them.
 */
final class LogLevel {
  static final String PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";
  private static final Set<String> LONG_RUNNING = Set.of("serve", "slack");

  private LogLevel() {}

  /** Sets slf4j-simple's level for {@code args}, unless the JVM was started with one. */
  static void configure(String[] args) {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, level(List.of(args)));
    }
  }

  static String level(List<String> args) {
    boolean longRunning = args.stream().filter(arg -> !arg.startsWith("-")).findFirst()
        .filter(LONG_RUNNING::contains).isPresent();
    return longRunning || args.contains(ErrorHandler.VERBOSE_OPTION) ? "warn" : "off";
  }
}
