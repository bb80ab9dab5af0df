package io.ferret.ingest.source;

import java.io.IOException;
import java.nio.file.Path;

/**
 * JSON Lines from a file, plain or gzip-compressed, one JSON object per line, read in constant memory.
 *
 * <p>Each non-blank line yields one record. Blank lines (empty or only whitespace) yield none, so that a
 * trailing newline or spacing between records is not reported as bad input; they are counted instead, and
 * accepted + rejected + {@link #blankLines()} = lines read. Positions are 1-based line numbers ("12").
 */
public final class JsonlSource implements Source {
  private final String name;
  private final SourceLimits limits;
  private final InputFile input;
  private final ByteLineReader lines;
  private final JsonLineParser parser;
  private long lineNumber;
  private long blankLines;

  private JsonlSource(Path path, SourceLimits limits, InputFile input) {
    this.name = path.toString();
    this.limits = limits;
    this.input = input;
    // One byte over the limit leaves room for the '\r' of a CRLF line that is exactly at the limit.
    this.lines = new ByteLineReader(input.content(), limits.maxEventBytes() + 1);
    this.parser = new JsonLineParser(limits);
  }

  /** Opens a JSON Lines file, gunzipping it if it starts with the gzip magic bytes. */
  public static JsonlSource open(Path path, SourceLimits limits) throws IOException {
    return new JsonlSource(path, limits, InputFile.open(path));
  }

  @Override
  public SourceRecord next() throws IOException {
    while (lines.next()) {
      lineNumber++;
      if (lines.length() > limits.maxEventBytes()) {
        String raw = RawText.of(lines.bytes(), lines.storedLength());
        return new Rejected(Long.toString(lineNumber), oversizeReason(lines.length()), raw);
      }
      if (isBlank(lines.bytes(), lines.storedLength())) {
        blankLines++;
        continue;
      }
      return parser.parse(lines.bytes(), lines.storedLength(), Long.toString(lineNumber));
    }
    return null;
  }

  /** Blank lines skipped so far; they yield no record. */
  @Override
  public long blankLines() {
    return blankLines;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long bytesRead() {
    return input.bytesRead();
  }

  @Override
  public long totalBytes() {
    return input.size();
  }

  @Override
  public void close() throws IOException {
    input.close();
  }

  private String oversizeReason(long eventBytes) {
    return "event is " + SourceLimits.grouped(eventBytes) + " bytes, over the "
        + SourceLimits.grouped(limits.maxEventBytes()) + "-byte limit";
  }

  // JSON's own whitespace; '\r' is included because only one is stripped from the end of a line.
  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
