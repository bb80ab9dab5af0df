package io.ferret.ingest.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable buffer of ASCII text kept as bytes, so that events are written without per-character encoding
 * or an intermediate String.
 */
final class AsciiBuffer {
  /** Digits of Long.MAX_VALUE. */
  private static final int MAX_DIGITS = 19;
  /** "00" to "99" back to back, so that one division yields two digits. */
  private static final byte[] DIGIT_PAIRS = digitPairs();

  private byte[] bytes;
  private int length;

  AsciiBuffer(int initialCapacity) {
    bytes = new byte[initialCapacity];
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  int length() {
    return length;
  }

  void clear() {
    length = 0;
  }

  AsciiBuffer append(byte[] fragment) {
    ensureRoom(fragment.length);
    System.arraycopy(fragment, 0, bytes, length, fragment.length);
    length += fragment.length;
    return this;
  }

  AsciiBuffer append(char asciiCharacter) {
    ensureRoom(1);
    bytes[length++] = (byte) asciiCharacter;
    return this;
  }

  /** Appends a non-negative number in decimal. */
  AsciiBuffer appendDigits(long value) {
    return appendDigits(value, 1);
  }

  /** Appends a non-negative number in decimal, padded with leading zeros to at least {@code minDigits}. */
  AsciiBuffer appendDigits(long value, int minDigits) {
    int digits = 1;
    for (long power = 10; power <= value && digits < MAX_DIGITS; power *= 10) {
      digits++;
    }
    int width = Math.max(digits, minDigits);
    ensureRoom(width);
    int position = length + width;
    // Two digits per division: numbers are most of the work left once the text around them is copied whole.
    for (; value >= 100; value /= 100) {
      int pair = (int) (value % 100) * 2;
      bytes[--position] = DIGIT_PAIRS[pair + 1];
      bytes[--position] = DIGIT_PAIRS[pair];
    }
    bytes[--position] = (byte) ('0' + value % 10);
    if (value >= 10) {
      bytes[--position] = (byte) ('0' + value / 10);
    }
    Arrays.fill(bytes, length, position, (byte) '0');
    length += width;
    return this;
  }

  /** Appends 0 to 99 as exactly two digits. */
  AsciiBuffer appendTwoDigits(int value) {
    ensureRoom(2);
    bytes[length++] = (byte) ('0' + value / 10);
    bytes[length++] = (byte) ('0' + value % 10);
    return this;
  }

  byte[] toBytes() {
    return Arrays.copyOf(bytes, length);
  }

  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, length);
  }

  @Override
  public String toString() {
    return new String(bytes, 0, length, StandardCharsets.US_ASCII);
  }

  private static byte[] digitPairs() {
    byte[] pairs = new byte[200];
    for (int value = 0; value < 100; value++) {
      pairs[value * 2] = (byte) ('0' + value / 10);
      pairs[value * 2 + 1] = (byte) ('0' + value % 10);
    }
    return pairs;
  }

  private void ensureRoom(int extra) {
    if (length + extra > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
    }
  }
}
