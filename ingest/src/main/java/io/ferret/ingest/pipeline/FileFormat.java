package io.ferret.ingest.pipeline;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ingest.source.CsvSource;
import io.ferret.ingest.source.FileSource;
import io.ferret.ingest.source.JsonlSource;
import io.ferret.ingest.source.SourceLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The file formats Ferret ingests, told apart by file name. */
public enum FileFormat {
  JSONL,
  CSV;

  /** The format a file's name implies (a trailing .gz is looked through). */
  public static FileFormat of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSONL;
    }
    throw new FerretException(ErrorCode.USAGE,
        "cannot tell the format of " + file + ": name it .jsonl, .ndjson, .json or .csv (optionally .gz)");
  }

  /** Opens the file as a source of this format. */
  public FileSource open(Path file, SourceLimits limits) throws IOException {
    return switch (this) {
      case JSONL -> JsonlSource.open(file, limits);
      case CSV -> CsvSource.open(file, limits);
    };
  }
}
