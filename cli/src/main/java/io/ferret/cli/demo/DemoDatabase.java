package io.ferret.cli.demo;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Clears the way for a fresh demo store, refusing to delete anything that is not a DuckDB file. */
final class DemoDatabase {
  /** DuckDB files carry this magic at byte 8, after a checksum. */
  private static final byte[] DUCKDB_MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);
  private static final int MAGIC_OFFSET = 8;

  private DemoDatabase() {}

  /** Deletes the store file and its write-ahead log, if present. */
  static void delete(Path database) {
    try {
      if (Files.exists(database) && !isDuckDb(database)) {
        throw new FerretException(ErrorCode.USAGE,
            "refusing to replace " + database + ": it is not a DuckDB file; choose another --db");
      }
      Files.deleteIfExists(database);
      Files.deleteIfExists(Path.of(database + ".wal"));
    } catch (IOException e) {
      throw new FerretException(ErrorCode.INPUT, "cannot delete the old demo store " + database + ": "
          + e.getMessage(), e);
    }
  }

  private static boolean isDuckDb(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] header = in.readNBytes(MAGIC_OFFSET + DUCKDB_MAGIC.length);
      return header.length == MAGIC_OFFSET + DUCKDB_MAGIC.length
          && Arrays.equals(header, MAGIC_OFFSET, header.length, DUCKDB_MAGIC, 0, DUCKDB_MAGIC.length);
    }
  }
}
