package io.ferret.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Short plain decimals classify as the BigDecimal route classifies them; everything else is left to it. */
class PlainDecimalTest {

  @ParameterizedTest
  @ValueSource(strings = {"49.90", "-0.5", "0.1", "-0.0", "0.000", "123456789012.345", "0.0000000000000000000001"})
  void readsShortPlainDecimalsExactlyAsBigDecimal(String text) {
    double plain = parse(text);
    assertEquals(ValueClassifier.decimal(new BigDecimal(text)), ValueClassifier.ofDouble(plain), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.", "1e5", "1.5E-3", "1234567890123456.7", "0.10000000000000000000001", "--1.0",
      "1.2.3", "+1.0", ".5"})
  void leavesOtherTextToBigDecimal(String text) {
    assertTrue(Double.isNaN(parse(text)), text);
  }

  @Test
  void agreesWithBigDecimalOnRandomDecimals() {
    SplittableRandom random = new SplittableRandom(11);
    int answered = 0;
    for (int i = 0; i < 500_000; i++) {
      String text = randomDecimal(random);
      double plain = parse(text);
      if (!Double.isNaN(plain)) {
        answered++;
        assertEquals(ValueClassifier.decimal(new BigDecimal(text)), ValueClassifier.ofDouble(plain), text);
      }
    }
    assertTrue(answered > 100_000, "the fast path answered only " + answered);
  }

  private static double parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    return PlainDecimal.parse(bytes, 0, bytes.length);
  }

  private static String randomDecimal(SplittableRandom random) {
    StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
    if (random.nextInt(3) == 0) {
      text.append('0'); // the JSON grammar allows no other digit before the point after a leading zero
    } else {
      text.append(1 + random.nextInt(9));
      int moreDigits = random.nextInt(random.nextBoolean() ? 4 : 18);
      for (int d = 0; d < moreDigits; d++) {
        text.append(random.nextInt(10));
      }
    }
    text.append('.');
    int fractionDigits = 1 + random.nextInt(random.nextBoolean() ? 3 : 24);
    for (int d = 0; d < fractionDigits; d++) {
      text.append(random.nextInt(4) == 0 ? 0 : random.nextInt(10));
    }
    return text.toString();
  }
}
