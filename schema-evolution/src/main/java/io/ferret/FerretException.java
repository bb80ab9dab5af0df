package io.ferret;

import java.util.Objects;

/** An expected failure with a category and a message fit to show a user as one line. */
public class FerretException extends RuntimeException {
  private final ErrorCode code;

  public FerretException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code is null");
  }

  public FerretException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code is null");
  }

  public ErrorCode code() {
    return code;
  }
}
