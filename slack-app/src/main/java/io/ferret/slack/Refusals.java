package io.ferret.slack;

import io.ferret.investigator.Investigation;
import java.util.List;

/** The polite refusals of the allow-list. */
final class Refusals {
  private Refusals() {}

  static String channel() {
    return "Sorry, Ferret isn't set up to answer questions in this channel. Ask your Ferret admin to add it to"
        + " the allow-list, or ask in a channel that has it.";
  }

  static String table(Investigation investigation, List<String> tables) {
    return "Sorry, this conversation may only ask about " + String.join(", ", tables) + ", and that question is"
        + " about " + investigation.interpretation().table() + ". Ask your Ferret admin if it should be allowed.";
  }
}
