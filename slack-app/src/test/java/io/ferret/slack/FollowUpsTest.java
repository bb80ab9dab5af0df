package io.ferret.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ferret.investigator.Investigation;
import io.ferret.investigator.InvestigationStatus;
import io.ferret.investigator.question.Comparison;
import io.ferret.investigator.question.Direction;
import io.ferret.investigator.question.Interpretation;
import io.ferret.investigator.question.QuestionKind;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.ml.TimeWindow;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpsTest {
  private static final Investigation THIS_WEEK = answered("why did revenue drop this week?", "this week");

  @Test
  void replyWithoutAWindowKeepsTheQuestionsWindow() {
    assertEquals("why did revenue drop this week? what about EMEA?",
        FollowUps.question(THIS_WEEK, "what about EMEA?"));
  }

  @Test
  void replyNamingAWindowReplacesTheQuestionsWindow() {
    assertEquals("why did revenue drop ? and last month?", FollowUps.question(THIS_WEEK, "and last month?"));
  }

  private static Investigation answered(String question, String windowWords) {
    Instant now = Instant.parse("2026-11-16T00:00:00Z");
    Comparison window = new Comparison(new TimeWindow(now.minusSeconds(7 * 86_400), now),
        new TimeWindow(now.minusSeconds(14 * 86_400), now.minusSeconds(7 * 86_400)), windowWords, windowWords);
    Interpretation reading = new Interpretation("orders", QuestionKind.CHANGE,
        new Metric("revenue", MetricKind.SUM, "amount", null, null), Direction.DOWN, List.of(), "ts", window,
        List.of(), List.of());
    return new Investigation(question, InvestigationStatus.ANSWERED, reading, null, "summary", List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
  }
}
