package io.ferret.ingest.source;

import io.ferret.schema.BatchCollector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lines of a JSON Lines file, copied out of the input but not parsed yet, so that another thread can parse
 * them. Lines over the size limit were rejected while reading, since only their start is kept; they hold their
 * place so that rejects stay in line order.
 *
 * <p>Lines sit back to back in blocks of {@value #BLOCK_BYTES} bytes, recycled through a {@link BlockPool} once
 * parsed: no block is so large that the collector needs contiguous free regions for it, which a small heap may
 * not have.
 */
final class JsonLineBatch implements RawBatch {
  static final int BLOCK_BYTES = 256 * 1024;

  private final JsonLineParser parser;
  private final BlockPool pool;
  private final List<byte[]> blocks;
  private final Lines lines;
  private final long bytesRead;

  private JsonLineBatch(JsonLineParser parser, BlockPool pool, List<byte[]> blocks, Lines lines, long bytesRead) {
    this.parser = parser;
    this.pool = pool;
    this.blocks = blocks;
    this.lines = lines;
    this.bytesRead = bytesRead;
  }

  @Override
  public int records() {
    return lines.count;
  }

  /** Parses the lines; the blocks they sit in go back to the pool afterwards, so a batch parses only once. */
  @Override
  public List<Rejected> parseInto(BatchCollector events) throws IOException {
    try {
      return parseLines(events);
    } finally {
      blocks.forEach(pool::giveBack);
      blocks.clear();
    }
  }

  private List<Rejected> parseLines(BatchCollector events) throws IOException {
    List<Rejected> rejects = new ArrayList<>();
    for (int line = 0; line < lines.count; line++) {
      Rejected reject = lines.oversize(line) != null
          ? lines.oversize(line)
          : parser.parseInto(events, blocks.get(lines.block[line]), lines.starts[line], lines.lengths[line],
              lines.numbers[line]);
      if (reject != null) {
        rejects.add(reject);
      }
    }
    return rejects;
  }

  @Override
  public long bytesRead() {
    return bytesRead;
  }

  /** Where each line is: its block, offset and length, its line number, and its reject if it was too long. */
  private static final class Lines {
    int[] block;
    int[] starts;
    int[] lengths;
    long[] numbers;
    Rejected[] oversize;
    int count;

    Lines(int capacity) {
      block = new int[capacity];
      starts = new int[capacity];
      lengths = new int[capacity];
      numbers = new long[capacity];
    }

    Rejected oversize(int line) {
      return oversize == null ? null : oversize[line];
    }

    void add(int blockIndex, int start, int length, long number) {
      if (count == block.length) {
        int grown = 2 * count;
        block = Arrays.copyOf(block, grown);
        starts = Arrays.copyOf(starts, grown);
        lengths = Arrays.copyOf(lengths, grown);
        numbers = Arrays.copyOf(numbers, grown);
        if (oversize != null) {
          oversize = Arrays.copyOf(oversize, grown);
        }
      }
      block[count] = blockIndex;
      starts[count] = start;
      lengths[count] = length;
      numbers[count] = number;
      count++;
    }

    void markOversize(Rejected reject) {
      if (oversize == null) {
        oversize = new Rejected[block.length];
      }
      oversize[count - 1] = reject;
    }
  }

  /** Copies lines into blocks; a line longer than a block gets an array of its own. */
  static final class Builder {
    private final BlockPool pool;
    private final List<byte[]> blocks = new ArrayList<>();
    private final Lines lines;
    private int used = BLOCK_BYTES;

    Builder(BlockPool pool, int expectedLines) {
      this.pool = pool;
      this.lines = new Lines(Math.max(expectedLines, 1));
    }

    int lines() {
      return lines.count;
    }

    void addLine(byte[] line, int length, long lineNumber) {
      if (length > BLOCK_BYTES - used) {
        blocks.add(length <= BLOCK_BYTES ? pool.take() : new byte[length]);
        used = 0;
      }
      System.arraycopy(line, 0, blocks.get(blocks.size() - 1), used, length);
      lines.add(blocks.size() - 1, used, length, lineNumber);
      used += length;
    }

    void addRejected(Rejected reject, long lineNumber) {
      lines.add(-1, 0, 0, lineNumber);
      lines.markOversize(reject);
    }

    JsonLineBatch build(JsonLineParser parser, long bytesRead) {
      return new JsonLineBatch(parser, pool, blocks, lines, bytesRead);
    }
  }
}
