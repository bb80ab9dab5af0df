package io.ferret.ingest.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Finds the first byte that is not well-formed UTF-8, reusing one decoder and a small scratch buffer. */
final class Utf8Validator {
  private static final int SCRATCH_CHARS = 8 * 1024;

  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer scratch = CharBuffer.allocate(SCRATCH_CHARS);

  /** Returns the 0-based offset of the first invalid byte in {@code bytes[0, length)}, or -1 if all are valid. */
  int firstInvalidByte(byte[] bytes, int length) {
    if (isAscii(bytes, length)) {
      return -1;
    }
    ByteBuffer input = ByteBuffer.wrap(bytes, 0, length);
    decoder.reset();
    while (true) {
      // The decoded text is thrown away: only where decoding stops matters, so the scratch buffer is recycled.
      scratch.clear();
      CoderResult result = decoder.decode(input, scratch, true);
      if (result.isError()) {
        return input.position();
      }
      if (result.isUnderflow()) {
        return -1;
      }
    }
  }

  // ASCII is always valid UTF-8; checking for it first keeps the decoder off the common path.
  private static boolean isAscii(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
