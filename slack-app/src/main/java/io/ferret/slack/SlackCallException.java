package io.ferret.slack;

/** A Slack Web API call that Slack refused, with Slack's error code (not_in_channel, invalid_auth, …). */
public final class SlackCallException extends RuntimeException {
  private final String error;

  SlackCallException(String method, String error, Throwable cause) {
    super(method + " failed: " + error, cause);
    this.error = error;
  }

  /** Slack's error code, e.g. {@code not_in_channel}. */
  public String error() {
    return error;
  }
}
