package io.ferret.bench;

/**
 * Ferret's heap during its measured ingest, which runs in a JVM of its own with the heap capped at the target.
 *
 * <p>No figure after a collection is given: with a capped heap the collector leaves much old garbage behind after
 * each one, so it would say more about the collector than about what streaming keeps alive.
 *
 * @param limitBytes the JVM's maximum heap: the ingest completed within it
 * @param peakInUseBytes the most heap in use when a collection started (the heap's high points), or at the end
 */
public record HeapFigures(long limitBytes, long peakInUseBytes) {}
