package io.ferret.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes test input files and drains sources, so tests read as input and expected records. */
final class SourceFiles {
  private SourceFiles() {}

  static Path write(Path directory, String fileName, String content) throws IOException {
    return write(directory, fileName, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path directory, String fileName, byte[] content) throws IOException {
    return Files.write(directory.resolve(fileName), content);
  }

  static Path writeGzip(Path directory, String fileName, String content) throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(compressed)) {
      gzip.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return write(directory, fileName, compressed.toByteArray());
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static List<SourceRecord> readAll(Source source) throws IOException {
    List<SourceRecord> records = new ArrayList<>();
    for (SourceRecord record = source.next(); record != null; record = source.next()) {
      records.add(record);
    }
    return records;
  }
}
