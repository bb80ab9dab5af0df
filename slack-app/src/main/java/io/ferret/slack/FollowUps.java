package io.ferret.slack;

import io.ferret.investigator.Investigation;
import io.ferret.investigator.question.Comparison;
import io.ferret.investigator.question.TimeWindowParser;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Reads a reply in an answer's thread as a question: the thread's question with the reply added ("what about
 * EMEA?", "dig into partner"), and with the question's own time window dropped when the reply names another
 * ("and last month?").
 */
final class FollowUps {
  /** Only whether the reply names a window matters here, so the zone and the moment do not. */
  private static final TimeWindowParser WINDOWS = new TimeWindowParser(ZoneOffset.UTC);

  private FollowUps() {}

  static String question(Investigation earlier, String reply) {
    Comparison window = earlier.interpretation() == null ? null : earlier.interpretation().comparison();
    String base = earlier.question();
    if (window != null && WINDOWS.parse(reply, Instant.EPOCH).isPresent()) {
      base = base.replace(window.matchedText(), " ").replaceAll("\\s+", " ").strip();
    }
    return base + " " + reply.strip();
  }
}
