package io.ferret.ingest.source;

import java.nio.charset.StandardCharsets;

/** The raw text kept with a reject: UTF-8 decoded with replacement characters, at most 64 KiB of it. */
final class RawText {
  private static final int MAX_UTF8_SEQUENCE_BYTES = 4;

  private RawText() {}

  static String of(byte[] bytes, int length) {
    int end = Math.min(length, Rejected.MAX_RAW_CHARS);
    if (end < length) {
      end = characterStart(bytes, end);
    }
    return new String(bytes, 0, end, StandardCharsets.UTF_8);
  }

  // Cutting inside a multi-byte character would leave a replacement character that is not in the input.
  private static int characterStart(byte[] bytes, int end) {
    int start = end;
    while (start > 0 && end - start < MAX_UTF8_SEQUENCE_BYTES - 1 && isContinuationByte(bytes[start])) {
      start--;
    }
    return isContinuationByte(bytes[start]) ? end : start;
  }

  private static boolean isContinuationByte(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
