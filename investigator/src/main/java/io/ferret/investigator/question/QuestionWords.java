package io.ferret.investigator.question;

import java.util.Set;
import java.util.regex.Pattern;

/** The words that set a question's kind and direction, apart from what it is about. */
final class QuestionWords {
  static final Set<String> DOWN = Set.of("drop", "dropped", "drops", "dropping", "fall", "fell", "fallen", "falling",
      "dip", "dipped", "dips", "shrink", "shrank", "shrunk", "shrinking", "decline", "declined", "declining",
      "decrease", "decreased", "down", "lower", "slump", "slumped", "plunge", "plunged", "tank", "tanked", "sink",
      "sank", "worse", "lose", "lost", "contract", "contracted", "slow", "slowed", "fewer", "less", "crash",
      "crashed", "collapse", "collapsed");
  static final Set<String> UP = Set.of("rise", "rose", "risen", "rising", "spike", "spiked", "spikes", "jump",
      "jumped", "grow", "grew", "grown", "growing", "increase", "increased", "up", "higher", "surge", "surged",
      "climb", "climbed", "soar", "soared", "improve", "improved", "expand", "expanded", "more", "balloon",
      "ballooned", "explode", "exploded");
  static final Set<String> MOVED = Set.of("change", "changed", "move", "moved", "shift", "shifted", "swing", "swung");
  static final Pattern DRIVERS = Pattern.compile(
      "\\b(?:what|which)\\b.*\\b(?:drives?|driving|drivers?|predicts?|predictors?|influences?|affects?|explains?"
          + "|factors?)\\b|\\b(?:most |more |least )?likely to\\b|\\bwho (?:is|are) (?:most )?likely\\b");
  static final Pattern WHY_PRESENT = Pattern.compile("\\bwhy (?:do|does|are|is|would)\\b");
  static final Pattern WHY = Pattern.compile("\\bwhy\\b|\\bwhat (?:happened|caused)\\b|\\bexplain\\b");

  /**
   * Common English words. A question with none of them is likely in another language; a stored value that is one
   * of them ("IN" for India, "US") counts only when typed as stored, or every "in" would filter on India.
   */
  static final Set<String> COMMON = Set.of("a", "about", "all", "am", "an", "and", "any", "are", "as", "at", "be",
      "by", "can", "did", "do", "does", "for", "from", "go", "had", "has", "have", "he", "how", "i", "if", "in",
      "is", "it", "its", "last", "many", "may", "me", "much", "my", "new", "no", "not", "of", "on", "one", "or",
      "other", "our", "per", "show", "so", "than", "that", "the", "this", "to", "top", "up", "us", "was", "we",
      "were", "what", "when", "where", "which", "who", "why", "will", "with", "you");

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

  /** Whether a word says nothing of direction, change or sentence structure: a value, a name. */
  static boolean isPlain(String word) {
    return !COMMON.contains(word) && !DOWN.contains(word) && !UP.contains(word) && !MOVED.contains(word);
  }

  /** Whether the question has any common English word. */
  static boolean looksEnglish(QuestionText text) {
    return text.tokens().stream().anyMatch(COMMON::contains);
  }
}
