package io.ferret.slack;

/** Slack's mrkdwn: the three characters Slack asks apps to escape, so data never turns into markup or links. */
final class Mrkdwn {
  private Mrkdwn() {}

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
