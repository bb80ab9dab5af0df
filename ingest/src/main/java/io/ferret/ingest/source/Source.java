package io.ferret.ingest.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A stream of records read in constant memory: accepted events and rejected raw input, in source order.
 *
 * <p>Every unit of input (a line, a CSV row, later a Kafka message) yields exactly one record, so that
 * accepted plus rejected plus blank lines always equals what was read.
 */
public interface Source extends AutoCloseable {

  /** Returns the next record, or {@code null} when the source is exhausted. */
  SourceRecord next() throws IOException;

  /**
   * Reads up to {@code maxRecords} records to be parsed later, possibly on another thread; null at the end.
   *
   * <p>This default parses while reading; sources whose records can be cut apart cheaply before parsing
   * (JSON Lines) override it so that the parsing itself moves off the reading thread.
   */
  default RawBatch nextBatch(int maxRecords) throws IOException {
    List<SourceRecord> records = new ArrayList<>();
    SourceRecord record;
    while (records.size() < maxRecords && (record = next()) != null) {
      records.add(record);
    }
    return records.isEmpty() ? null : new ParsedRecords(records, bytesRead());
  }

  /** Empty lines skipped so far; they are neither events nor rejects, so read = accepted + rejected + blank. */
  long blankLines();

  /** A stable name for this source, recorded with rejects and schema changes (a file path, a topic). */
  String name();

  /** Bytes consumed so far from the underlying input, for progress reporting. */
  long bytesRead();

  /** Total bytes when known up front (a plain file), else -1. */
  long totalBytes();

  @Override
  void close() throws IOException;
}
