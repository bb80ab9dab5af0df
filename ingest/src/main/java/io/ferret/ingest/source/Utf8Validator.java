package io.ferret.ingest.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Finds the first byte that is not well-formed UTF-8, reusing one decoder and a small scratch buffer. */
public final class Utf8Validator {
  private static final int SCRATCH_CHARS = 8 * 1024;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer scratch = CharBuffer.allocate(SCRATCH_CHARS);

  /**
   * Returns the offset, from {@code offset}, of the first invalid byte in {@code bytes[offset, offset + length)},
   * or -1 if all are valid.
   */
  public int firstInvalidByte(byte[] bytes, int offset, int length) {
    if (isAscii(bytes, offset, length)) {
      return -1;
    }
    ByteBuffer input = ByteBuffer.wrap(bytes, offset, length);
    decoder.reset();
    while (true) {
      // The decoded text is thrown away: only where decoding stops matters, so the scratch buffer is recycled.
      scratch.clear();
      CoderResult result = decoder.decode(input, scratch, true);
      if (result.isError()) {
        return input.position() - offset;
      }
      if (result.isUnderflow()) {
        return -1;
      }
    }
  }

  // ASCII is always valid UTF-8; checking for it first keeps the decoder off the common path. Eight bytes are
  // checked at a time: a byte is ASCII when its high bit is clear.
  private static boolean isAscii(byte[] bytes, int offset, int length) {
    int end = offset + length;
    int i = offset;
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      if (((long) LONGS.get(bytes, i) & HIGH_BITS) != 0) {
        return false;
      }
    }
    for (; i < end; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
