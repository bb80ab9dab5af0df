package io.ferret.cli.text;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Passes UTF-8 bytes on to a writer a line at a time, for libraries that print to a PrintStream while the CLI
 * writes through picocli's PrintWriter. Closing it flushes but leaves the writer open.
 */
public final class WriterOutputStream extends OutputStream {
  private final PrintWriter writer;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  public WriterOutputStream(PrintWriter writer) {
    this.writer = Objects.requireNonNull(writer, "writer is null");
  }

  @Override
  public void write(int b) {
    pending.write(b);
    if (b == '\n') {
      flush();
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }

  /** Writes what is pending; a line break never falls inside a UTF-8 sequence, so lines decode whole. */
  @Override
  public void flush() {
    if (pending.size() > 0) {
      writer.write(pending.toString(StandardCharsets.UTF_8));
      pending.reset();
    }
    writer.flush();
  }

  @Override
  public void close() {
    flush();
  }
}
