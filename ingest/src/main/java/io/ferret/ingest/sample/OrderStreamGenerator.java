package io.ferret.ingest.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Generates a deterministic, realistic stream of order events as JSON Lines, for {@code ferret demo} and the
 * ingest benchmark. The same {@link OrderStreamSpec} always gives byte-identical output.
 *
 * <h2>Events</h2>
 *
 * <p>One compact JSON object per line, in time order (wrapped here):
 *
 * <pre>{@code
 * {"order_id":"ord-000000019","ts":"2026-09-21T02:34:41Z",
 *  "customer":{"id":"cus-4913","segment":"mid-market","country":"IT"},"region":"EMEA","channel":"partner",
 *  "product":{"sku":"SOF-1000","category":"software"},"quantity":6,"unit_price":54.99,"amount":329.94,
 *  "currency":"EUR","discount_pct":10,"is_first_order":false,"payment_method":"invoice","status":"completed"}
 * }</pre>
 *
 * <ul>
 *   <li>{@code order_id}: "ord-" and the 1-based line number, zero-padded to nine digits; unique.
 *   <li>{@code ts}: ISO-8601 UTC to the second; busiest on weekday afternoons UTC, quiet at night and on weekends
 *       (about half a weekday).
 *   <li>{@code customer}: 5,000 accounts; {@code segment} is enterprise (5% of accounts), mid-market (20%) or
 *       smb (75%), larger accounts ordering more often; {@code country} is an ISO code weighted towards US, GB
 *       and DE; {@code region} (NA, EMEA, APAC, LATAM) follows from it.
 *   <li>{@code channel}: web, partner, sales or app, depending on segment and region (EMEA buys largely through
 *       partners, enterprise through sales).
 *   <li>{@code product}: 160 SKUs in 8 categories of uneven popularity (electronics, office-supplies,
 *       accessories, software, furniture, services, training, raw-materials), each with a few bestsellers.
 *   <li>{@code quantity}: whole units, mostly 1 or 2; larger for larger accounts, for partners (resellers) and
 *       for cheap goods bought by the box. {@code unit_price}: the SKU's list price. {@code amount}: quantity ×
 *       unit_price rounded to cents, before discount. Money fields are numbers with two decimals.
 *   <li>{@code currency}: USD except for some euro-zone and UK accounts (EUR, GBP).
 *   <li>{@code discount_pct}: integer 0 to 25, mostly 0. {@code coupon}: a code like "SAVE10" on some
 *       discounted web and app orders; otherwise the key is missing or, in a quarter of events, null.
 *   <li>{@code is_first_order}: true on the first order in the stream of accounts acquired during it.
 *   <li>{@code payment_method}: card, invoice, wire, paypal or apple_pay by segment; null on half of the
 *       cancelled orders. {@code status}: completed (94%), refunded, cancelled.
 * </ul>
 *
 * <h2>Schema change</h2>
 *
 * <p>From row {@link OrderStreamSpec#schemaChangeRow()} on (0-based, half-way by default) the producer changes:
 *
 * <ol>
 *   <li>every event gains a {@code shipping} object {@code {"method": ..., "cost": ...}}: method standard,
 *       express or pickup, or digital for software, services and training; cost a number with two decimals;
 *   <li>{@code amount} arrives as a numeric string such as {@code "49.90"} in about 5% of events (a producer
 *       bug);
 *   <li>{@code quantity} of raw-materials, sold by weight, arrives as a decimal such as {@code 1.5}, in about 2%
 *       of events.
 * </ol>
 *
 * <h2>Planted incident</h2>
 *
 * <p>With a {@link PlantedIncident}, orders matching its filter arrive at its multiplier times their normal
 * rate inside its window, and every other order at exactly its normal rate, so the stream's volume and
 * revenue fall by the segment's loss alone. The row count stays as specified.
 */
public final class OrderStreamGenerator {
  /** Lines are gathered into chunks of about this many bytes per write. */
  private static final int CHUNK_BYTES = 1 << 16;

  private OrderStreamGenerator() {}

  /**
   * Writes the spec's stream to {@code out} as JSON Lines ('\n' after every event) and flushes it, leaving it
   * open.
   *
   * @throws IllegalArgumentException if the spec's incident filter matches no order or every order
   */
  public static GeneratedStream write(OrderStreamSpec spec, OutputStream out) throws IOException {
    OrderSequence orders = new OrderSequence(spec);
    OrderJsonFormat format = new OrderJsonFormat();
    AsciiBuffer chunk = new AsciiBuffer(CHUNK_BYTES + 1024);
    while (orders.hasNext()) {
      format.append(orders.next(), chunk);
      chunk.append('\n');
      if (chunk.length() >= CHUNK_BYTES) {
        chunk.writeTo(out);
        chunk.clear();
      }
    }
    chunk.writeTo(out);
    out.flush();
    return orders.summary();
  }

  /**
   * Writes the spec's stream to a file as JSON Lines, replacing any existing file.
   *
   * @throws IllegalArgumentException if the spec's incident filter matches no order or every order
   */
  public static GeneratedStream write(OrderStreamSpec spec, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      return write(spec, out);
    }
  }

  /**
   * The spec's events as JSON strings without line terminators, generated lazily one at a time.
   *
   * @throws IllegalArgumentException if the spec's incident filter matches no order or every order
   */
  public static Iterator<String> lines(OrderStreamSpec spec) {
    OrderSequence orders = new OrderSequence(spec);
    OrderJsonFormat format = new OrderJsonFormat();
    AsciiBuffer line = new AsciiBuffer(512);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return orders.hasNext();
      }

      @Override
      public String next() {
        line.clear();
        format.append(orders.next(), line);
        return line.toString();
      }
    };
  }

}
