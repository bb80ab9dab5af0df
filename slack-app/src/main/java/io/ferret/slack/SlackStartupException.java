package io.ferret.slack;

/** The app cannot start: Slack rejected its token, or its settings are incomplete. The message says what to fix. */
public final class SlackStartupException extends RuntimeException {
  SlackStartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
