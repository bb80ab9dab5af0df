package io.ferret.ingest.source;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A text file opened for streaming: gunzipped when it starts with the gzip magic bytes (whatever its name),
 * with a leading UTF-8 byte order mark removed, and a count of the file bytes consumed so far.
 */
final class InputFile implements Closeable {
  private static final int BUFFER_BYTES = 64 * 1024;
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final CountingInputStream fileBytes;
  private final InputStream content;
  private final long size;

  private InputFile(CountingInputStream fileBytes, InputStream content, long size) {
    this.fileBytes = fileBytes;
    this.content = content;
    this.size = size;
  }

  static InputFile open(Path path) throws IOException {
    long size = Files.size(path);
    CountingInputStream fileBytes = new CountingInputStream(Files.newInputStream(path));
    try {
      BufferedInputStream buffered = new BufferedInputStream(fileBytes, BUFFER_BYTES);
      InputStream decompressed = isGzip(buffered) ? new GZIPInputStream(buffered, BUFFER_BYTES) : buffered;
      return new InputFile(fileBytes, withoutBom(decompressed), size);
    } catch (IOException | RuntimeException e) {
      fileBytes.close();
      throw e;
    }
  }

  /** The decoded content, positioned after any byte order mark. */
  InputStream content() {
    return content;
  }

  /** File bytes consumed so far: compressed bytes for a gzip file. */
  long bytesRead() {
    return fileBytes.count();
  }

  long size() {
    return size;
  }

  @Override
  public void close() throws IOException {
    content.close();
  }

  private static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    boolean gzip = in.read() == GZIP_MAGIC_1 && in.read() == GZIP_MAGIC_2;
    in.reset();
    return gzip;
  }

  private static InputStream withoutBom(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, UTF8_BOM.length);
    byte[] start = pushback.readNBytes(UTF8_BOM.length);
    boolean bom = start.length == UTF8_BOM.length
        && start[0] == UTF8_BOM[0] && start[1] == UTF8_BOM[1] && start[2] == UTF8_BOM[2];
    if (!bom) {
      pushback.unread(start);
    }
    return pushback;
  }
}
