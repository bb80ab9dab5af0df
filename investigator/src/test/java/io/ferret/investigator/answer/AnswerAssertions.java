package io.ferret.investigator.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Checks shared by the format tests. */
final class AnswerAssertions {
  private AnswerAssertions() {}

  /** Each part occurs in the answer, after the one before it. */
  static void assertInOrder(String answer, List<String> parts) {
    int previous = -1;
    for (String part : parts) {
      int at = answer.indexOf(part, previous + 1);
      assertTrue(at > previous, "'" + part + "' missing or out of order in\n" + answer);
      previous = at;
    }
  }
}
