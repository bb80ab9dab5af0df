package io.ferret.cli;

import io.ferret.FerretException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Reports every failure as one line on stderr, {@code ferret: <message>}, and picks the exit code.
 *
 * <p>The stack trace follows only with {@code --verbose}. Failures Ferret expects ({@link FerretException})
 * print their message alone; anything else also names its exception class, since it is likely a bug.
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final String VERBOSE_OPTION = "--verbose";
  private static final String PREFIX = "ferret: ";

  /** Configures a command line with Ferret's error reporting, exit codes and option parsing rules. */
  public static CommandLine install(CommandLine commandLine) {
    ErrorHandler handler = new ErrorHandler();
    commandLine.setExecutionExceptionHandler(handler);
    commandLine.setParameterExceptionHandler(handler);
    commandLine.setExitCodeExceptionMapper(new ExitCodes());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  @Override
  public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    err.println(PREFIX + describe(exception));
    if (isVerbose(parseResult)) {
      exception.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.of(exception);
  }

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(PREFIX + firstLine(exception.getMessage()) + " (see '"
        + commandLine.getCommandSpec().qualifiedName() + " --help')");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The one-line description of a failure. */
  static String describe(Throwable exception) {
    if (exception instanceof FerretException) {
      return firstLine(exception.getMessage());
    }
    String message = exception.getMessage();
    return exception.getClass().getName() + (message == null ? "" : ": " + firstLine(message));
  }

  private static boolean isVerbose(ParseResult parseResult) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(VERBOSE_OPTION)) {
        return true;
      }
    }
    return false;
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }
}
