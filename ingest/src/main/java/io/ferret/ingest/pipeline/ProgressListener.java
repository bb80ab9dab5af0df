package io.ferret.ingest.pipeline;

/** Told after every committed batch how far ingest has come. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener SILENT = (rows, bytes, totalBytes) -> { };

  /**
   * @param rows records read so far (accepted and rejected)
   * @param bytes input bytes consumed so far
   * @param totalBytes the input's size, or -1 when unknown
   */
  void progress(long rows, long bytes, long totalBytes);
}
