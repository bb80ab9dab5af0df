package io.ferret.cli;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import picocli.CommandLine;
import picocli.CommandLine.IExitCodeExceptionMapper;

/** The process exit codes: 0 success, 1 runtime failure, 2 usage error. */
public final class ExitCodes implements IExitCodeExceptionMapper {
  public static final int OK = CommandLine.ExitCode.OK;
  public static final int FAILURE = CommandLine.ExitCode.SOFTWARE;
  public static final int USAGE = CommandLine.ExitCode.USAGE;

  @Override
  public int getExitCode(Throwable exception) {
    return of(exception);
  }

  /** Usage errors (bad flags, unknown tables, writes in a read-only query) exit 2; every other failure 1. */
  public static int of(Throwable exception) {
    if (exception instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    if (exception instanceof FerretException ferret && ferret.code() == ErrorCode.USAGE) {
      return USAGE;
    }
    return FAILURE;
  }
}
