package io.ferret.ingest.pipeline;

import java.nio.charset.StandardCharsets;

/**
 * Encodes strings as UTF-8 into one reused buffer, so that filling a text column allocates nothing per value.
 * Nearly all text is ASCII, which is copied char by char; anything else goes through the JDK's encoder.
 */
final class Utf8Encoder {
  private static final int INITIAL_BYTES = 256;

  private byte[] buffer = new byte[INITIAL_BYTES];

  /** The buffer the last {@link #encode} wrote to; valid until the next call. */
  byte[] buffer() {
    return buffer;
  }

  /** Encodes {@code text} into {@link #buffer()} and returns the number of bytes. */
  int encode(String text) {
    int length = text.length();
    ensureCapacity(length);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return encodeWithJdk(text);
      }
      buffer[i] = (byte) c;
    }
    return length;
  }

  private int encodeWithJdk(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ensureCapacity(bytes.length);
    System.arraycopy(bytes, 0, buffer, 0, bytes.length);
    return bytes.length;
  }

  private void ensureCapacity(int bytes) {
    if (bytes > buffer.length) {
      buffer = new byte[Math.max(bytes, 2 * buffer.length)];
    }
  }
}
