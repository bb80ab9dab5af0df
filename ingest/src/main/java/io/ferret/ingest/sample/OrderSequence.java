package io.ferret.ingest.sample;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/** The orders of one spec in time order, drawn one at a time in constant memory. */
final class OrderSequence {
  /** Share of new-schema events whose amount the buggy producer sends as a numeric string. */
  private static final double AMOUNT_AS_STRING_SHARE = 0.05;

  private static final double COUPON_SHARE_OF_ONLINE_DISCOUNTS = 0.6;
  /** Events without a coupon mostly omit the key; some producers send an explicit null. */
  private static final double NULL_COUPON_SHARE = 0.25;
  /** Cancelled orders are often cancelled before payment, leaving no payment method. */
  private static final double UNPAID_CANCELLATION_SHARE = 0.5;
  private static final long FREE_STANDARD_SHIPPING_FROM_CENTS = 100_00;
  private static final long STANDARD_SHIPPING_CENTS = 4_99;
  private static final long EXPRESS_SHIPPING_CENTS = 14_99;

  private final OrderStreamSpec spec;
  private final long schemaChangeRow;
  private final WeightedChoice<Customer> customers;
  private final ProductCatalog catalog;
  private final IncidentPlan incident;
  private final OrderClock clock;
  private final SplittableRandom random;
  private final boolean[] customerHasOrdered = new boolean[CustomerPool.SIZE];
  private long row;
  private long firstSecond;
  private long lastSecond;

  /** @throws IllegalArgumentException if the spec's incident filter matches no order or every order */
  OrderSequence(OrderStreamSpec spec) {
    this.spec = spec;
    this.schemaChangeRow = spec.schemaChangeRow();
    // Separate streams for the customer base, the catalog and the orders, so each is fixed by the seed alone.
    SplittableRandom seeds = new SplittableRandom(spec.seed());
    customers = CustomerPool.create(seeds.split());
    catalog = new ProductCatalog(seeds.split());
    random = seeds.split();
    incident =
        spec.incident()
            .map(planted -> new IncidentPlan(planted, customers))
            .orElse(IncidentPlan.NONE);
    clock = new OrderClock(spec, incident);
  }

  boolean hasNext() {
    return row < spec.rows();
  }

  Order next() {
    if (!hasNext()) {
      throw new NoSuchElementException("all " + spec.rows() + " orders were generated");
    }
    long second = clock.secondOf(row, random.nextDouble());
    if (row == 0) {
      firstSecond = second;
    }
    lastSecond = second;
    boolean newSchema = row >= schemaChangeRow;
    row++;

    Customer customer = customers.draw(random);
    Channel channel = OrderHabits.channels(customer).draw(random);
    Product product = catalog.draw(random);
    if (incident.covers(second)) {
      // Redraw customer, channel and product together until the order is on the side of the filter chosen
      // for it, which keeps the mix within each side exactly as it is outside the window.
      boolean inSegment = random.nextDouble() < incident.matchingShare();
      while (incident.matches(customer, channel, product.category()) != inSegment) {
        customer = customers.draw(random);
        channel = OrderHabits.channels(customer).draw(random);
        product = catalog.draw(random);
      }
    }
    CustomerSegment segment = customer.segment();

    long quantityTenths = OrderHabits.quantity(segment, channel, product.category(), random) * 10L;
    boolean decimalQuantity = newSchema && product.category().fulfilment() == ProductCategory.Fulfilment.WEIGHED;
    if (decimalQuantity) {
      // The new producer reports the scale's reading to 100 g instead of rounding up to whole kilograms.
      quantityTenths -= 1 + random.nextInt(9);
    }
    boolean amountAsString = newSchema && random.nextDouble() < AMOUNT_AS_STRING_SHARE;
    int discountPct = OrderHabits.discountPct(segment, random);
    boolean online = channel == Channel.WEB || channel == Channel.APP;
    String coupon =
        discountPct > 0 && online && random.nextDouble() < COUPON_SHARE_OF_ONLINE_DISCOUNTS
            ? OrderHabits.couponCode(discountPct)
            : null;
    boolean couponKeyPresent = coupon != null || random.nextDouble() < NULL_COUPON_SHARE;
    OrderStatus status = OrderHabits.status(random);
    PaymentMethod paymentMethod =
        status == OrderStatus.CANCELLED && random.nextDouble() < UNPAID_CANCELLATION_SHARE
            ? null
            : OrderHabits.paymentMethod(segment, random);
    boolean firstOrder = customer.acquiredInStream() && !customerHasOrdered[customer.index()];
    customerHasOrdered[customer.index()] = true;

    Order.Shipping shipping =
        newSchema ? shipping(product, Order.grossCents(quantityTenths, product.unitPriceCents())) : null;
    return new Order(
        row,
        second,
        customer,
        firstOrder,
        channel,
        product,
        quantityTenths,
        decimalQuantity,
        amountAsString,
        discountPct,
        couponKeyPresent,
        coupon,
        paymentMethod,
        status,
        shipping);
  }

  /** Summary of the orders generated so far; after the last one, of the whole stream. */
  GeneratedStream summary() {
    return new GeneratedStream(
        row,
        Instant.ofEpochSecond(firstSecond),
        Instant.ofEpochSecond(lastSecond),
        schemaChangeRow,
        spec.incident());
  }

  private Order.Shipping shipping(Product product, long amountCents) {
    ShippingMethod method =
        product.category().fulfilment() == ProductCategory.Fulfilment.DIGITAL
            ? ShippingMethod.DIGITAL
            : OrderHabits.physicalShippingMethod(random);
    long cost =
        switch (method) {
          case STANDARD -> amountCents >= FREE_STANDARD_SHIPPING_FROM_CENTS ? 0 : STANDARD_SHIPPING_CENTS;
          case EXPRESS -> EXPRESS_SHIPPING_CENTS;
          case PICKUP, DIGITAL -> 0;
        };
    return new Order.Shipping(method, cost);
  }
}
