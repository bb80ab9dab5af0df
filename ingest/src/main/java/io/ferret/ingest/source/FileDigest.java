package io.ferret.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a file's bytes as stored, which tells a file already ingested under another name. */
public final class FileDigest {
  private static final int BUFFER_BYTES = 64 * 1024;

  private FileDigest() {}

  /** Reads the whole file to hash it. */
  public static String sha256(Path file) throws IOException {
    try (DigestInputStream in = digesting(Files.newInputStream(file))) {
      return drain(in);
    }
  }

  /** A stream that hashes every byte read through it. */
  static DigestInputStream digesting(InputStream in) {
    try {
      return new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Reads the rest of the stream and returns the hash of everything read through it, in hex. */
  static String drain(DigestInputStream in) throws IOException {
    byte[] buffer = new byte[BUFFER_BYTES];
    while (in.read(buffer) >= 0) {
      // reading is what feeds the digest
    }
    return HexFormat.of().formatHex(in.getMessageDigest().digest());
  }
}
