package io.ferret.investigator.finding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {
  @Test
  void scalesEachPValueByTestsOverRank() {
    double[] q = BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.005});

    assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02}, q, 1e-12);
  }

  @Test
  void neverLetsALargerPValueGetASmallerQValue() {
    double[] q = BenjaminiHochberg.adjust(new double[] {0.02, 0.021});

    assertArrayEquals(new double[] {0.021, 0.021}, q, 1e-12);
  }

  @Test
  void capsAtOne() {
    assertArrayEquals(new double[] {1, 1}, BenjaminiHochberg.adjust(new double[] {0.9, 1}), 1e-12);
  }
}
