package io.ferret.investigator.question;

import java.util.Set;
import java.util.regex.Pattern;

/** The words that set a question's kind and direction, apart from what it is about. */
final class QuestionWords {
  static final Set<String> DOWN = Set.of("drop", "dropped", "drops", "dropping", "fall", "fell", "fallen", "falling",
      "dip", "dipped", "dips", "shrink", "shrank", "shrunk", "shrinking", "decline", "declined", "declining",
      "decrease", "decreased", "down", "lower", "slump", "slumped", "plunge", "plunged", "tank", "tanked", "sink",
      "sank", "worse", "lose", "lost", "contract", "contracted", "slow", "slowed");
  static final Set<String> UP = Set.of("rise", "rose", "risen", "rising", "spike", "spiked", "spikes", "jump",
      "jumped", "grow", "grew", "grown", "growing", "increase", "increased", "up", "higher", "surge", "surged",
      "climb", "climbed", "soar", "soared", "improve", "improved", "expand", "expanded");
  static final Set<String> MOVED = Set.of("change", "changed", "move", "moved", "shift", "shifted", "swing", "swung");
  static final Pattern DRIVERS = Pattern.compile(
      "\\b(?:what|which)\\b.*\\b(?:drives?|driving|drivers?|predicts?|predictors?|influences?|affects?|explains?"
          + "|factors?)\\b|\\b(?:most |more |least )?likely to\\b|\\bwho (?:is|are) (?:most )?likely\\b");
  static final Pattern WHY_PRESENT = Pattern.compile("\\bwhy (?:do|does|are|is|would)\\b");
  static final Pattern WHY = Pattern.compile("\\bwhy\\b|\\bwhat (?:happened|caused)\\b|\\bexplain\\b");
  static final Pattern AVERAGE = Pattern.compile("\\b(?:average|avg|mean)\\b");
  static final Pattern GROUP_BY = Pattern.compile("\\b(?:by|per|across|for each) ");

  private QuestionWords() {}

  static Direction direction(QuestionText text) {
    boolean down = text.tokens().stream().anyMatch(DOWN::contains);
    boolean up = text.tokens().stream().anyMatch(UP::contains);
    return down == up ? Direction.ANY : down ? Direction.DOWN : Direction.UP;
  }

  static boolean namesChange(QuestionText text) {
    return WHY.matcher(text.normalized()).find() || text.tokens().stream()
        .anyMatch(t -> DOWN.contains(t) || UP.contains(t) || MOVED.contains(t));
  }
}
