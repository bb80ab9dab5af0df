package io.ferret.ingest.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLineReaderTest {

  @Test
  void linesCrossingReadChunkBoundariesComeOutWhole() throws IOException {
    List<String> expected = new ArrayList<>();
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      String line = "line " + i + " " + "x".repeat(i % 301);
      expected.add(line);
      input.append(line).append(i % 2 == 0 ? "\n" : "\r\n");
    }
    assertTrue(input.length() > 3 * 64 * 1024, "input must span several 64 KiB chunks");

    assertEquals(expected, readLines(input.toString(), 1024));
  }

  @Test
  void emptyLinesCountButTheFinalNewlineDoesNotStartAnotherLine() throws IOException {
    assertEquals(List.of("", "a", "", "b"), readLines("\na\n\nb\n", 100));
    assertEquals(List.of("a", "b"), readLines("a\nb", 100));
    assertEquals(List.of(), readLines("", 100));
  }

  @Test
  void onlyOneTrailingCarriageReturnIsDropped() throws IOException {
    assertEquals(List.of("a\r", "b", "c\rd"), readLines("a\r\r\nb\r\nc\rd\r", 100));
  }

  @Test
  void longLineKeepsOnlyTheStoredPrefixButReportsItsFullLength() throws IOException {
    String longLine = "y".repeat(200_000);
    ByteLineReader reader = reader(longLine + "\r\nshort\n", 1000);

    assertTrue(reader.next());
    assertEquals(200_000, reader.length());
    assertEquals(1000, reader.storedLength());
    assertArrayEquals("y".repeat(1000).getBytes(StandardCharsets.US_ASCII),
        Arrays.copyOf(reader.bytes(), reader.storedLength()));
    assertTrue(reader.next());
    assertEquals("short", new String(reader.bytes(), 0, reader.storedLength(), StandardCharsets.US_ASCII));
    assertFalse(reader.next());
  }

  private static List<String> readLines(String input, int maxStoredBytes) throws IOException {
    ByteLineReader reader = reader(input, maxStoredBytes);
    List<String> lines = new ArrayList<>();
    while (reader.next()) {
      assertEquals(reader.length(), reader.storedLength());
      lines.add(new String(reader.bytes(), 0, reader.storedLength(), StandardCharsets.UTF_8));
    }
    return lines;
  }

  private static ByteLineReader reader(String input, int maxStoredBytes) {
    return new ByteLineReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), maxStoredBytes);
  }
}
