package io.ferret.investigator;

import java.util.UUID;

/** Short ids that tie an error shown to a user to its entry in the log. */
public final class ErrorIds {
  private static final int LENGTH = 8;

  private ErrorIds() {}

  /** A fresh id to print in the log line and in the message the user sees. */
  public static String next() {
    return UUID.randomUUID().toString().substring(0, LENGTH);
  }
}
