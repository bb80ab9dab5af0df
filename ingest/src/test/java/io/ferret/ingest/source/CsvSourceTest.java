package io.ferret.ingest.source;

import static io.ferret.ingest.source.SourceFiles.concat;
import static io.ferret.ingest.source.SourceFiles.readAll;
import static io.ferret.ingest.source.SourceFiles.utf8;
import static io.ferret.ingest.source.SourceFiles.write;
import static io.ferret.ingest.source.SourceFiles.writeGzip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {
  @TempDir Path directory;

  @Test
  void theChecksumOfAFileReadToItsEndIsTheChecksumOfItsBytes() throws IOException {
    // larger than the parser's buffers, so the parser reaches the end of the stream before the source is done
    StringBuilder text = new StringBuilder("id,name\n");
    for (int i = 0; i < 20_000; i++) {
      text.append(i).append(",customer-").append(i).append('\n');
    }
    Path file = write(directory, "large.csv", text.toString());

    try (CsvSource source = CsvSource.open(file, SourceLimits.defaults())) {
      assertEquals(20_000, readAll(source).size());
      assertEquals(FileDigest.sha256(file), source.contentSha256());
    }
  }

  @Test
  void aSemicolonSeparatedFileIsReadWithItsOwnSeparator() throws IOException {
    List<SourceRecord> records = read("\"age\";\"job\";\"note\"\n58;\"management\";\"a, b\"\n44;\"technician\";\"\"\n");

    assertEquals(2, records.size());
    assertJson("{\"age\":58,\"job\":\"management\",\"note\":\"a, b\"}", event(records.get(0), "2"));
  }

  @Test
  void rowsWithTheWrongFieldCountAreRejectedAndLaterRowsStillLand() throws IOException {
    List<SourceRecord> records = read("a,b,c,d\n1,2,3,4\n1,2,3,4,5\n1,2,3\nsingle\n5,6,7,8\n");

    assertEquals(5, records.size());
    event(records.get(0), "2");
    assertEquals(new Rejected("3", "row has 5 fields, header has 4", "1,2,3,4,5"), records.get(1));
    assertEquals(new Rejected("4", "row has 3 fields, header has 4", "1,2,3"), records.get(2));
    assertEquals(new Rejected("5", "row has 1 field, header has 4", "single"), records.get(3));
    assertJson("{\"a\":5,\"b\":6,\"c\":7,\"d\":8}", event(records.get(4), "6"));
  }

  @Test
  void valuesAreTypedByTheirContent() throws IOException {
    List<SourceRecord> records = read("empty,flag,count,price,zip,amount,padded,big,label\n"
        + ",TRUE,42,19.90,02134,\"1,000\",  5,123456789012345678901234567890,hello\n");

    JsonNode fields = event(records.get(0), "2");
    assertJson("{\"empty\":null,\"flag\":true,\"count\":42,\"price\":19.90,\"zip\":\"02134\",\"amount\":\"1,000\","
        + "\"padded\":\"  5\",\"big\":123456789012345678901234567890,\"label\":\"hello\"}", fields);
    assertEquals("19.90", fields.get("price").decimalValue().toPlainString());
    assertEquals("123456789012345678901234567890", fields.get("big").bigIntegerValue().toString());
  }

  @Test
  void quotedFieldsKeepEmbeddedCommasNewlinesAndQuotesAndPositionsFollowPhysicalLines() throws IOException {
    List<SourceRecord> records = read("id,note\n"
        + "1,\"hello, world\"\n"
        + "2,\"line one\nline two\"\n"
        + "3,\"say \"\"hi\"\"\"\n"
        + "4,plain\n");

    assertEquals("hello, world", event(records.get(0), "2").get("note").textValue());
    assertEquals("line one\nline two", event(records.get(1), "3").get("note").textValue());
    assertEquals("say \"hi\"", event(records.get(2), "5").get("note").textValue());
    assertEquals("plain", event(records.get(3), "6").get("note").textValue());
  }

  @Test
  void repeatedHeaderNamesAreNumberedAndAnEmptyNameStaysEmpty() throws IOException {
    JsonNode fields = event(read("a,a,,A,a,b\n1,2,3,4,5,6\n").get(0), "2");

    assertEquals(List.of("a", "a~2", "", "A", "a~3", "b"), fieldNames(fields));
    assertJson("{\"a\":1,\"a~2\":2,\"\":3,\"A\":4,\"a~3\":5,\"b\":6}", fields);
  }

  @Test
  void byteOrderMarkIsSkippedAndCrlfIsHandled() throws IOException {
    Path file = write(directory, "bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        utf8("id,name\r\n1,\"two\r\nlines\"\r\n2,bob\r\n")));

    List<SourceRecord> records = read(file, SourceLimits.defaults());

    assertJson("{\"id\":1,\"name\":\"two\\r\\nlines\"}", event(records.get(0), "2"));
    assertJson("{\"id\":2,\"name\":\"bob\"}", event(records.get(1), "4"));
  }

  @Test
  void emptyLinesAreSkippedAndCountedButAQuotedEmptyValueIsARow() throws IOException {
    Path file = write(directory, "blank.csv", "name\n\nbob\r\n\r\n\"\"\n\n");

    try (CsvSource source = CsvSource.open(file, SourceLimits.defaults())) {
      List<SourceRecord> records = readAll(source);

      assertEquals(2, records.size());
      assertJson("{\"name\":\"bob\"}", event(records.get(0), "3"));
      assertJson("{\"name\":null}", event(records.get(1), "5"));
      assertEquals(3, source.blankLines());
    }
  }

  @Test
  void rowOverTheLimitIsRejectedWithItsRawTextCutTo64KibAndTheNextRowStillLands() throws IOException {
    String hugeValue = "x".repeat(2 * 1024 * 1024);

    List<SourceRecord> records = read("id,text,n\n1,short,2\n3," + hugeValue + ",4\n5,after,6\n");

    assertEquals(3, records.size());
    event(records.get(0), "2");
    Rejected rejected = assertInstanceOf(Rejected.class, records.get(1));
    assertEquals("3", rejected.position());
    assertEquals("row is 2,097,156 characters, over the 1,048,576-character limit", rejected.reason());
    assertEquals(Rejected.MAX_RAW_CHARS, rejected.raw().length());
    assertJson("{\"id\":5,\"text\":\"after\",\"n\":6}", event(records.get(2), "4"));
  }

  @Test
  void textAfterAClosingQuoteRejectsTheRowAndParsingGoesOn() throws IOException {
    List<SourceRecord> records = read("a,b\n\"x\"y,2\n3,4\n");

    assertEquals(new Rejected("2", "unexpected character ('y' (code 121)): Expected column separator character "
        + "(',' (code 44)) or end-of-line at line 2", ",2"), records.get(0));
    assertJson("{\"a\":3,\"b\":4}", event(records.get(1), "3"));
  }

  @Test
  void unclosedQuoteSwallowsTheRestOfTheFileAndEndsTheSource() throws IOException {
    List<SourceRecord> records = read("a,b\n1,2\n3,\"oops\n4,5\n");

    assertEquals(2, records.size());
    event(records.get(0), "2");
    Rejected rejected = assertInstanceOf(Rejected.class, records.get(1));
    assertEquals("3", rejected.position());
    assertEquals("missing closing quote for value at line 5", rejected.reason());
  }

  @Test
  void invalidUtf8EndsTheSourceBecauseTheParserCannotReadPastIt() throws IOException {
    Path file = write(directory, "latin1.csv", concat(utf8("a,b\n1,2\nx"), new byte[] {(byte) 0xE9},
        utf8("y,3\n4,5\n")));

    try (CsvSource source = CsvSource.open(file, SourceLimits.defaults())) {
      event(source.next(), "2");
      Rejected rejected = assertInstanceOf(Rejected.class, source.next());
      assertEquals("3", rejected.position());
      assertEquals("invalid UTF-8 middle byte 0x79 (at char #10, byte #9): check content encoding, "
          + "does not look like UTF-8", rejected.reason());
      assertNull(source.next());
    }
  }

  @Test
  void badHeaderRowIsRejectedAndEndsTheSource() throws IOException {
    List<SourceRecord> records = read("\"a\"x,b\n1,2\n");

    assertEquals(List.of(new Rejected("1", "header row: unexpected character ('x' (code 120)): Expected column "
        + "separator character (',' (code 44)) or end-of-line at line 1", ",b")), records);
  }

  @Test
  void emptyFileAndHeaderOnlyFileYieldNothing() throws IOException {
    assertEquals(List.of(), read(""));
    assertEquals(List.of(), read("a,b\n"));
  }

  @Test
  void gzipIsDetectedByItsMagicBytesNotItsName() throws IOException {
    Path file = writeGzip(directory, "data.csv", "a,b\n1,x\n");

    try (CsvSource source = CsvSource.open(file, SourceLimits.defaults())) {
      List<SourceRecord> records = readAll(source);

      assertJson("{\"a\":1,\"b\":\"x\"}", event(records.get(0), "2"));
      assertEquals(file.toString(), source.name());
      assertEquals(Files.size(file), source.totalBytes());
      assertEquals(Files.size(file), source.bytesRead());
    }
  }

  private List<SourceRecord> read(String content) throws IOException {
    return read(write(directory, "input.csv", content), SourceLimits.defaults());
  }

  private static List<SourceRecord> read(Path file, SourceLimits limits) throws IOException {
    try (CsvSource source = CsvSource.open(file, limits)) {
      return readAll(source);
    }
  }

  private static JsonNode event(SourceRecord record, String expectedPosition) {
    Event event = assertInstanceOf(Event.class, record, () -> "expected an event, got " + record);
    assertEquals(expectedPosition, event.position());
    return event.fields();
  }

  /** Compares as compact JSON text, so types and exact digits must match too: 42, "42", 42.0 all differ. */
  private static void assertJson(String expected, JsonNode actual) {
    assertEquals(expected, actual.toString());
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
