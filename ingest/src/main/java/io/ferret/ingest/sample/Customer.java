package io.ferret.ingest.sample;

/**
 * One account in the customer base.
 *
 * @param index position in the base, for per-customer state kept by a stream
 * @param acquiredInStream whether the account is new, so that its first order in the stream is its first ever
 */
record Customer(
    int index,
    String id,
    CustomerSegment segment,
    String country,
    Region region,
    String currency,
    boolean acquiredInStream) {}
