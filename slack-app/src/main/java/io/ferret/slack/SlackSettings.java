package io.ferret.slack;

import java.util.Objects;

/**
 * How the Slack app connects and what it may answer.
 *
 * @param botToken the bot token (xoxb-…) every Web API call uses
 * @param signingSecret verifies HTTP requests came from Slack; null in Socket Mode
 * @param appToken the app-level token (xapp-…) that opens Socket Mode connections; null in HTTP mode
 * @param apiUrl the Web API base URL, e.g. https://slack.com/api/ (proxies and tests); null for Slack's own
 * @param access which channels may ask about which tables
 * @param questionsAtOnce investigations run at once; more questions wait their turn
 */
public record SlackSettings(
    String botToken, String signingSecret, String appToken, String apiUrl, ChannelAccess access,
    int questionsAtOnce) {
  public SlackSettings {
    Objects.requireNonNull(botToken, "botToken is null");
    Objects.requireNonNull(access, "access is null");
    if (questionsAtOnce < 1) {
      throw new IllegalArgumentException("questionsAtOnce must be at least 1, got " + questionsAtOnce);
    }
  }
}
