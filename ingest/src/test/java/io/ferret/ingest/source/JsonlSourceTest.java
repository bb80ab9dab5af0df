package io.ferret.ingest.source;

import static io.ferret.ingest.source.SourceFiles.concat;
import static io.ferret.ingest.source.SourceFiles.readAll;
import static io.ferret.ingest.source.SourceFiles.utf8;
import static io.ferret.ingest.source.SourceFiles.write;
import static io.ferret.ingest.source.SourceFiles.writeGzip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import io.ferret.schema.BatchCollector;
import io.ferret.schema.CollectedBatch;
import io.ferret.schema.EvolverSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSourceTest {
  @TempDir Path directory;

  @Test
  void invalidJsonLineIsRejectedAndTheLinesAroundItAreAccepted() throws IOException {
    List<SourceRecord> records = read("{\"a\":1}\n{\"a\":}\n{\"a\":3}\n");

    assertEquals(3, records.size());
    assertEquals(1, event(records.get(0), "1").get("a").intValue());
    assertEquals(new Rejected("2", "unexpected character ('}' (code 125)): expected a value at column 6",
        "{\"a\":}"), records.get(1));
    assertEquals(3, event(records.get(2), "3").get("a").intValue());
  }

  @Test
  void truncatedLastLineWithoutNewlineIsInvalidJson() throws IOException {
    List<SourceRecord> records = read("{\"a\":1}\n{\"a\":2");

    assertEquals(2, records.size());
    event(records.get(0), "1");
    assertEquals(new Rejected("2", "unexpected end-of-input: expected close marker for Object at column 7",
        "{\"a\":2"), records.get(1));
  }

  @Test
  void arraysScalarsAndNullAreNotObjects() throws IOException {
    List<SourceRecord> records = read("[1,2]\n\"text\"\n42\n1.5\nnull\ntrue\n");

    assertEquals(List.of(
        new Rejected("1", "not a JSON object: got an array", "[1,2]"),
        new Rejected("2", "not a JSON object: got a string", "\"text\""),
        new Rejected("3", "not a JSON object: got a number", "42"),
        new Rejected("4", "not a JSON object: got a number", "1.5"),
        new Rejected("5", "not a JSON object: got null", "null"),
        new Rejected("6", "not a JSON object: got a boolean", "true")), records);
  }

  @Test
  void contentAfterTheObjectOnTheSameLineIsRejectedButTrailingSpaceIsNot() throws IOException {
    List<SourceRecord> records = read("{\"a\":1} x\n{\"a\":1} {\"b\":2}\n{\"a\":1}}\n  {\"a\":1}  \t\n");

    assertEquals(new Rejected("1", "trailing characters after the JSON object", "{\"a\":1} x"), records.get(0));
    assertEquals(new Rejected("2", "trailing characters after the JSON object", "{\"a\":1} {\"b\":2}"),
        records.get(1));
    assertEquals(new Rejected("3", "trailing characters after the JSON object", "{\"a\":1}}"), records.get(2));
    assertEquals(1, event(records.get(3), "4").get("a").intValue());
  }

  @Test
  void lineOverTheLimitIsRejectedWithItsRawTextCutTo64KibAndTheNextLineIsStillRead() throws IOException {
    String prefix = "{\"a\":\"";
    String suffix = "\"}";
    String hugeLine = prefix + "x".repeat(2 * 1024 * 1024 - prefix.length() - suffix.length()) + suffix;
    assertEquals(2_097_152, hugeLine.length());

    List<SourceRecord> records = read("{\"before\":1}\n" + hugeLine + "\n{\"after\":2}\n");

    assertEquals(3, records.size());
    event(records.get(0), "1");
    Rejected rejected = assertInstanceOf(Rejected.class, records.get(1));
    assertEquals("2", rejected.position());
    assertEquals("event is 2,097,152 bytes, over the 1,048,576-byte limit", rejected.reason());
    assertEquals(hugeLine.substring(0, Rejected.MAX_RAW_CHARS), rejected.raw());
    assertEquals(2, event(records.get(2), "3").get("after").intValue());
  }

  @Test
  void lineExactlyAtTheLimitIsAcceptedEvenWithCrlfAndOneByteMoreIsNot() throws IOException {
    String atLimit = "{\"a\":\"" + "x".repeat(8) + "\"}";
    String overLimit = "{\"a\":\"" + "x".repeat(9) + "\"}";
    SourceLimits limits = new SourceLimits(atLimit.length(), 1000);

    List<SourceRecord> records = read(write(directory, "limit.jsonl", atLimit + "\r\n" + overLimit + "\r\n"), limits);

    event(records.get(0), "1");
    assertEquals(new Rejected("2", "event is 17 bytes, over the 16-byte limit", overLimit), records.get(1));
  }

  @Test
  void nestingUpToTheLimitIsAcceptedAndOneLevelDeeperIsRejected() throws IOException {
    List<SourceRecord> records = read(nested(200) + "\n" + nested(1000) + "\n" + nested(1001) + "\n");

    event(records.get(0), "1");
    event(records.get(1), "2");
    Rejected rejected = assertInstanceOf(Rejected.class, records.get(2));
    assertEquals("3", rejected.position());
    assertEquals("nesting deeper than 1000 levels", rejected.reason());
  }

  @Test
  void duplicateKeysAreRejectedAtAnyDepth() throws IOException {
    List<SourceRecord> records = read("{\"a\":1,\"a\":2}\n{\"o\":{\"b\":1,\"c\":2,\"b\":3}}\n");

    assertEquals(List.of(
        new Rejected("1", "duplicate key 'a'", "{\"a\":1,\"a\":2}"),
        new Rejected("2", "duplicate key 'b'", "{\"o\":{\"b\":1,\"c\":2,\"b\":3}}")), records);
  }

  @Test
  void nanAndInfinityAreAcceptedAsDoublesDespiteExactDecimals() throws IOException {
    JsonNode fields = event(read("{\"nan\":NaN,\"up\":Infinity,\"plus\":+Infinity,\"down\":-Infinity}\n").get(0), "1");

    assertInstanceOf(DoubleNode.class, fields.get("nan"));
    assertTrue(Double.isNaN(fields.get("nan").doubleValue()));
    assertEquals(DoubleNode.valueOf(Double.POSITIVE_INFINITY), fields.get("up"));
    assertEquals(DoubleNode.valueOf(Double.POSITIVE_INFINITY), fields.get("plus"));
    assertEquals(DoubleNode.valueOf(Double.NEGATIVE_INFINITY), fields.get("down"));
  }

  @Test
  void integersBeyondInt64StayExactBigIntegers() throws IOException {
    JsonNode fields = event(read("{\"small\":7,\"max\":9223372036854775807,\"over\":9223372036854775808,"
        + "\"huge\":-123456789012345678901234567890}\n").get(0), "1");

    assertEquals(IntNode.valueOf(7), fields.get("small"));
    assertEquals(LongNode.valueOf(Long.MAX_VALUE), fields.get("max"));
    assertEquals(BigIntegerNode.valueOf(new BigInteger("9223372036854775808")), fields.get("over"));
    assertEquals(BigIntegerNode.valueOf(new BigInteger("-123456789012345678901234567890")), fields.get("huge"));
  }

  @Test
  void decimalsKeepTheirExactDigitsEvenBeyondDoubleRange() throws IOException {
    JsonNode fields = event(read("{\"huge\":1e400,\"tiny\":-2.5E-400,\"tenth\":0.1,\"price\":1.50}\n").get(0), "1");

    assertEquals(DecimalNode.valueOf(new BigDecimal("1e400")), fields.get("huge"));
    assertEquals(DecimalNode.valueOf(new BigDecimal("-2.5E-400")), fields.get("tiny"));
    assertEquals(DecimalNode.valueOf(new BigDecimal("0.1")), fields.get("tenth"));
    assertEquals("1.50", fields.get("price").decimalValue().toPlainString());
  }

  @Test
  void numbersLongerThanTenThousandDigitsAreRejected() throws IOException {
    Rejected rejected = assertInstanceOf(Rejected.class, read("{\"n\":" + "9".repeat(10_001) + "}\n").get(0));

    assertEquals("number value length (10001) exceeds the maximum allowed (10000) at column 10007",
        rejected.reason());
  }

  @Test
  void emptyFieldNameIsAccepted() throws IOException {
    JsonNode fields = event(read("{\"\":1}\n").get(0), "1");

    assertEquals(List.of(""), fieldNames(fields));
    assertEquals(1, fields.get("").intValue());
  }

  @Test
  void namesDifferingOnlyByCaseAreBothKept() throws IOException {
    JsonNode fields = event(read("{\"Name\":\"a\",\"name\":\"b\"}\n").get(0), "1");

    assertEquals("a", fields.get("Name").textValue());
    assertEquals("b", fields.get("name").textValue());
  }

  @Test
  void byteOrderMarkAtTheStartOfTheFileIsSkipped() throws IOException {
    Path file = write(directory, "bom.jsonl", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        utf8("{\"id\":1}\n{\"id\":2}\n")));

    List<SourceRecord> records = read(file, SourceLimits.defaults());

    assertEquals(List.of("id"), fieldNames(event(records.get(0), "1")));
    assertEquals(2, event(records.get(1), "2").get("id").intValue());
  }

  @Test
  void crlfLineEndingsAreStripped() throws IOException {
    List<SourceRecord> records = read("{\"a\":\"x\"}\r\n{\"a\":}\r\n");

    assertEquals("x", event(records.get(0), "1").get("a").textValue());
    Rejected rejected = assertInstanceOf(Rejected.class, records.get(1));
    assertEquals("{\"a\":}", rejected.raw());
  }

  @Test
  void blankLinesYieldNoRecordButAreCounted() throws IOException {
    Path file = write(directory, "blank.jsonl", "\n   \n{\"a\":1}\r\n\t\n\n{\"a\":2}\n");

    try (JsonlSource source = JsonlSource.open(file, SourceLimits.defaults())) {
      List<SourceRecord> records = readAll(source);

      assertEquals(2, records.size());
      event(records.get(0), "3");
      event(records.get(1), "6");
      assertEquals(4, source.blankLines());
    }
  }

  @Test
  void invalidUtf8IsRejectedWithTheOffendingByteAndRawDecodedWithReplacements() throws IOException {
    Path file = write(directory, "latin1.jsonl", concat(utf8("{\"ok\":\"é\"}\n{\"a\":\"x"),
        new byte[] {(byte) 0xE9}, utf8("y\"}\n{\"b\":2}\n")));

    List<SourceRecord> records = read(file, SourceLimits.defaults());

    assertEquals("é", event(records.get(0), "1").get("ok").textValue());
    assertEquals(new Rejected("2", "invalid UTF-8 at byte 8", "{\"a\":\"x\uFFFDy\"}"), records.get(1));
    event(records.get(2), "3");
  }

  @Test
  void gzipIsDetectedByItsMagicBytesNotItsName() throws IOException {
    Path file = writeGzip(directory, "events.jsonl", "{\"a\":1}\n{\"a\":2}\n");

    try (JsonlSource source = JsonlSource.open(file, SourceLimits.defaults())) {
      List<SourceRecord> records = readAll(source);

      assertEquals(2, event(records.get(1), "2").get("a").intValue());
      assertEquals(Files.size(file), source.totalBytes());
      assertEquals(Files.size(file), source.bytesRead());
    }
  }

  @Test
  void nameIsThePathAsGivenAndByteCountsCoverTheWholeFile() throws IOException {
    Path file = write(directory, "plain.jsonl", "{\"a\":1}\n");

    try (JsonlSource source = JsonlSource.open(file, SourceLimits.defaults())) {
      assertEquals(file.toString(), source.name());
      readAll(source);
      assertEquals(8, source.totalBytes());
      assertEquals(8, source.bytesRead());
    }
  }

  @Test
  void readingInBatchesGivesTheSameEventsAndRejectsAsReadingOneByOne() throws IOException {
    String awkward = String.join("\n",
        "{\"a\":1}", "{\"a\":}", "{\"a\":2", "[1,2]", "\"text\"", "42", "null", "{\"a\":1} x", "{\"a\":1}}",
        "  {\"a\":1}  \t", "{\"big\":\"" + "x".repeat(2 << 20) + "\"}", nested(200), nested(1000), nested(1001),
        "{\"a\":1,\"a\":2}", "{\"o\":{\"b\":1,\"c\":2,\"b\":3}}", "{\"o\":{\"a\":1},\"o\":{\"b\":2}}",
        "{\"list\":[{\"b\":1,\"b\":2}]}", "{\"nan\":NaN,\"up\":Infinity,\"plus\":+Infinity,\"down\":-Infinity}",
        "{\"max\":9223372036854775807,\"over\":9223372036854775808,\"huge\":-123456789012345678901234567890}",
        "{\"huge\":1e400,\"tiny\":-2.5E-400,\"tenth\":0.1,\"price\":1.50,\"zero\":-0.0}",
        "{\"n\":" + "9".repeat(10_001) + "}", "{\"\":1,\"Name\":\"a\",\"name\":\"b\",\"a.b\":1,\"a\":{\"b\":2}}",
        "{\"esc\":\"q\\\"b\\\\s\\/\\n\\u00e9\\ud83d\\ude00\",\"raw\":\"naïve ✓ \uD83D\uDE00\"}",
        "{\"bad\":\"x\\q\"}", "{\"ctl\":\"a\tb\"}",
        "{\"ts\":\"2024-03-01T10:00:00Z\",\"d\":\"2024-02-30\",\"far\":\"9999-01-01T00:00:00Z\"}",
        "{\"deep\":" + "{\"a\":".repeat(12) + "1" + "}".repeat(12) + ",\"empty\":{},\"list\":[1,\"x\",{}]}",
        "{\"a\":1}\r", "", "   ", "\uFEFF{\"bom\":1}", "{\"last\":true}");
    Path file = write(directory, "awkward.jsonl", concat(utf8(awkward + "\n{\"a\":\"x"),
        new byte[] {(byte) 0xE9}, utf8("y\"}\n{\"after\":\"bad utf-8\"}\n")));

    BatchCollector oneByOne = new BatchCollector(EvolverSettings.defaults());
    List<Rejected> oneByOneRejects = new ArrayList<>();
    try (JsonlSource source = JsonlSource.open(file, SourceLimits.defaults())) {
      for (SourceRecord record : readAll(source)) {
        if (record instanceof Event event) {
          oneByOne.add(event.fields(), event.position());
        } else {
          oneByOneRejects.add((Rejected) record);
        }
      }
    }
    BatchCollector inBatches = new BatchCollector(EvolverSettings.defaults());
    List<Rejected> inBatchesRejects = new ArrayList<>();
    try (JsonlSource source = JsonlSource.open(file, SourceLimits.defaults())) {
      for (RawBatch batch = source.nextBatch(7); batch != null; batch = source.nextBatch(7)) {
        inBatchesRejects.addAll(batch.parseInto(inBatches));
      }
    }

    assertEquals(oneByOneRejects, inBatchesRejects);
    CollectedBatch expected = oneByOne.finish();
    CollectedBatch actual = inBatches.finish();
    assertEquals(expected.positions(), actual.positions());
    assertEquals(List.copyOf(expected.fields().keySet()), List.copyOf(actual.fields().keySet()));
    expected.fields().forEach((path, values) ->
        assertEquals(Arrays.asList(values), Arrays.asList(actual.fields().get(path)), path.dotted()));
    assertEquals(15, expected.rows(), "accepted lines");
  }

  private List<SourceRecord> read(String content) throws IOException {
    return read(write(directory, "input.jsonl", content), SourceLimits.defaults());
  }

  private static List<SourceRecord> read(Path file, SourceLimits limits) throws IOException {
    try (JsonlSource source = JsonlSource.open(file, limits)) {
      return readAll(source);
    }
  }

  private static JsonNode event(SourceRecord record, String expectedPosition) {
    Event event = assertInstanceOf(Event.class, record, () -> "expected an event, got " + record);
    assertEquals(expectedPosition, event.position());
    return event.fields();
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** An object whose nesting, counting the object itself, is {@code depth} levels. */
  private static String nested(int depth) {
    return "{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
  }
}
