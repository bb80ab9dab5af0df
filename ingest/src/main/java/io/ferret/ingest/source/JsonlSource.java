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
public final class JsonlSource implements FileSource {
  private static final int INITIAL_BATCH_LINES = 1024;
  /** Enough blocks for the batches being read, waiting and being parsed at once: 32 MiB. */
  private static final int POOLED_BLOCKS = 128;

  private final String name;
  private final SourceLimits limits;
  private final InputFile input;
  private final ByteLineReader lines;
  private final JsonLineParser parser;
  private final BlockPool blocks = new BlockPool(JsonLineBatch.BLOCK_BYTES, POOLED_BLOCKS);
  private long lineNumber;
  private long blankLines;
  private int previousBatchLines = INITIAL_BATCH_LINES;

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
    if (!nextRecordLine()) {
      return null;
    }
    Rejected oversize = oversizeReject();
    return oversize != null
        ? oversize
        : parser.parse(lines.bytes(), 0, lines.storedLength(), Long.toString(lineNumber));
  }

  /** Reads lines without parsing them, so that {@link RawBatch#parseInto} can parse them on another thread. */
  @Override
  public RawBatch nextBatch(int maxRecords) throws IOException {
    JsonLineBatch.Builder batch = new JsonLineBatch.Builder(blocks, Math.min(maxRecords, previousBatchLines));
    while (batch.lines() < maxRecords && nextRecordLine()) {
      Rejected oversize = oversizeReject();
      if (oversize != null) {
        batch.addRejected(oversize, lineNumber);
      } else {
        batch.addLine(lines.bytes(), lines.storedLength(), lineNumber);
      }
    }
    if (batch.lines() == 0) {
      return null;
    }
    previousBatchLines = batch.lines();
    return batch.build(parser.copy(), bytesRead());
  }

  /** Moves to the next line that yields a record, counting the blank ones passed; false at the end. */
  private boolean nextRecordLine() throws IOException {
    while (lines.next()) {
      lineNumber++;
      if (lines.length() <= limits.maxEventBytes() && isBlank(lines.bytes(), lines.storedLength())) {
        blankLines++;
        continue;
      }
      return true;
    }
    return false;
  }

  /** The reject of the current line if it is over the size limit, else null. */
  private Rejected oversizeReject() {
    if (lines.length() <= limits.maxEventBytes()) {
      return null;
    }
    String raw = RawText.of(lines.bytes(), 0, lines.storedLength());
    return new Rejected(Long.toString(lineNumber), oversizeReason(lines.length()), raw);
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
  public String contentSha256() throws IOException {
    return input.sha256();
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
