package io.ferret.ingest.source;

import java.io.IOException;

/** A source that reads one file, and can tell the hash of the file's content once it has been read. */
public interface FileSource extends Source {

  /**
   * The SHA-256 of the whole file as stored, as {@link FileDigest#sha256} gives it. It is computed while the
   * records are read; any part not read yet is read for it, so no record can be read afterwards.
   */
  String contentSha256() throws IOException;
}
