package io.ferret.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines on '\n', dropping one trailing '\r' so that CRLF files read like LF ones.
 *
 * <p>The line buffer is reused and never holds more than {@code maxStoredBytes}: the rest of a longer line is
 * counted and skipped, so a multi-gigabyte line costs no more memory than a normal one.
 */
final class ByteLineReader {
  private static final int CHUNK_BYTES = 64 * 1024;
  private static final int INITIAL_LINE_BYTES = 8 * 1024;

  private final InputStream in;
  private final int maxStoredBytes;
  private final byte[] chunk = new byte[CHUNK_BYTES];
  private int chunkPosition;
  private int chunkEnd;
  private byte[] line;
  private int stored;
  private long length;
  private byte lastByte;

  ByteLineReader(InputStream in, int maxStoredBytes) {
    this.in = in;
    this.maxStoredBytes = maxStoredBytes;
    this.line = new byte[Math.min(INITIAL_LINE_BYTES, maxStoredBytes)];
  }

  /** Advances to the next line; false at the end of input. A last line without '\n' still counts. */
  boolean next() throws IOException {
    stored = 0;
    length = 0;
    while (true) {
      if (chunkPosition == chunkEnd && !fill()) {
        if (length == 0) {
          return false;
        }
        dropTrailingCarriageReturn();
        return true;
      }
      int start = chunkPosition;
      int end = chunkEnd;
      int i = start;
      while (i < end && chunk[i] != '\n') {
        i++;
      }
      append(start, i - start);
      if (i < end) {
        chunkPosition = i + 1;
        dropTrailingCarriageReturn();
        return true;
      }
      chunkPosition = end;
    }
  }

  /** The buffer holding the start of the current line; only the first {@link #storedLength()} bytes are valid. */
  byte[] bytes() {
    return line;
  }

  /** How many bytes of the current line are in {@link #bytes()}: all of them unless it is over the limit. */
  int storedLength() {
    return stored;
  }

  /** The full length of the current line, without its line break. */
  long length() {
    return length;
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk, 0, CHUNK_BYTES);
    if (n <= 0) {
      return false;
    }
    chunkPosition = 0;
    chunkEnd = n;
    return true;
  }

  private void append(int from, int count) {
    if (count == 0) {
      return;
    }
    length += count;
    lastByte = chunk[from + count - 1];
    int copied = Math.min(count, maxStoredBytes - stored);
    if (copied > 0) {
      ensureCapacity(stored + copied);
      System.arraycopy(chunk, from, line, stored, copied);
      stored += copied;
    }
  }

  private void ensureCapacity(int needed) {
    if (needed > line.length) {
      int grown = (int) Math.min(maxStoredBytes, Math.max(needed, 2L * line.length));
      line = Arrays.copyOf(line, grown);
    }
  }

  private void dropTrailingCarriageReturn() {
    if (length > 0 && lastByte == '\r') {
      length--;
      stored = (int) Math.min(stored, length);
    }
  }
}
