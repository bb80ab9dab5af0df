package io.ferret.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written reader agrees with DateTimeFormatter on everything it answers, and answers the usual shapes. */
class IsoTemporalTest {

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-01", "0000-01-01", "2024-02-29", "2024-03-01T10:00:00Z",
      "2024-03-01T10:00:00.5Z", "2024-03-01T10:00:00.123456+01:00", "2024-03-01T23:59:59.999999000-17:59",
      "1969-12-31T23:59:59.000001Z", "2261-12-31T23:59:59Z", "1678-01-01T00:00:00Z", "2024-03-01T10:00:00-00:00"})
  void readsTheUsualShapesAsTheFormatterDoes(String text) {
    Value value = IsoTemporal.parse(text);
    assertNotNull(value, text);
    assertEquals(ValueClassifier.parseWithFormatter(text), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-13-01", "2024-03-01T24:00:00Z", "2024-03-01t10:00:00Z",
      "2024-03-01T10:00:00z", "2024-03-01T10:00Z", "2024-03-01T10:00:00+0100", "2024-03-01T10:00:00+18:00",
      "2024-03-01T10:00:00.1234567Z", "2024-03-01T10:00:00.Z", "2024-03-01T10:00:00", "2024-03-01 10:00:00Z",
      "9999-12-31T23:59:59Z", "1600-01-01T00:00:00Z"})
  void leavesEverythingElseToTheFormatter(String text) {
    assertNull(IsoTemporal.parse(text), text);
  }

  @Test
  void agreesWithTheFormatterOnRandomDateLikeText() {
    SplittableRandom random = new SplittableRandom(7);
    int answered = 0;
    for (int i = 0; i < 200_000; i++) {
      String text = randomDateLike(random);
      Value fast = IsoTemporal.parse(text);
      if (fast != null) {
        answered++;
        assertEquals(ValueClassifier.parseWithFormatter(text), fast, text);
      }
    }
    assertTrue(answered > 10_000, "the fast path answered only " + answered);
  }

  private static String randomDateLike(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    text.append(String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33)));
    if (random.nextInt(4) == 0) {
      return text.toString();
    }
    text.append(random.nextInt(20) == 0 ? "t" : "T");
    text.append(String.format("%02d:%02d:%02d", random.nextInt(26), random.nextInt(62), random.nextInt(62)));
    if (random.nextBoolean()) {
      text.append('.');
      int digits = random.nextInt(11);
      for (int d = 0; d < digits; d++) {
        text.append(random.nextInt(3) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
      }
    }
    switch (random.nextInt(6)) {
      case 0 -> text.append('Z');
      case 1 -> text.append(random.nextBoolean() ? "z" : "");
      case 2 -> text.append(String.format("%+03d%02d", random.nextInt(-19, 20), random.nextInt(61)));
      default -> text.append(String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-", random.nextInt(20),
          random.nextInt(61)));
    }
    return text.toString();
  }
}
