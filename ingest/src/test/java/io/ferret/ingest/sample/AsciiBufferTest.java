package io.ferret.ingest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AsciiBufferTest {
  @Test
  void numbersAreWrittenInDecimalWithZeroPadding() {
    long[] values = {0, 7, 10, 99, 100, 101, 12_345, 999_999_999, 1_000_000_000, Long.MAX_VALUE};
    for (long value : values) {
      for (int minDigits : new int[] {1, 2, 9}) {
        AsciiBuffer buffer = new AsciiBuffer(1);
        buffer.appendDigits(value, minDigits);
        assertEquals(String.format("%0" + minDigits + "d", value), buffer.toString());
      }
    }
  }

  @Test
  void growsBeyondItsInitialCapacity() {
    AsciiBuffer buffer = new AsciiBuffer(2);
    buffer.append(AsciiBuffer.ascii("{\"a\":")).appendDigits(42).append('}').appendTwoDigits(5);
    assertEquals("{\"a\":42}05", buffer.toString());
    assertEquals(10, buffer.length());
  }
}
