package io.ferret.ingest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightedChoiceTest {
  @Test
  void probabilitiesAreTheNormalisedWeights() {
    WeightedChoice<String> choice = WeightedChoice.of(List.of("a", "b", "c"), 1, 3, 0);
    assertEquals(0.25, choice.probability(0), 1e-12);
    assertEquals(0.75, choice.probability(1), 1e-12);
    assertEquals(0, choice.probability(2));
  }

  /**
   * 200,000 draws give each share a binomial standard deviation of at most 0.0011; 0.005 is over four of them.
   * A zero weight must never be drawn at all.
   */
  @Test
  void drawsFollowTheWeights() {
    double[] weights = {50, 0, 20, 15, 10, 4, 1};
    WeightedChoice<Integer> choice = WeightedChoice.of(List.of(0, 1, 2, 3, 4, 5, 6), weights);
    int draws = 200_000;
    int[] counts = new int[weights.length];
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < draws; i++) {
      counts[choice.draw(random)]++;
    }
    assertEquals(0, counts[1]);
    for (int value = 0; value < weights.length; value++) {
      assertEquals(weights[value] / 100, counts[value] / (double) draws, 0.005, "value " + value);
    }
  }

  @Test
  void rejectsWeightsThatCannotBeDrawn() {
    List<String> values = List.of("a", "b");
    assertThrows(IllegalArgumentException.class, () -> WeightedChoice.of(values, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> WeightedChoice.of(values, 1, -1));
    assertThrows(IllegalArgumentException.class, () -> WeightedChoice.of(values, 1));
  }
}
