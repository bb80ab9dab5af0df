package io.ferret.ingest.source;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.zip.GZIPInputStream;

/**
 * A text file opened for streaming: gunzipped when it starts with the gzip magic bytes (whatever its name),
 * with a leading UTF-8 byte order mark removed, a count of the file bytes consumed so far, and their SHA-256,
 * computed as they are read so that the file is not read twice.
 */
final class InputFile implements Closeable {
  private static final int BUFFER_BYTES = 64 * 1024;
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final DigestInputStream hashed;
  private final CountingInputStream fileBytes;
  private final InputStream content;
  private final long size;

  private InputFile(DigestInputStream hashed, CountingInputStream fileBytes, InputStream content, long size) {
    this.hashed = hashed;
    this.fileBytes = fileBytes;
    this.content = content;
    this.size = size;
  }

  static InputFile open(Path path) throws IOException {
    long size = Files.size(path);
    DigestInputStream hashed = FileDigest.digesting(Files.newInputStream(path));
    CountingInputStream fileBytes = new CountingInputStream(hashed);
    try {
      BufferedInputStream buffered = new BufferedInputStream(fileBytes, BUFFER_BYTES);
      InputStream decompressed = isGzip(buffered) ? new GZIPInputStream(buffered, BUFFER_BYTES) : buffered;
      return new InputFile(hashed, fileBytes, withoutBom(decompressed), size);
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

  /**
   * The SHA-256 of all the file's bytes, as {@link FileDigest#sha256} gives it. Bytes not read yet are read for
   * it, so the content cannot be read afterwards; bytes already read, even if still buffered above, are counted.
   */
  String sha256() throws IOException {
    return FileDigest.drain(hashed);
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
