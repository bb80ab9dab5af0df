package io.ferret.ingest.sample;

/**
 * One generated order, before formatting.
 *
 * @param number 1-based position in the stream, which makes the order id
 * @param quantityTenths quantity in tenths of a unit, so that weighed goods can carry decimals
 * @param decimalQuantity whether the quantity is written with its decimal (new schema, weighed goods)
 * @param amountAsString whether the amount is written as a numeric string (new schema, producer bug)
 * @param couponKeyPresent whether the event has a coupon key at all; its value may still be null
 * @param paymentMethod null when a cancelled order never got as far as payment
 * @param shipping null in the old schema, which has no shipping object
 */
record Order(
    long number,
    long epochSecond,
    Customer customer,
    boolean firstOrder,
    Channel channel,
    Product product,
    long quantityTenths,
    boolean decimalQuantity,
    boolean amountAsString,
    int discountPct,
    boolean couponKeyPresent,
    String coupon,
    PaymentMethod paymentMethod,
    OrderStatus status,
    Shipping shipping) {

  /** Gross amount: quantity times list price before discount, rounded half up to cents. */
  long amountCents() {
    return grossCents(quantityTenths, product.unitPriceCents());
  }

  static long grossCents(long quantityTenths, long unitPriceCents) {
    return (quantityTenths * unitPriceCents + 5) / 10;
  }

  record Shipping(ShippingMethod method, long costCents) {}
}
