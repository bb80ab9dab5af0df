package io.ferret.ingest.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams CSV records with Jackson's CSV parser, which, given no schema, reports each record as an array of
 * strings. Bad records come back with an error instead of ending the stream, as long as the parser can go on.
 *
 * <p>The separator is the one the header row uses most, outside quotes, of comma, semicolon, tab and pipe:
 * spreadsheets in many European locales export with semicolons, and a file read with the wrong separator would
 * become one column per row.
 */
final class CsvRowReader implements Closeable {
  private final JsonParser parser;
  private final int maxRowChars;
  private boolean exhausted;

  private static final char[] SEPARATORS = {',', ';', '\t', '|'};
  private static final int HEADER_SNIFF_BYTES = 64 * 1024;

  CsvRowReader(InputStream content, SourceLimits limits) throws IOException {
    InputStream marked = content.markSupported() ? content : new BufferedInputStream(content);
    char separator = separator(marked);
    // No value can be longer than its row, so Jackson never needs to buffer more than the row limit.
    // The source owns the stream: it reads the rest of the file for its checksum after the last row, so Jackson
    // must not close the stream when it reaches the end.
    CsvFactory factory = CsvFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(limits.maxEventBytes()).build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    this.parser = factory.createParser(marked);
    ((CsvParser) parser).setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
    this.maxRowChars = limits.maxEventBytes();
  }

  /** The separator the first line uses most outside quotes; a comma when it uses none. */
  static char separator(InputStream content) throws IOException {
    content.mark(HEADER_SNIFF_BYTES);
    int[] counts = new int[SEPARATORS.length];
    boolean quoted = false;
    try {
      for (int read = 0, b = content.read(); b >= 0 && read < HEADER_SNIFF_BYTES; b = content.read(), read++) {
        if (b == '"') {
          quoted = !quoted;
        } else if (!quoted && (b == '\n' || b == '\r')) {
          break;
        } else if (!quoted) {
          for (int i = 0; i < SEPARATORS.length; i++) {
            counts[i] += b == SEPARATORS[i] ? 1 : 0;
          }
        }
      }
    } finally {
      content.reset();
    }
    int best = 0;
    for (int i = 1; i < SEPARATORS.length; i++) {
      best = counts[i] > counts[best] ? i : best;
    }
    return SEPARATORS[best];
  }

  /** Returns the next record, or null when the input is exhausted or the parser cannot continue. */
  CsvRow next() throws IOException {
    if (exhausted) {
      return null;
    }
    JsonToken start;
    try {
      start = parser.nextToken();
    } catch (CharConversionException | JsonProcessingException e) {
      exhausted = true;
      return failedRow(e);
    }
    if (start != JsonToken.START_ARRAY) {
      exhausted = true;
      return null;
    }
    return readRow();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private CsvRow readRow() throws IOException {
    // Jackson's positions count characters minus one; only differences are used, so the offset cancels out.
    long line = parser.currentLocation().getLineNr();
    long start = parser.currentLocation().getCharOffset();
    long end = start;
    List<String> fields = new ArrayList<>();
    int fieldCount = 0;
    long keptChars = 0;
    String error = null;
    while (true) {
      JsonToken token;
      try {
        token = parser.nextToken();
      } catch (JsonProcessingException e) {
        error = error != null ? error : reasonWithLocation(e);
        long errorAt = parser.currentLocation().getCharOffset();
        // Jackson resumes after the offending character, so the rest of the row still parses and is consumed
        // here; an error that consumed nothing would repeat forever.
        if (errorAt == end) {
          exhausted = true;
          break;
        }
        end = errorAt;
        continue;
      } catch (CharConversionException e) {
        // Jackson's UTF-8 decoder fails again at the same byte on every later call: nothing after it is readable.
        error = error != null ? error : ParserMessages.shortReason(e.getMessage());
        exhausted = true;
        break;
      }
      if (token != JsonToken.VALUE_STRING) {
        exhausted = token == null;
        break;
      }
      end = parser.currentLocation().getCharOffset();
      fieldCount++;
      String value = parser.getText();
      keptChars += value.length();
      if (keptChars <= maxRowChars) {
        fields.add(value);
      }
    }
    return new CsvRow(line, fields, fieldCount, end - start, error);
  }

  private CsvRow failedRow(IOException e) {
    return new CsvRow(parser.currentLocation().getLineNr(), List.of(), 0, 0, reasonFor(e));
  }

  // A row can span lines (quoted line breaks), so the line of the error can differ from the row's position.
  // Jackson's CSV column points past the offending character, which the message already names, so it is left out.
  private static String reasonWithLocation(JsonProcessingException e) {
    String reason = reasonFor(e);
    if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
      return reason;
    }
    return reason + " at line " + e.getLocation().getLineNr();
  }

  private static String reasonFor(IOException e) {
    String message = e instanceof JsonProcessingException processing ? processing.getOriginalMessage() : e.getMessage();
    return ParserMessages.shortReason(message);
  }
}
