package io.ferret.ingest.source;

import java.nio.charset.StandardCharsets;

/** The raw text kept with a reject: UTF-8 decoded with replacement characters, at most 64 KiB of it. */
final class RawText {
  private static final int MAX_UTF8_SEQUENCE_BYTES = 4;

  private RawText() {}

  /** The text of {@code bytes[offset, offset + length)}. */
  static String of(byte[] bytes, int offset, int length) {
    int end = offset + Math.min(length, Rejected.MAX_RAW_CHARS);
    if (end < offset + length) {
      end = characterStart(bytes, offset, end);
    }
    return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
  }

  // Cutting inside a multi-byte character would leave a replacement character that is not in the input.
  private static int characterStart(byte[] bytes, int offset, int end) {
    int start = end;
    while (start > offset && end - start < MAX_UTF8_SEQUENCE_BYTES - 1 && isContinuationByte(bytes[start])) {
      start--;
    }
    return isContinuationByte(bytes[start]) ? end : start;
  }

  private static boolean isContinuationByte(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
