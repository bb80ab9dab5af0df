package io.ferret.ingest.source;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * CSV with a header row from a file, plain or gzip-compressed, read in constant memory.
 *
 * <p>Each data row becomes an object keyed by the header names, its values typed by {@link CsvValueTyper}.
 * Positions are the 1-based physical line a row starts on, the header being line 1; a row with quoted line
 * breaks spans several lines, so positions can skip numbers. Empty lines yield no record and are counted in
 * {@link #blankLines()}, as in {@link JsonlSource}. If the header row itself is bad, it is rejected and the
 * source ends, since no row could be mapped without it.
 */
public final class CsvSource implements FileSource {
  private final String name;
  private final SourceLimits limits;
  private final InputFile input;
  private final CsvRowReader rows;
  private CsvHeader header;
  private boolean finished;
  private long blankLines;

  private CsvSource(Path path, SourceLimits limits, InputFile input, CsvRowReader rows) {
    this.name = path.toString();
    this.limits = limits;
    this.input = input;
    this.rows = rows;
  }

  /** Opens a CSV file with a header row, gunzipping it if it starts with the gzip magic bytes. */
  public static CsvSource open(Path path, SourceLimits limits) throws IOException {
    InputFile input = InputFile.open(path);
    try {
      return new CsvSource(path, limits, input, new CsvRowReader(input.content(), limits));
    } catch (IOException | RuntimeException e) {
      input.close();
      throw e;
    }
  }

  @Override
  public SourceRecord next() throws IOException {
    if (header == null && !finished) {
      Rejected badHeader = readHeader();
      if (badHeader != null) {
        return badHeader;
      }
    }
    if (finished) {
      return null;
    }
    CsvRow row = nextNonBlankRow();
    if (row == null) {
      finished = true;
      return null;
    }
    return toRecord(row);
  }

  /** Empty lines skipped so far; they yield no record. */
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
    try {
      rows.close();
    } finally {
      input.close();
    }
  }

  private Rejected readHeader() throws IOException {
    CsvRow row = nextNonBlankRow();
    if (row == null) {
      finished = true;
      return null;
    }
    String problem = problemOf(row);
    if (problem != null) {
      finished = true;
      return new Rejected(Long.toString(row.line()), "header row: " + problem, row.raw());
    }
    header = CsvHeader.of(row.fields());
    return null;
  }

  private CsvRow nextNonBlankRow() throws IOException {
    CsvRow row = rows.next();
    while (row != null && row.isBlank()) {
      blankLines++;
      row = rows.next();
    }
    return row;
  }

  private SourceRecord toRecord(CsvRow row) {
    String position = Long.toString(row.line());
    String problem = problemOf(row);
    if (problem != null) {
      return new Rejected(position, problem, row.raw());
    }
    if (row.fieldCount() != header.size()) {
      String reason = "row has " + fields(row.fieldCount()) + ", header has " + header.size();
      return new Rejected(position, reason, row.raw());
    }
    return new Event(toObject(row.fields()), position);
  }

  // Size comes first: an oversize row also trips the parser's value-length limit, which is the less clear reason.
  private String problemOf(CsvRow row) {
    if (row.chars() > limits.maxEventBytes()) {
      return "row is " + SourceLimits.grouped(row.chars()) + " characters, over the "
          + SourceLimits.grouped(limits.maxEventBytes()) + "-character limit";
    }
    return row.error();
  }

  private ObjectNode toObject(List<String> values) {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    for (int column = 0; column < values.size(); column++) {
      object.set(header.name(column), CsvValueTyper.type(values.get(column)));
    }
    return object;
  }

  private static String fields(int count) {
    return count == 1 ? "1 field" : count + " fields";
  }
}
